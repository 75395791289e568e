using Gehoord.Domain.Intake;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Intake;

public sealed class TypedDateTests
{
    [Theory]
    [InlineData("15032026")]
    [InlineData("15-03-2026")]
    [InlineData("15/03/2026")]
    [InlineData("15.03.2026")]
    [InlineData("15 3 2026")]
    [InlineData("15-3-2026")]
    [InlineData(" 15 - 03 - 2026 ")]
    [InlineData("2026-03-15")]
    [InlineData("2026-3-15")]
    public void Digits_with_or_without_separators_read_as_15_March_2026(string typed)
    {
        Assert.True(TypedDate.TryParse(typed, out var date));
        Assert.Equal(D("2026-03-15"), date);
    }

    [Fact]
    public void Eight_digits_are_day_month_year()
    {
        Assert.True(TypedDate.TryParse("01022024", out var date));
        Assert.Equal(D("2024-02-01"), date);
    }

    [Fact]
    public void A_leap_day_is_a_date_in_a_leap_year_only()
    {
        Assert.True(TypedDate.TryParse("29022024", out _));
        Assert.False(TypedDate.TryParse("29-02-2026", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("31-02-2026")]
    [InlineData("15-13-2026")]
    [InlineData("00-03-2026")]
    [InlineData("15-03-26")]
    [InlineData("1503202")]
    [InlineData("150320261")]
    [InlineData("15 maart 2026")]
    [InlineData("15-03")]
    [InlineData("15-03-2026-1")]
    [InlineData("１５-０３-２０２６")]
    [InlineData("2026-15-03")]
    public void Anything_else_is_no_date(string? typed)
    {
        Assert.False(TypedDate.TryParse(typed, out _));
    }
}
