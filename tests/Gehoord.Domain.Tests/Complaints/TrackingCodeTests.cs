using Gehoord.Domain.Complaints;

namespace Gehoord.Domain.Tests.Complaints;

public sealed class TrackingCodeTests
{
    [Fact]
    public void New_codes_are_readable_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => TrackingCode.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("k7q4-m2xh-9rta", "K7Q4-M2XH-9RTA")]
    [InlineData(" K7Q4 M2XH 9RTA ", "K7Q4-M2XH-9RTA")]
    [InlineData("K7Q4M2XH9RTA", "K7Q4-M2XH-9RTA")]
    [InlineData("O0IL-M2XH-9RTA", "0011-M2XH-9RTA")]
    public void Normalise_accepts_what_people_type(string input, string expected) =>
        Assert.Equal(expected, TrackingCode.Normalise(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7Q4-M2XH")]
    [InlineData("K7Q4-M2XH-9RTA-1")]
    [InlineData("K7Q4-M2XH-9RTU")]
    [InlineData("'; DROP TABLE--")]
    public void Normalise_rejects_what_cannot_be_a_code(string? input) =>
        Assert.Null(TrackingCode.Normalise(input));
}

public sealed class ReferenceNumberTests
{
    [Theory]
    [InlineData(2026, 123, "2026-000123")]
    [InlineData(2030, 1, "2030-000001")]
    [InlineData(2027, 999999, "2027-999999")]
    public void Formats_year_and_six_digit_sequence(int year, int sequence, string expected)
    {
        var reference = new ReferenceNumber(year, sequence);

        Assert.Equal(expected, reference.ToString());
        Assert.True(ReferenceNumber.TryParse(expected, out var parsed));
        Assert.Equal(reference, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026")]
    [InlineData("26-000123")]
    [InlineData("2026-abc")]
    [InlineData("2026-000000")]
    public void Rejects_malformed_numbers(string text) => Assert.False(ReferenceNumber.TryParse(text, out _));
}
