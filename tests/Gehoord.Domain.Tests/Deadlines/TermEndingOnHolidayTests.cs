using Gehoord.Domain.Deadlines;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Deadlines;

/// <summary>
/// The done-when criterion: for every holiday 2024–2030, a term chosen to end exactly on it
/// moves to the first following day that is no Saturday, Sunday or holiday.
/// </summary>
public sealed class TermEndingOnHolidayTests
{
    private readonly TermCalculator _dutch = new(new DutchHolidayCalendar(), extendWhenEndingOnRestDay: true);
    private readonly TermCalculator _flemish = new(new BelgianHolidayCalendar(), extendWhenEndingOnRestDay: true);

    // holiday, term length (weeks for NL: 9:8 lid 3, 9:11, 9:11 with committee), next working day
    public static TheoryData<string, int, string> DutchRows { get; } = Cross(DutchHolidayTable.Rows, [4, 6, 10]);

    // holiday, term length (days for VL: II.77/II.83, II.84), next working day
    public static TheoryData<string, int, string> FlemishRows { get; } = Cross(BelgianHolidayTable.Rows, [10, 45]);

    [Theory]
    [MemberData(nameof(DutchRows))]
    public void A_week_term_ending_on_a_Dutch_holiday_moves_to_the_next_working_day(string holiday, int weeks, string expected)
    {
        var receivedOn = D(holiday).AddDays(-7 * weeks);

        Assert.Equal(D(expected), _dutch.EndOf(receivedOn, Term.Weeks(weeks)));
    }

    [Theory]
    [MemberData(nameof(FlemishRows))]
    public void A_day_term_ending_on_a_Belgian_holiday_moves_to_the_next_working_day(string holiday, int days, string expected)
    {
        var receivedOn = D(holiday).AddDays(-days);

        Assert.Equal(D(expected), _flemish.EndOf(receivedOn, Term.Days(days)));
    }

    [Theory]
    [InlineData("2026-02-20", 6, "2026-04-07")] // ends Good Friday 3 April; Easter Monday follows: Tuesday
    [InlineData("2026-04-02", 6, "2026-05-15")] // ends Ascension Thursday 14 May: Friday
    [InlineData("2026-11-13", 6, "2026-12-28")] // ends Christmas Day, Friday 25 December: Monday
    [InlineData("2025-03-16", 6, "2025-04-28")] // ends Sunday 27 April 2025, no King's Day that day: Monday
    [InlineData("2025-03-15", 6, "2025-04-28")] // ends King's Day, Saturday 26 April 2025: Monday
    [InlineData("2025-03-24", 6, "2025-05-06")] // ends 5 May 2025, a Monday: Tuesday
    [InlineData("2027-03-24", 6, "2027-05-07")] // ends 5 May 2027, Wednesday; Ascension follows: Friday
    [InlineData("2026-11-20", 6, "2027-01-04")] // ends New Year's Day 2027, a Friday: Monday, across the year end
    public void Named_Dutch_cases(string receivedOn, int weeks, string expected)
    {
        Assert.Equal(D(expected), _dutch.EndOf(D(receivedOn), Term.Weeks(weeks)));
    }

    [Fact]
    public void Ascension_ending_moves_to_Monday_when_the_Friday_after_is_made_equal_by_decree()
    {
        var calendar = new DutchHolidayCalendar([new Holiday(D("2026-05-15"), "Vrijdag na Hemelvaartsdag")]);
        var calculator = new TermCalculator(calendar, extendWhenEndingOnRestDay: true);

        Assert.Equal(D("2026-05-18"), calculator.EndOf(D("2026-04-02"), Term.Weeks(6)));
    }

    [Theory]
    [InlineData("2026-06-06", 45, "2026-07-22")] // ends Nationale feestdag, Tuesday 21 July
    [InlineData("2026-05-27", 45, "2026-07-13")] // ends 11 July, a Saturday: Monday
    [InlineData("2026-07-01", 45, "2026-08-17")] // ends O.L.V. Hemelvaart, Saturday 15 August: Monday
    [InlineData("2026-09-17", 45, "2026-11-02")] // ends Allerheiligen, a Sunday: Monday
    [InlineData("2026-09-27", 45, "2026-11-12")] // ends Wapenstilstand, Wednesday 11 November
    [InlineData("2026-03-27", 10, "2026-04-07")] // ends Paasmaandag
    [InlineData("2026-07-01", 10, "2026-07-13")] // ends 11 July, a Saturday
    public void Named_Flemish_cases(string receivedOn, int days, string expected)
    {
        Assert.Equal(D(expected), _flemish.EndOf(D(receivedOn), Term.Days(days)));
    }

    [Fact]
    public void Eleven_July_does_not_extend_a_term_outside_the_Flemish_administration()
    {
        var federal = new TermCalculator(new BelgianHolidayCalendar(includeFlemishCommunityHoliday: false), extendWhenEndingOnRestDay: true);

        // 11 July 2024 is a Thursday.
        Assert.Equal(D("2024-07-11"), federal.EndOf(D("2024-05-27"), Term.Days(45)));
        Assert.Equal(D("2024-07-12"), _flemish.EndOf(D("2024-05-27"), Term.Days(45)));
    }

    private static TheoryData<string, int, string> Cross(TheoryData<string, string, string> holidays, int[] lengths)
    {
        var rows = new TheoryData<string, int, string>();
        foreach (var row in holidays)
        {
            foreach (var length in lengths)
            {
                rows.Add((string)row[0], length, (string)row[2]);
            }
        }

        return rows;
    }
}
