namespace Gehoord.Domain.Deadlines;

/// <summary>How urgent a deadline is, shown in words and icon as well as colour.</summary>
public enum DeadlineSignal
{
    None,
    OnTime,
    DueSoon,
    Overdue,
}

public static class DeadlineSignals
{
    /// <summary>Days before the due date from which a deadline counts as "due soon".</summary>
    public const int DueSoonDays = 5;

    public static DeadlineSignal For(DateOnly? dueOn, DateOnly today)
    {
        if (dueOn is not { } due)
        {
            return DeadlineSignal.None;
        }

        if (due < today)
        {
            return DeadlineSignal.Overdue;
        }

        return due.DayNumber - today.DayNumber <= DueSoonDays ? DeadlineSignal.DueSoon : DeadlineSignal.OnTime;
    }

    public static string DutchName(DeadlineSignal signal) => signal switch
    {
        DeadlineSignal.OnTime => "Op tijd",
        DeadlineSignal.DueSoon => "Bijna verlopen",
        DeadlineSignal.Overdue => "Termijn verlopen",
        _ => "Geen termijn",
    };
}
