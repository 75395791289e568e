using Gehoord.Domain.Deadlines;

namespace Gehoord.Domain.Tests.Deadlines;

public sealed class TermTests
{
    [Theory]
    [InlineData(6, TermUnit.Weeks, "6 weken")]
    [InlineData(1, TermUnit.Weeks, "1 week")]
    [InlineData(45, TermUnit.CalendarDays, "45 dagen")]
    [InlineData(1, TermUnit.CalendarDays, "1 dag")]
    [InlineData(5, TermUnit.WorkingDays, "5 werkdagen")]
    [InlineData(1, TermUnit.WorkingDays, "1 werkdag")]
    [InlineData(0, TermUnit.CalendarDays, "0 dagen")]
    public void Describes_itself_in_Dutch(int amount, TermUnit unit, string expected)
    {
        Assert.Equal(expected, new Term(amount, unit).Describe());
        Assert.Equal(expected, new Term(amount, unit).ToString());
    }

    [Fact]
    public void Factories_set_the_unit()
    {
        Assert.Equal(new Term(10, TermUnit.CalendarDays), Term.Days(10));
        Assert.Equal(new Term(4, TermUnit.Weeks), Term.Weeks(4));
        Assert.Equal(new Term(3, TermUnit.WorkingDays), Term.WorkingDays(3));
    }

    [Fact]
    public void Converts_weeks_and_days_to_calendar_days_but_not_working_days()
    {
        Assert.Equal(28, Term.Weeks(4).ToCalendarDays());
        Assert.Equal(45, Term.Days(45).ToCalendarDays());
        Assert.Null(Term.WorkingDays(5).ToCalendarDays());
    }

    [Fact]
    public void Refuses_a_negative_amount_and_an_unknown_unit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Term.Days(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Term(1, (TermUnit)42));
    }
}
