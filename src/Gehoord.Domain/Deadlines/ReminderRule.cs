namespace Gehoord.Domain.Deadlines;

/// <summary>Who hears of a deadline that is near or has passed, and with which word.</summary>
/// <param name="Signal"><see cref="DeadlineSignal.DueSoon"/> or <see cref="DeadlineSignal.Overdue"/>; <see cref="DeadlineSignal.None"/> when nobody needs a reminder yet.</param>
/// <param name="Handler">The handler hears of it (only when the complaint has one).</param>
/// <param name="Coordinators">The organisation's coordinators hear of it.</param>
public sealed record ReminderAudience(DeadlineSignal Signal, bool Handler, bool Coordinators)
{
    public static readonly ReminderAudience Nobody = new(DeadlineSignal.None, false, false);
}

/// <summary>
/// The rule behind the reminders (issue "the workbench a handler can trust"): a handler hears of
/// their own terms, near and passed, because they are the one who can act; the coordinators hear
/// of every passed term of the organisation, because they must step in, and of a near term only
/// while nobody handles it, because then there is nobody else to act.
/// </summary>
public static class ReminderRule
{
    public static ReminderAudience For(DateOnly dueOn, DateOnly today, bool hasHandler)
    {
        return DeadlineSignals.For(dueOn, today) switch
        {
            DeadlineSignal.Overdue => new ReminderAudience(DeadlineSignal.Overdue, hasHandler, Coordinators: true),
            DeadlineSignal.DueSoon => new ReminderAudience(DeadlineSignal.DueSoon, hasHandler, Coordinators: !hasHandler),
            _ => ReminderAudience.Nobody,
        };
    }

    /// <summary>
    /// The word a reminder shows today. A reminder made while the term was near keeps its date,
    /// but once that date has passed it says "verlopen": "bijna verlopen" for a passed term would
    /// tell the reader there is still time.
    /// </summary>
    public static DeadlineSignal Shown(DateOnly dueOn, DateOnly today) =>
        dueOn < today ? DeadlineSignal.Overdue : DeadlineSignal.DueSoon;
}
