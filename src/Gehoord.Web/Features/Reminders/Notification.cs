using Gehoord.Domain.Deadlines;

namespace Gehoord.Web.Features.Reminders;

/// <summary>
/// A reminder in a staff member's list at /Staff/Meldingen: a deadline of a complaint is near
/// (to the handler) or has passed (to the coordinators). A unique index keeps one reminder per
/// recipient, complaint, deadline, due date and kind, whatever instance or round made it.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public string RecipientUserId { get; set; } = string.Empty;

    public Guid ComplaintId { get; set; }

    public DeadlineKind DeadlineKind { get; set; }

    /// <summary>The due date it reminds of; a deadline that is moved (extension) reminds again.</summary>
    public DateOnly DueOn { get; set; }

    public NotificationKind Kind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>When it was put in an e-mail digest; stays empty for someone without an e-mail address.</summary>
    public DateTimeOffset? EmailedAt { get; set; }
}

public enum NotificationKind
{
    DueSoon,
    Overdue,
}
