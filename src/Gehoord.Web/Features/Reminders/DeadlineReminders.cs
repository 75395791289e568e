using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Reminders;

/// <summary>
/// One organisation's share of a reminder round, in a scope whose organisation is set, so the
/// query filters keep every read and write inside that organisation. Reminders and their e-mail
/// digests are saved in one transaction: a crash never leaves a reminder that is never mailed.
/// </summary>
public sealed class DeadlineReminders(GehoordDbContext db, Outbox outbox, Clock clock, PublicAddress publicAddress)
{
    public const string DigestPurpose = "DeadlineDigest";

    public async Task<(int Notifications, int Digests)> RunAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var dueSoonUntil = today.AddDays(DeadlineSignals.DueSoonDays);

        // Everything is narrowed in SQL: open complaints whose nearest deadline is close (the
        // NextDueOn index), their unmet deadlines within reach, and only deadline events nobody
        // has been reminded of yet. A due-soon reminder does not stop the overdue one later.
        var due = await db.Complaints.AsNoTracking()
            .Where(c => c.Status != ComplaintStatus.Closed && c.NextDueOn <= dueSoonUntil)
            .SelectMany(c => c.Deadlines, (c, d) => new { Complaint = c, Deadline = d })
            .Where(x => x.Deadline.MetOn == null && x.Deadline.DueOn <= dueSoonUntil)
            .Where(x => !db.Notifications.Any(n =>
                n.ComplaintId == x.Complaint.Id && n.DeadlineKind == x.Deadline.Kind && n.DueOn == x.Deadline.DueOn
                && (n.Kind == NotificationKind.Overdue || x.Deadline.DueOn >= today)))
            .Select(x => new DueDeadline(
                x.Complaint.Id, x.Complaint.ReferenceYear, x.Complaint.ReferenceSequence, x.Complaint.HandlerId, x.Deadline.Kind, x.Deadline.DueOn))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        // The review date of a conduct arrangement in force is reminded like a term, on the case
        // where the arrangement was made: to its handler while that case is open, and to the
        // coordinators as the rule says (always once it has passed).
        due.AddRange((await db.ConductArrangements.AsNoTracking()
            .Where(a => a.EndedOn == null && a.ReviewOn <= dueSoonUntil)
            .Join(db.Complaints, a => a.SourceComplaintId, c => c.Id, (a, c) => new { Arrangement = a, Complaint = c })
            .Where(x => !db.Notifications.Any(n =>
                n.ComplaintId == x.Complaint.Id && n.DeadlineKind == DeadlineKind.ConductReview && n.DueOn == x.Arrangement.ReviewOn
                && (n.Kind == NotificationKind.Overdue || x.Arrangement.ReviewOn >= today)))
            .Select(x => new DueDeadline(
                x.Complaint.Id,
                x.Complaint.ReferenceYear,
                x.Complaint.ReferenceSequence,
                x.Complaint.Status == ComplaintStatus.Closed ? null : x.Complaint.HandlerId,
                DeadlineKind.ConductReview,
                x.Arrangement.ReviewOn))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false)).Distinct());
        if (due.Count == 0)
        {
            return (0, 0);
        }

        var recipients = await RecipientsAsync(due, cancellationToken).ConfigureAwait(false);
        var now = clock.Now;
        var created = new List<(Notification Notification, DueDeadline Deadline)>();
        foreach (var deadline in due)
        {
            var hasHandler = deadline.HandlerId is { } handler && recipients.Handlers.Contains(handler);
            var audience = ReminderRule.For(deadline.DueOn, today, hasHandler);
            var to = new List<string>();
            if (audience.Handler)
            {
                to.Add(deadline.HandlerId!);
            }

            if (audience.Coordinators)
            {
                // A handler who is also coordinator gets one reminder, not two.
                to.AddRange(recipients.Coordinators.Where(c => !to.Contains(c, StringComparer.Ordinal)));
            }

            var kind = audience.Signal == DeadlineSignal.Overdue ? NotificationKind.Overdue : NotificationKind.DueSoon;
            foreach (var recipient in to)
            {
                var notification = new Notification
                {
                    Id = Guid.CreateVersion7(now),
                    OrganisationId = organisationId,
                    RecipientUserId = recipient,
                    ComplaintId = deadline.ComplaintId,
                    DeadlineKind = deadline.Kind,
                    DueOn = deadline.DueOn,
                    Kind = kind,
                    CreatedAt = now,
                };
                db.Notifications.Add(notification);
                created.Add((notification, deadline));
            }
        }

        var digests = 0;
        foreach (var group in created.GroupBy(c => c.Notification.RecipientUserId))
        {
            if (recipients.Contacts.GetValueOrDefault(group.Key) is not { Email: { Length: > 0 } email } contact)
            {
                continue; // no address: the list in the application is the reminder
            }

            var lines = group.Select(c => new DigestLine(
                new ReferenceNumber(c.Deadline.ReferenceYear, c.Deadline.ReferenceSequence).ToString(),
                c.Notification.Kind,
                c.Deadline.Kind,
                c.Deadline.DueOn,
                c.Deadline.ComplaintId));
            var (subject, body) = ReminderDigest.Compose(contact.DisplayName, lines, publicAddress.BaseUrl);
            outbox.Enqueue(organisationId, null, DigestPurpose, email, subject, body);
            foreach (var (notification, _) in group)
            {
                notification.EmailedAt = now;
            }

            digests++;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (created.Count, digests);
    }

    /// <summary>The handlers that are staff of this organisation, its coordinators, and how to mail them.</summary>
    private async Task<Recipients> RecipientsAsync(IReadOnlyList<DueDeadline> due, CancellationToken cancellationToken)
    {
        var handlerIds = due.Where(d => d.HandlerId is not null).Select(d => d.HandlerId!).Distinct().ToList();
        var coordinatorRole = db.Roles.Where(r => r.Name == StaffRoles.Coordinator).Select(r => r.Id);
        var coordinators = db.UserRoles.Where(ur => coordinatorRole.Contains(ur.RoleId)).Select(ur => ur.UserId);
        var people = await db.Users.AsNoTracking()
            .Where(u => handlerIds.Contains(u.Id) || coordinators.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.DisplayName, IsCoordinator = coordinators.Contains(u.Id) })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new Recipients(
            people.Where(p => handlerIds.Contains(p.Id)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal),
            people.Where(p => p.IsCoordinator).Select(p => p.Id).Order(StringComparer.Ordinal).ToList(),
            people.ToDictionary(p => p.Id, p => new Contact(p.Email, p.DisplayName), StringComparer.Ordinal));
    }

    private sealed record DueDeadline(Guid ComplaintId, int ReferenceYear, int ReferenceSequence, string? HandlerId, DeadlineKind Kind, DateOnly DueOn);

    private sealed record Contact(string? Email, string DisplayName);

    private sealed record Recipients(IReadOnlySet<string> Handlers, IReadOnlyList<string> Coordinators, IReadOnlyDictionary<string, Contact> Contacts);
}
