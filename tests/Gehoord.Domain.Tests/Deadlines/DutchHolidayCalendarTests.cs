using Gehoord.Domain.Deadlines;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Deadlines;

public sealed class DutchHolidayCalendarTests
{
    private readonly DutchHolidayCalendar _calendar = new();

    [Theory]
    [MemberData(nameof(DutchHolidayTable.Rows), MemberType = typeof(DutchHolidayTable))]
    public void Lists_every_Atw_holiday_with_its_Dutch_name(string date, string name, string nextWorkingDay)
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
    public void Lists_exactly_the_nine_holidays_of_a_year_sorted_by_date(int year)
    {
        var expected = DutchHolidayTable.Rows
            .Select(row => new Holiday(D((string)row[0]), (string)row[1]))
            .Where(holiday => holiday.Date.Year == year)
            .ToList();

        Assert.Equal(9, expected.Count);
        Assert.Equal(expected, _calendar.HolidaysIn(year));
    }

    [Theory]
    [InlineData(2024, "2024-04-27", "2024-04-26")] // Saturday: stays on the 27th
    [InlineData(2025, "2025-04-26", "2025-04-27")] // 27 April 2025 is a Sunday
    [InlineData(2026, "2026-04-27", "2026-04-26")]
    [InlineData(2031, "2031-04-26", "2031-04-27")] // 27 April 2031 is a Sunday
    [InlineData(2036, "2036-04-26", "2036-04-27")] // 27 April 2036 is a Sunday
    public void Moves_Kings_Day_to_26_April_only_when_the_27th_is_a_Sunday(int year, string expected, string notAHoliday)
    {
        var kingsDay = Assert.Single(_calendar.HolidaysIn(year), holiday => holiday.Name == "Koningsdag");

        Assert.Equal(D(expected), kingsDay.Date);
        Assert.False(_calendar.IsPublicHoliday(D(notAHoliday)));
    }

    [Theory]
    [InlineData("2026-04-05")] // Easter Sunday: a Sunday anyway, not listed
    [InlineData("2026-05-24")] // Whit Sunday
    [InlineData("2026-04-02")] // Maundy Thursday
    [InlineData("2026-05-04")] // Remembrance of the Dead is no holiday
    [InlineData("2026-05-15")] // Friday after Ascension, unless made equal by decree
    [InlineData("2026-12-31")]
    [InlineData("2026-05-01")] // Labour Day is a Belgian holiday, not a Dutch one
    public void Does_not_treat_other_days_as_holidays(string date)
    {
        Assert.False(_calendar.IsPublicHoliday(D(date)));
    }

    [Fact]
    public void Adds_extra_days_made_equal_by_decree_in_date_order()
    {
        var friday = new Holiday(D("2026-05-15"), "Vrijdag na Hemelvaartsdag");
        var calendar = new DutchHolidayCalendar([friday]);

        var holidays = calendar.HolidaysIn(2026);

        Assert.True(calendar.IsPublicHoliday(friday.Date));
        Assert.Equal(10, holidays.Count);
        Assert.Equal(friday, holidays[6]);
        Assert.Equal(holidays.OrderBy(holiday => holiday.Date), holidays);
        Assert.Equal(9, calendar.HolidaysIn(2027).Count);
    }

    [Fact]
    public void Lists_a_date_once_when_an_extra_day_falls_on_a_statutory_holiday()
    {
        var calendar = new DutchHolidayCalendar([new Holiday(D("2026-12-25"), "Extra vrije dag")]);

        var christmas = Assert.Single(calendar.HolidaysIn(2026), holiday => holiday.Date == D("2026-12-25"));

        Assert.Equal("Eerste Kerstdag", christmas.Name);
    }

    [Fact]
    public void Refuses_an_extra_day_without_a_name()
    {
        Assert.Throws<ArgumentException>(() => new DutchHolidayCalendar([new Holiday(D("2026-05-15"), " ")]));
    }
}
