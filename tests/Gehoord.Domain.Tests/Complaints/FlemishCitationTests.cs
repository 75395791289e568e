using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>
/// A Flemish case never cites the Awb: refusals and timeline texts take their citation from the
/// profile's words (the decree's article, or none where the decree has no such rule).
/// </summary>
public sealed class FlemishCitationTests
{
    private static readonly ProfileWords Vl = ProfileWords.VlBestuursdecreet;

    [Fact]
    public void A_respondent_as_handler_is_refused_with_the_decree_article_on_a_Flemish_case()
    {
        var complaint = Register();
        complaint.AddRespondent(Guid.NewGuid(), Handler.Name, Handler.Id, null, Coordinator, Now, Vl);

        var refusal = Assert.Throws<DomainException>(() => complaint.AssignHandler(Handler, Coordinator, Now, words: Vl));

        Assert.Contains("(art. II.86 Bestuursdecreet)", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Awb", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_refusal_cites_the_Awb_on_a_Dutch_case()
    {
        var complaint = Register();
        complaint.AddRespondent(Guid.NewGuid(), Handler.Name, Handler.Id, null, Coordinator, Now);

        var refusal = Assert.Throws<DomainException>(() => complaint.AssignHandler(Handler, Coordinator, Now));

        Assert.Contains("(Awb 9:7)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_hearing_waiver_and_advice_texts_cite_nothing_on_a_Flemish_case()
    {
        var complaint = Investigating();
        var respondent = complaint.AddRespondent(Guid.NewGuid(), "Baliemedewerker P.", "u-counter", null, Coordinator, Now, Vl);
        complaint.InformRespondent(respondent.Id, new DateOnly(2026, 3, 3), Handler, Now, Vl);
        complaint.WaiveComplainantHearing(HearingWaiverReason.ComplainantDeclined, "De klager ziet af van horen.", Handler, Now, Vl);
        var hearing = complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Respondent, respondent.Id, HearingForm.Phone, new DateOnly(2026, 3, 3), null, Handler, Now);
        var noReport = Assert.Throws<DomainException>(() => complaint.RecordHearingHeld(hearing.Id, new DateOnly(2026, 3, 3), " ", Handler, Now, Vl));

        Assert.Equal("Maak een verslag van het horen.", noReport.Message);
        Assert.DoesNotContain(complaint.Timeline, e => e.What.Contains("Awb", StringComparison.Ordinal));
    }
}
