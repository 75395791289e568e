namespace Gehoord.Domain.Deadlines;

/// <summary>
/// The ten Belgian legal holidays, plus 11 July for the Flemish administration. A holiday that
/// falls on a Sunday stays on that Sunday: the replacement day employers grant is labour law
/// and does not count when a term ends (Ger.W. art. 53).
/// </summary>
public sealed class BelgianHolidayCalendar : IHolidayCalendar
{
    private readonly HolidayYearCache _cache;

    public BelgianHolidayCalendar(bool includeFlemishCommunityHoliday = true, IEnumerable<Holiday>? extraDays = null)
    {
        IncludesFlemishCommunityHoliday = includeFlemishCommunityHoliday;
        _cache = new HolidayYearCache(StatutoryHolidaysIn, extraDays);
    }

    public bool IncludesFlemishCommunityHoliday { get; }

    /// <summary>The extra days off, as configured.</summary>
    public IReadOnlyList<Holiday> ExtraDays => _cache.ExtraDays;

    public bool IsPublicHoliday(DateOnly date) => _cache.Contains(date);

    public IReadOnlyList<Holiday> HolidaysIn(int year) => _cache.HolidaysIn(year);

    private IEnumerable<Holiday> StatutoryHolidaysIn(int year)
    {
        var easter = Easter.Sunday(year);

        yield return new Holiday(new DateOnly(year, 1, 1), "Nieuwjaar");
        yield return new Holiday(easter.AddDays(1), "Paasmaandag");
        yield return new Holiday(new DateOnly(year, 5, 1), "Dag van de Arbeid");
        yield return new Holiday(easter.AddDays(39), "O.L.H. Hemelvaart");
        yield return new Holiday(easter.AddDays(50), "Pinkstermaandag");
        if (IncludesFlemishCommunityHoliday)
        {
            yield return new Holiday(new DateOnly(year, 7, 11), "Feest van de Vlaamse Gemeenschap");
        }

        yield return new Holiday(new DateOnly(year, 7, 21), "Nationale feestdag");
        yield return new Holiday(new DateOnly(year, 8, 15), "O.L.V. Hemelvaart");
        yield return new Holiday(new DateOnly(year, 11, 1), "Allerheiligen");
        yield return new Holiday(new DateOnly(year, 11, 11), "Wapenstilstand");
        yield return new Holiday(new DateOnly(year, 12, 25), "Kerstmis");
    }
}
