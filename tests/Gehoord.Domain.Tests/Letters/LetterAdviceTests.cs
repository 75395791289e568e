using Gehoord.Domain.Complaints;
using Gehoord.Domain.Letters;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Letters;

public sealed class LetterAdviceTests
{
    private static readonly LetterRequest ClosingAfterInvestigation = new(LetterKind.ClosingAfterInvestigation, LetterRecipient.Complainant, "nl");

    [Fact]
    public void A_founded_part_without_an_apology_gets_a_pointer_to_the_excuuskaart()
    {
        var complaint = InStatus(ComplaintStatus.Judged);

        var advice = LetterAdvice.For(CaseOf(complaint), ClosingAfterInvestigation, "Wij vinden uw klacht gegrond.");

        Assert.Contains("Excuuskaart", Assert.Single(advice), StringComparison.Ordinal);
        Assert.Empty(LetterAdvice.For(CaseOf(complaint), ClosingAfterInvestigation, "Wij vinden uw klacht gegrond. Wij bieden u onze excuses aan."));
    }

    [Fact]
    public void An_apology_when_nothing_is_founded_is_questioned()
    {
        var complaint = Investigating();
        complaint.GiveVerdict(complaint.Parts[0].Id, Verdict.Unfounded, true, "De medewerker heeft wel teruggebeld.", Handler, Now);

        var advice = LetterAdvice.For(CaseOf(complaint), ClosingAfterInvestigation, "Wij vinden uw klacht ongegrond. Toch bieden wij u onze excuses aan.");

        Assert.StartsWith("Geen klachtonderdeel is gegrond", Assert.Single(advice), StringComparison.Ordinal);
    }

    [Fact]
    public void The_apology_made_in_the_conversation_belongs_in_the_closing_letter()
    {
        var complaint = InStatus(ComplaintStatus.Resolving);
        var request = new LetterRequest(LetterKind.ClosingAfterSolution, LetterRecipient.Complainant, "nl");

        Assert.Single(LetterAdvice.For(CaseOf(complaint), request, "Wij hebben uitgelegd hoe het terugbellen nu gaat."));
        Assert.Empty(LetterAdvice.For(CaseOf(complaint), request, "Het spijt ons dat u niet bent teruggebeld."));
    }
}
