using System.Collections.Concurrent;

namespace Gehoord.Domain.Deadlines;

/// <summary>
/// Shared bookkeeping for the calendars: statutory days per year merged with extra days,
/// computed once per year because term calculations ask for many dates of the same year.
/// </summary>
internal sealed class HolidayYearCache
{
    private readonly Func<int, IEnumerable<Holiday>> _statutoryHolidaysIn;
    private readonly ILookup<int, Holiday> _extraDaysByYear;
    private readonly ConcurrentDictionary<int, YearEntry> _years = new();

    public HolidayYearCache(Func<int, IEnumerable<Holiday>> statutoryHolidaysIn, IEnumerable<Holiday>? extraDays)
    {
        _statutoryHolidaysIn = statutoryHolidaysIn;
        var extras = (extraDays ?? []).ToList();
        if (extras.Any(day => day is null || string.IsNullOrWhiteSpace(day.Name)))
        {
            throw new ArgumentException("Every extra holiday needs a date and a name.", nameof(extraDays));
        }

        ExtraDays = extras;
        _extraDaysByYear = extras.ToLookup(day => day.Date.Year);
    }

    public IReadOnlyList<Holiday> ExtraDays { get; }

    public bool Contains(DateOnly date) => Entry(date.Year).Dates.Contains(date);

    public IReadOnlyList<Holiday> HolidaysIn(int year) => Entry(year).Holidays;

    private YearEntry Entry(int year) => _years.GetOrAdd(year, Build);

    private YearEntry Build(int year)
    {
        // Statutory days come first so that an extra day configured on a statutory holiday
        // does not replace the statutory name; a date is listed once.
        var holidays = _statutoryHolidaysIn(year)
            .Concat(_extraDaysByYear[year])
            .DistinctBy(holiday => holiday.Date)
            .OrderBy(holiday => holiday.Date)
            .ToList()
            .AsReadOnly();
        return new YearEntry(holidays, holidays.Select(holiday => holiday.Date).ToHashSet());
    }

    private sealed record YearEntry(IReadOnlyList<Holiday> Holidays, HashSet<DateOnly> Dates);
}
