using Gehoord.Domain.Complaints;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Complaints;

public sealed class ComplaintSubjectTests
{
    [Theory]
    [InlineData(null, "Ik ben aan de balie\r\n  onheus   bejegend.", "Ik ben aan de balie onheus bejegend.")]
    [InlineData("  ", "Kort verhaal.", "Kort verhaal.")]
    [InlineData("Niet teruggebeld.", "Een heel lang verhaal over van alles.", "Niet teruggebeld.")]
    [InlineData(null,
        "De lantaarnpaal in de Kastanjelaan brandt al maanden niet en niemand van de gemeente komt kijken, ook niet na drie meldingen.",
        "De lantaarnpaal in de Kastanjelaan brandt al maanden niet en niemand van de…")]
    [InlineData(null,
        "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…")]
    public void Is_the_core_or_else_the_first_words_of_the_story_on_one_line(string? core, string story, string expected)
    {
        var subject = ComplaintSubject.From(core, story);

        Assert.Equal(expected, subject);
        Assert.True(subject.Length <= ComplaintSubject.MaxLength);
    }

    [Fact]
    public void A_new_complaint_has_the_story_as_subject_and_the_core_replaces_it_once_written()
    {
        var complaint = Register();
        Assert.Equal("Ik ben aan de balie onheus bejegend en niemand belt mij terug.", complaint.Subject);

        Exploring(complaint);

        Assert.Equal("Niet teruggebeld na de toezegging aan de balie.", complaint.Subject);
    }

    [Fact]
    public void The_handling_deadline_is_kept_beside_the_nearest_term_and_cleared_on_closing()
    {
        // Received Monday 2 March 2026: personal contact is near, handling on Monday 13 April.
        var complaint = ReceivedOnDay(D("2026-03-02"));

        Assert.Equal(D("2026-04-13"), complaint.HandlingDueOn);
        Assert.True(complaint.NextDueOn < complaint.HandlingDueOn);

        complaint.ResolveOnTheSpot("Ongenoegen.", "Gedaan.", Employee, Now);
        Assert.Null(complaint.HandlingDueOn);
        Assert.Null(complaint.NextDueOn);
    }
}
