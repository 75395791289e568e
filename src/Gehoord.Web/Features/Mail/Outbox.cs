using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;

namespace Gehoord.Web.Features.Mail;

/// <summary>Queues an e-mail in the same unit of work as the change that causes it.</summary>
public sealed class Outbox(GehoordDbContext db, Clock clock)
{
    /// <summary>
    /// Queues a message. With <paramref name="htmlBody"/> it goes out as HTML with
    /// <paramref name="body"/> as the plain-text alternative; without, as plain text only.
    /// </summary>
    public OutboxMessage Enqueue(Guid organisationId, Guid? complaintId, string purpose, string to, string subject, string body, string? htmlBody = null)
    {
        var now = clock.Now;
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            OrganisationId = organisationId,
            ComplaintId = complaintId,
            Purpose = purpose,
            To = to,
            Subject = subject,
            Body = body,
            HtmlBody = htmlBody,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }
}
