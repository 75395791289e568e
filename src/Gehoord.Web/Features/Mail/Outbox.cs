using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;

namespace Gehoord.Web.Features.Mail;

/// <summary>Queues an e-mail in the same unit of work as the change that causes it.</summary>
public sealed class Outbox(GehoordDbContext db, Clock clock)
{
    public OutboxMessage Enqueue(Guid organisationId, Guid? complaintId, string purpose, string to, string subject, string body)
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
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }
}
