namespace Gehoord.Domain.Deadlines;

/// <summary>
/// Computes when statutory terms end. A term counts from the day after the start date (the
/// date of receipt), so 6 weeks from Monday 2 March 2026 ends on Monday 13 April 2026.
/// </summary>
public sealed class TermCalculator
{
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
