using Gehoord.Domain.Deadlines;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Deadlines;

public sealed class BelgianHolidayCalendarTests
{
    private const string FlemishCommunityHoliday = "Feest van de Vlaamse Gemeenschap";

    private readonly BelgianHolidayCalendar _calendar = new();

    [Theory]
    [MemberData(nameof(BelgianHolidayTable.Rows), MemberType = typeof(BelgianHolidayTable))]
    public void Lists_every_Belgian_holiday_with_its_Dutch_name(string date, string name, string nextWorkingDay)
    {
        _ = nextWorkingDay;

        Assert.True(_calendar.IsPublicHoliday(D(date)));
        Assert.Contains(new Holiday(D(date), name), _calendar.HolidaysIn(D(date).Year));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void Lists_exactly_the_holidays_of_a_year_sorted_by_date(int year)
    {
        var expected = BelgianHolidayTable.Rows
            .Select(row => new Holiday(D((string)row[0]), (string)row[1]))
            .Where(holiday => holiday.Date.Year == year)
            .ToList();

        Assert.Equal(11, expected.Count);
        Assert.Equal(expected, _calendar.HolidaysIn(year));
        Assert.Equal(
            expected.Where(holiday => holiday.Name != FlemishCommunityHoliday),
            new BelgianHolidayCalendar(includeFlemishCommunityHoliday: false).HolidaysIn(year));
    }

    [Fact]
    public void Leaves_out_11_July_outside_the_Flemish_administration()
    {
        var federal = new BelgianHolidayCalendar(includeFlemishCommunityHoliday: false);

        Assert.False(federal.IsPublicHoliday(D("2026-07-11")));
        Assert.True(federal.IsPublicHoliday(D("2026-07-21")));
        Assert.DoesNotContain(federal.HolidaysIn(2026), holiday => holiday.Name == FlemishCommunityHoliday);
    }

    [Theory]
    [InlineData("2026-04-03")] // Good Friday is a Dutch holiday, not a Belgian one
    [InlineData("2026-12-26")] // Boxing Day likewise
    [InlineData("2026-04-27")] // King's Day likewise
    [InlineData("2026-05-05")]
    [InlineData("2026-11-02")] // All Souls' Day
    [InlineData("2026-11-15")] // King's Feast: a holiday for federal staff only
    public void Does_not_treat_Dutch_or_other_days_as_Belgian_holidays(string date)
    {
        Assert.False(_calendar.IsPublicHoliday(D(date)));
    }

    [Fact]
    public void Adds_extra_days_from_configuration()
    {
        var calendar = new BelgianHolidayCalendar(extraDays: [new Holiday(D("2026-11-02"), "Allerzielen")]);

        Assert.True(calendar.IsPublicHoliday(D("2026-11-02")));
        Assert.Equal(12, calendar.HolidaysIn(2026).Count);
    }
}
