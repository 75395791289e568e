using Gehoord.Domain.Deadlines;

namespace Gehoord.Domain.Tests.Complaints;

public sealed class DeadlineSignalTests
{
    [Theory]
    [InlineData(null, "2026-04-01", DeadlineSignal.None)]
    [InlineData("2026-03-31", "2026-04-01", DeadlineSignal.Overdue)]
    [InlineData("2026-04-01", "2026-04-01", DeadlineSignal.DueSoon)]
    [InlineData("2026-04-06", "2026-04-01", DeadlineSignal.DueSoon)]
    [InlineData("2026-04-07", "2026-04-01", DeadlineSignal.OnTime)]
    public void Signal_follows_the_due_date(string? due, string today, DeadlineSignal expected) =>
        Assert.Equal(expected, DeadlineSignals.For(due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
