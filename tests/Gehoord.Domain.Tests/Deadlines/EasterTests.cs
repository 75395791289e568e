using Gehoord.Domain.Deadlines;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Deadlines;

public sealed class EasterTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2029, "2029-04-01")]
    [InlineData(2030, "2030-04-21")]
    [InlineData(2038, "2038-04-25")] // latest possible date
    [InlineData(2285, "2285-03-22")] // earliest possible date
    [InlineData(1818, "1818-03-22")]
    [InlineData(1943, "1943-04-25")]
    public void Computes_Easter_Sunday(int year, string expected)
    {
        var easter = Easter.Sunday(year);

        Assert.Equal(D(expected), easter);
        Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
    }

    [Theory]
    [InlineData(1582)]
    [InlineData(10000)]
    public void Refuses_years_outside_the_Gregorian_range_DateOnly_supports(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Easter.Sunday(year));
    }
}
