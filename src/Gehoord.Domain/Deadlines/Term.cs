namespace Gehoord.Domain.Deadlines;

/// <summary>A length of time as the law states it: "6 weken", "45 dagen", "5 werkdagen".</summary>
public readonly record struct Term(int Amount, TermUnit Unit)
{
    public int Amount { get; init; } = Amount >= 0
        ? Amount
        : throw new ArgumentOutOfRangeException(nameof(Amount), Amount, "A term cannot be negative.");

    public TermUnit Unit { get; init; } = Enum.IsDefined(Unit)
        ? Unit
        : throw new ArgumentOutOfRangeException(nameof(Unit), Unit, "Unknown term unit.");

    public static Term Days(int amount) => new(amount, TermUnit.CalendarDays);

    public static Term Weeks(int amount) => new(amount, TermUnit.Weeks);

    public static Term WorkingDays(int amount) => new(amount, TermUnit.WorkingDays);

    /// <summary>
    /// The length in calendar days, or null for working days: how many calendar days those
    /// span depends on where they start.
    /// </summary>
    public int? ToCalendarDays() => Unit switch
    {
        TermUnit.CalendarDays => Amount,
        TermUnit.Weeks => Amount * 7,
        _ => null,
    };

    /// <summary>Dutch description for the UI and letters, e.g. "6 weken" or "1 werkdag".</summary>
    public string Describe()
    {
        var (singular, plural) = Unit switch
        {
            TermUnit.CalendarDays => ("dag", "dagen"),
            TermUnit.Weeks => ("week", "weken"),
            TermUnit.WorkingDays => ("werkdag", "werkdagen"),
            _ => throw new InvalidOperationException($"Unknown term unit {Unit}."),
        };
        return $"{Amount} {(Amount == 1 ? singular : plural)}";
    }

    public override string ToString() => Describe();
}
