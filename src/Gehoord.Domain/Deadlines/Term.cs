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
    public string Describe() => Describe(english: false);

    /// <summary>English description for English pages and letters, e.g. "6 weeks" or "1 working day".</summary>
    public string DescribeInEnglish() => Describe(english: true);

    /// <summary>
    /// A stored Dutch description ("6 weken") in English; text that is not a term stays as it
    /// is, so nothing is lost when an organisation wrote its own words.
    /// </summary>
    public static string DescriptionInEnglish(string dutch)
    {
        ArgumentNullException.ThrowIfNull(dutch);
        var parts = dutch.Trim().Split(' ', 2);
        if (parts.Length != 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var amount))
        {
            return dutch;
        }

        TermUnit? unit = parts[1] switch
        {
            "dag" or "dagen" => TermUnit.CalendarDays,
            "week" or "weken" => TermUnit.Weeks,
            "werkdag" or "werkdagen" => TermUnit.WorkingDays,
            _ => null,
        };
        return unit is { } u ? new Term(amount, u).DescribeInEnglish() : dutch;
    }

    public override string ToString() => Describe();

    private string Describe(bool english)
    {
        var (singular, plural) = (Unit, english) switch
        {
            (TermUnit.CalendarDays, false) => ("dag", "dagen"),
            (TermUnit.Weeks, false) => ("week", "weken"),
            (TermUnit.WorkingDays, false) => ("werkdag", "werkdagen"),
            (TermUnit.CalendarDays, true) => ("day", "days"),
            (TermUnit.Weeks, true) => ("week", "weeks"),
            (TermUnit.WorkingDays, true) => ("working day", "working days"),
            _ => throw new InvalidOperationException($"Unknown term unit {Unit}."),
        };
        return $"{Amount} {(Amount == 1 ? singular : plural)}";
    }
}
