using System.Globalization;

namespace Gehoord.Domain.Tests;

/// <summary>Dates in test tables are written as ISO strings so that rows read like a calendar.</summary>
internal static class TestDates
{
    public static DateOnly D(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
