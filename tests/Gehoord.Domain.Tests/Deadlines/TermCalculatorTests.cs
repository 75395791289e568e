using Gehoord.Domain.Deadlines;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Deadlines;

public sealed class TermCalculatorTests
{
    private readonly TermCalculator _dutch = new(new DutchHolidayCalendar(), extendWhenEndingOnRestDay: true);
    private readonly TermCalculator _flemish = new(new BelgianHolidayCalendar(), extendWhenEndingOnRestDay: true);

    [Fact]
    public void Counts_from_the_day_after_receipt()
    {
        Assert.Equal(D("2026-04-13"), _dutch.EndOf(D("2026-03-02"), Term.Weeks(6)));
    }

    [Theory]
    [InlineData("2026-01-24", 6, "2026-03-09")] // ends Saturday 7 March: Monday
    [InlineData("2026-01-25", 6, "2026-03-09")] // ends Sunday 8 March: Monday
    [InlineData("2026-01-23", 6, "2026-03-06")] // ends Friday 6 March: stays
    [InlineData("2026-01-26", 6, "2026-03-09")] // ends Monday 9 March: stays
    [InlineData("2026-08-05", 4, "2026-09-02")] // ends Wednesday: stays
    [InlineData("2026-07-04", 10, "2026-09-14")] // ends Saturday 12 September: Monday
    public void Week_terms_ending_in_a_weekend_move_to_Monday_and_others_stay(string receivedOn, int weeks, string expected)
    {
        Assert.Equal(D(expected), _dutch.EndOf(D(receivedOn), Term.Weeks(weeks)));
    }

    [Theory]
    [InlineData("2026-01-21", 45, "2026-03-09")] // ends Saturday 7 March: Monday
    [InlineData("2026-01-22", 45, "2026-03-09")] // ends Sunday 8 March: Monday
    [InlineData("2026-01-20", 45, "2026-03-06")] // ends Friday: stays
    [InlineData("2026-03-02", 10, "2026-03-12")] // ends Thursday: stays
    [InlineData("2026-02-25", 10, "2026-03-09")] // ends Saturday 7 March: Monday
    public void Day_terms_follow_the_same_rest_day_rule(string receivedOn, int days, string expected)
    {
        Assert.Equal(D(expected), _flemish.EndOf(D(receivedOn), Term.Days(days)));
    }

    [Theory]
    [InlineData("2026-02-20", "2026-04-03")] // Good Friday
    [InlineData("2026-01-24", "2026-03-07")] // Saturday
    public void Without_the_rest_day_rule_a_term_ends_where_it_falls(string receivedOn, string expected)
    {
        var calculator = new TermCalculator(new DutchHolidayCalendar(), extendWhenEndingOnRestDay: false);

        Assert.Equal(D(expected), calculator.EndOf(D(receivedOn), Term.Weeks(6)));
    }

    [Theory]
    [InlineData("2026-04-02", 5, "2026-04-13")] // Maundy Thursday: skips Good Friday, the weekend and Easter Monday
    [InlineData("2026-04-24", 3, "2026-04-30")] // skips the weekend and King's Day
    [InlineData("2026-12-24", 3, "2026-12-30")] // skips Christmas Day, the weekend; Boxing Day is a Saturday
    [InlineData("2026-05-01", 3, "2026-05-07")] // skips the weekend and 5 May
    [InlineData("2026-03-02", 5, "2026-03-09")] // an ordinary week
    [InlineData("2026-03-06", 1, "2026-03-09")] // from a Friday: Monday
    public void Working_day_terms_skip_weekends_and_Dutch_holidays(string start, int workingDays, string expected)
    {
        Assert.Equal(D(expected), _dutch.EndOf(D(start), Term.WorkingDays(workingDays)));
    }

    [Theory]
    [InlineData("2026-04-02", 5, "2026-04-10")] // Good Friday is a working day in Belgium
    [InlineData("2026-04-30", 3, "2026-05-06")] // skips 1 May and the weekend
    [InlineData("2026-07-09", 3, "2026-07-14")] // 11 July is a Saturday this year: nothing extra to skip
    [InlineData("2026-07-17", 3, "2026-07-23")] // skips 21 July
    public void Working_day_terms_skip_Belgian_holidays(string start, int workingDays, string expected)
    {
        Assert.Equal(D(expected), _flemish.EndOf(D(start), Term.WorkingDays(workingDays)));
    }

    [Fact]
    public void A_working_day_term_is_not_moved_by_the_rest_day_rule_either()
    {
        var withoutRule = new TermCalculator(new DutchHolidayCalendar(), extendWhenEndingOnRestDay: false);

        Assert.Equal(D("2026-04-13"), withoutRule.EndOf(D("2026-04-02"), Term.WorkingDays(5)));
    }

    [Theory]
    [InlineData("2026-03-06", true)]  // Friday
    [InlineData("2026-03-07", false)] // Saturday
    [InlineData("2026-03-08", false)] // Sunday
    [InlineData("2026-04-06", false)] // Easter Monday
    [InlineData("2026-04-07", true)]
    public void Knows_working_days(string date, bool expected)
    {
        Assert.Equal(expected, _dutch.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2026-03-06", "2026-03-06")] // a working day itself
    [InlineData("2026-03-07", "2026-03-09")]
    [InlineData("2026-04-03", "2026-04-07")]
    [InlineData("2026-12-25", "2026-12-28")]
    public void Finds_the_next_working_day(string date, string expected)
    {
        Assert.Equal(D(expected), _dutch.NextWorkingDayFrom(D(date)));
    }

    [Theory]
    [InlineData("2026-04-02", "2026-04-13", 5)] // over Easter
    [InlineData("2026-05-01", "2026-05-08", 4)] // 5 May in between
    [InlineData("2026-03-06", "2026-03-09", 1)] // Friday to Monday
    [InlineData("2026-03-09", "2026-03-09", 0)] // same day
    [InlineData("2026-03-09", "2026-03-02", 0)] // reversed
    public void Counts_working_days_between_two_dates(string fromExclusive, string toInclusive, int expected)
    {
        Assert.Equal(expected, _dutch.WorkingDaysBetween(D(fromExclusive), D(toInclusive)));
    }

    [Fact]
    public void Exposes_the_calendar_it_was_given()
    {
        var calendar = new BelgianHolidayCalendar();

        Assert.Same(calendar, new TermCalculator(calendar, extendWhenEndingOnRestDay: true).Calendar);
    }
}
