using Gehoord.Domain.Deadlines;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Deadlines;

public sealed class ReminderRuleTests
{
    // Today is Monday 15 June 2026; "due soon" covers up to and including Saturday 20 June.
    [Theory]
    [InlineData("2026-06-12", true, DeadlineSignal.Overdue, true, true)] // passed Friday: the handler's own and the coordinators'
    [InlineData("2026-06-14", false, DeadlineSignal.Overdue, false, true)] // passed yesterday, nobody handles it
    [InlineData("2026-06-15", true, DeadlineSignal.DueSoon, true, false)] // due today is not passed yet
    [InlineData("2026-06-20", true, DeadlineSignal.DueSoon, true, false)] // last day of "due soon"
    [InlineData("2026-06-20", false, DeadlineSignal.DueSoon, false, true)] // near and unassigned: the coordinators assign
    [InlineData("2026-06-21", true, DeadlineSignal.None, false, false)] // far enough away: nobody yet
    [InlineData("2026-06-21", false, DeadlineSignal.None, false, false)]
    public void Tells_who_hears_of_a_term_and_with_which_word(string dueOn, bool hasHandler, DeadlineSignal signal, bool handler, bool coordinators)
    {
        var audience = ReminderRule.For(D(dueOn), D("2026-06-15"), hasHandler);

        Assert.Equal(new ReminderAudience(signal, handler, coordinators), audience);
    }

    [Theory]
    [InlineData("2026-06-14", DeadlineSignal.Overdue)]
    [InlineData("2025-12-31", DeadlineSignal.Overdue)]
    [InlineData("2026-06-15", DeadlineSignal.DueSoon)]
    [InlineData("2026-06-19", DeadlineSignal.DueSoon)]
    public void A_reminder_of_a_passed_term_says_verlopen_never_bijna_verlopen(string dueOn, DeadlineSignal shown)
    {
        Assert.Equal(shown, ReminderRule.Shown(D(dueOn), D("2026-06-15")));
        Assert.Equal(
            shown == DeadlineSignal.Overdue ? "Termijn verlopen" : "Bijna verlopen",
            DeadlineSignals.DutchName(ReminderRule.Shown(D(dueOn), D("2026-06-15"))));
    }
}
