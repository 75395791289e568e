using System.Globalization;

namespace Gehoord.Domain.Deadlines;

/// <summary>
/// Computes when statutory terms end. A term counts from the day after the start date (the
/// date of receipt), so 6 weeks from Monday 2 March 2026 ends on Monday 13 April 2026.
/// </summary>
public sealed class TermCalculator
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public TermCalculator(IHolidayCalendar calendar, bool extendWhenEndingOnRestDay)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
        ExtendsWhenEndingOnRestDay = extendWhenEndingOnRestDay;
    }

    public IHolidayCalendar Calendar { get; }

    /// <summary>
    /// Whether a term ending on a rest day moves to the next working day (Algemene termijnenwet
    /// art. 1; in Belgium Ger.W. art. 53).
    /// </summary>
    public bool ExtendsWhenEndingOnRestDay { get; }

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Calendar.IsPublicHoliday(date);

    public DateOnly NextWorkingDayFrom(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>The day the term ends, after the rest-day rule when that is switched on.</summary>
    public DateOnly EndOf(DateOnly start, Term term)
    {
        var end = NominalEndOf(start, term);
        return ExtendsWhenEndingOnRestDay ? NextWorkingDayFrom(end) : end;
    }

    /// <summary>
    /// Why a term that would end on <paramref name="nominalEnd"/> ends later, in Dutch for staff:
    /// "verschoven naar maandag 22 juli 2024 omdat 21 juli 2024 een zondag is en een feestdag
    /// (Nationale feestdag)". Null when the rest-day rule does not move it, so a page only
    /// explains a date that needs explaining.
    /// </summary>
    public string? WhyMoved(DateOnly nominalEnd)
    {
        var end = ExtendsWhenEndingOnRestDay ? NextWorkingDayFrom(nominalEnd) : nominalEnd;
        if (end == nominalEnd)
        {
            return null;
        }

        var reasons = new List<string>();
        for (var day = nominalEnd; day < end; day = day.AddDays(1))
        {
            reasons.Add($"{day.ToString("d MMMM yyyy", Dutch)} {RestDayReason(day)}");
        }

        var because = reasons.Count == 1
            ? reasons[0]
            : string.Join(", ", reasons.Take(reasons.Count - 1)) + " en " + reasons[^1];
        return $"verschoven naar {end.ToString("dddd d MMMM yyyy", Dutch)} omdat {because}";
    }

    private string RestDayReason(DateOnly day)
    {
        var holiday = Calendar.IsPublicHoliday(day)
            ? Calendar.HolidaysIn(day.Year).FirstOrDefault(h => h.Date == day)
            : null;
        var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? day.ToString("dddd", Dutch) : null;
        return (weekend, holiday) switch
        {
            ({ } w, { } h) => $"een {w} is en een feestdag ({h.Name})",
            ({ } w, null) => $"een {w} is",
            (null, { } h) => $"een feestdag is ({h.Name})",
            _ => "een feestdag is",
        };
    }

    /// <summary>
    /// The day the term ends before the rest-day rule is applied: start plus the days or weeks,
    /// or the n-th working day after start (which is never a rest day anyway).
    /// </summary>
    public DateOnly NominalEndOf(DateOnly start, Term term)
    {
        if (term.ToCalendarDays() is { } days)
        {
            return start.AddDays(days);
        }

        var date = start;
        for (var counted = 0; counted < term.Amount;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>
    /// Working days after <paramref name="fromExclusive"/> up to and including
    /// <paramref name="toInclusive"/>; 0 when the second date is not later than the first.
    /// </summary>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var count = 0;
        for (var date = fromExclusive.AddDays(1); date <= toInclusive; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
