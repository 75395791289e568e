namespace Gehoord.Domain.Deadlines;

/// <summary>
/// The general holidays of the Algemene termijnenwet (art. 3), as they apply today: King's Day
/// has been 27 April since 2014 and 5 May counts every year, so earlier years are not modelled.
/// Days made equal by decree (often the Friday after Ascension) are passed in as data.
/// Easter Sunday and Whit Sunday are not listed: they are Sundays anyway.
/// </summary>
public sealed class DutchHolidayCalendar : IHolidayCalendar
{
    private readonly HolidayYearCache _cache;

    public DutchHolidayCalendar(IEnumerable<Holiday>? extraDays = null)
    {
        _cache = new HolidayYearCache(StatutoryHolidaysIn, extraDays);
    }

    /// <summary>The days made equal to a public holiday, as configured.</summary>
    public IReadOnlyList<Holiday> ExtraDays => _cache.ExtraDays;

    public bool IsPublicHoliday(DateOnly date) => _cache.Contains(date);

    public IReadOnlyList<Holiday> HolidaysIn(int year) => _cache.HolidaysIn(year);

    private static IEnumerable<Holiday> StatutoryHolidaysIn(int year)
    {
        var easter = Easter.Sunday(year);
        var kingsDay = new DateOnly(year, 4, 27);
        if (kingsDay.DayOfWeek == DayOfWeek.Sunday)
        {
            kingsDay = kingsDay.AddDays(-1);
        }

        yield return new Holiday(new DateOnly(year, 1, 1), "Nieuwjaarsdag");
        yield return new Holiday(easter.AddDays(-2), "Goede Vrijdag");
        yield return new Holiday(easter.AddDays(1), "Tweede Paasdag");
        yield return new Holiday(kingsDay, "Koningsdag");
        yield return new Holiday(new DateOnly(year, 5, 5), "Bevrijdingsdag");
        yield return new Holiday(easter.AddDays(39), "Hemelvaartsdag");
        yield return new Holiday(easter.AddDays(50), "Tweede Pinksterdag");
        yield return new Holiday(new DateOnly(year, 12, 25), "Eerste Kerstdag");
        yield return new Holiday(new DateOnly(year, 12, 26), "Tweede Kerstdag");
    }
}
