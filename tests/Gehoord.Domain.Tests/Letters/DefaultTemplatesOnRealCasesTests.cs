using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Intake;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Letters;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Letters;

/// <summary>
/// Gehoord's own texts, filled from a case that has what the letter needs, pass the completeness
/// check unedited: a handler who changes nothing can always send.
/// </summary>
public sealed class DefaultTemplatesOnRealCasesTests
{
    public static TheoryData<JurisdictionProfileCode, LetterKind, LetterRecipient, string> Templates()
    {
        var data = new TheoryData<JurisdictionProfileCode, LetterKind, LetterRecipient, string>();
        foreach (var (profile, kind, recipient, language) in DefaultLetterTemplates.All.Where(t => t.Profile != JurisdictionProfileCode.Custom))
        {
            data.Add(profile, kind, recipient, language);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_default_template_filled_from_a_ready_case_is_complete(JurisdictionProfileCode code, LetterKind kind, LetterRecipient recipient, string language)
    {
        var profile = code == JurisdictionProfileCode.VlBestuursdecreet ? JurisdictionProfile.VlBestuursdecreet : JurisdictionProfile.NlAwb;
        var (complaint, conduct) = CaseReadyFor(kind, profile);
        var letterCase = CaseOf(complaint, profile, conduct);
        var task = complaint.LetterTasks.FirstOrDefault(t => t.Kind == kind && t.Recipient == recipient && !t.IsDone);
        var request = new LetterRequest(kind, recipient, language, task?.Id);
        var template = DefaultLetterTemplates.For(code, kind, recipient, language)!;
        var values = LetterFacts.Values(letterCase, request);

        var subject = LetterPlaceholders.Fill(template.Subject, values);
        var body = LetterPlaceholders.Fill(template.Body, values);

        Assert.Empty(LetterCompleteness.Missing(letterCase, request, subject, body));
        var letter = complaint.SendLetter(letterCase, request, subject, body, LetterChannel.Post, null, 0, Handler, Now);
        Assert.True(letter.ReadabilityScore >= 50, $"{code} {kind} {recipient} {language}: {letter.ReadabilityScore:0.0}");
    }

    private static (Complaint Complaint, ConductArrangement? Conduct) CaseReadyFor(LetterKind kind, JurisdictionProfile profile)
    {
        var complaint = Register(profile: profile);
        complaint.AddRespondent(Guid.NewGuid(), "Bert Baliemedewerker", "u-bert", null, Handler, Now);
        Assigned(complaint);
        PersonalContact(complaint);
        Exploring(complaint);
        complaint.AddPart(Guid.NewGuid(), "Niet teruggebeld", Handler, Now);
        RecordLesson(complaint);
        var referral = new OmbudsmanReferral(profile.OmbudsmanName, profile.OmbudsmanTerm);
        ConductArrangement? conduct = null;
        switch (kind)
        {
            case LetterKind.NotHandledNotice:
                complaint.DecideNotToHandle(profile, profile.NotHandledGrounds[0].Code, "Dit is al eerder behandeld.", referral, Handler, Now);
                break;
            case LetterKind.ForwardingNotice:
                complaint.Forward("Vervoersbedrijf Regio Voorbeeld", "Het vervoersbedrijf gaat over de bus.", Handler, Now);
                break;
            case LetterKind.ExtensionNotice:
                complaint.Extend(profile, Term.Weeks(2), "Wij wachten op informatie van een andere afdeling.", profile.Code == JurisdictionProfileCode.VlBestuursdecreet ? ReceivedOn : null, Handler, Now);
                break;
            case LetterKind.HearingInvitation or LetterKind.HearingReport:
                complaint.StartInvestigation("De klager wil een oordeel.", Handler, Now);
                var hearing = complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Both, null, HearingForm.InPerson, ReceivedOn.AddDays(1), ReceivedOn.AddDays(1), Handler, Now);
                if (kind == LetterKind.HearingReport)
                {
                    complaint.RecordHearingHeld(hearing.Id, ReceivedOn.AddDays(1), "De klager en de medewerker vertelden hun kant.", Handler, Now);
                }

                break;
            case LetterKind.ClosingAfterSolution:
                ReadyToCloseAsResolved(complaint);
                complaint.CloseAsResolved(Handler, Now);
                break;
            case LetterKind.ClosingAfterInvestigation:
                complaint.StartInvestigation("De klager wil een oordeel.", Handler, Now);
                var both = complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Both, null, HearingForm.InPerson, ReceivedOn.AddDays(1), ReceivedOn.AddDays(1), Handler, Now);
                complaint.RecordHearingHeld(both.Id, ReceivedOn.AddDays(1), "Beide kanten gehoord.", Handler, Now);
                complaint.InformRespondent(complaint.Respondents[0].Id, ReceivedOn, Handler, Now);
                PrepareJudgement(complaint);
                complaint.Judge(Handler, Now);
                complaint.CloseAfterInvestigation(referral, Handler, Now);
                break;
            case LetterKind.ConductArrangement:
                conduct = ConductArrangement.Make(Guid.NewGuid(), complaint, "U belt meerdere keren per dag en scheldt medewerkers uit.", ConductRules.WrittenContactOnly | ConductRules.OneContactPerson, null, "Hans Behandelaar", ReceivedOn, ReceivedOn.AddMonths(6), Handler, Now);
                break;
            case LetterKind.WithdrawalConfirmation:
                complaint.Withdraw("De klager belde dat het probleem is opgelost.", Handler, Now);
                break;
        }

        return (complaint, conduct);
    }
}

/// <summary>
/// Awb 9:13: when an advisory committee handles the complaint, the acknowledgement says so. The
/// default texts carry that paragraph as <c>{adviescommissie}</c>, which drops out otherwise.
/// </summary>
public sealed class AcknowledgementWithCommitteeTests
{
    private static (LetterCase Case, LetterRequest Request, string Subject, string Body) Filled(bool committee, string language = "nl", JurisdictionProfile? profile = null)
    {
        profile ??= JurisdictionProfile.NlAwb;
        var complaint = Register(advisoryCommittee: committee, profile: profile);
        var letterCase = CaseOf(complaint, profile);
        var request = new LetterRequest(LetterKind.Acknowledgement, LetterRecipient.Complainant, language);
        var template = DefaultLetterTemplates.For(profile.Code, LetterKind.Acknowledgement, LetterRecipient.Complainant, language)!;
        var values = LetterFacts.Values(letterCase, request);
        return (letterCase, request, LetterPlaceholders.Fill(template.Subject, values), LetterPlaceholders.Fill(template.Body, values));
    }

    [Theory]
    [InlineData("nl", "Een onafhankelijke commissie geeft ons advies over uw klacht.")]
    [InlineData("en", "An independent committee will advise us on your complaint.")]
    public void With_a_committee_the_default_acknowledgement_says_so_and_gives_the_committee_term(string language, string sentence)
    {
        var (letterCase, request, subject, body) = Filled(committee: true, language);

        Assert.Contains(sentence, body, StringComparison.Ordinal);
        Assert.Contains(language == "en" ? "10 weeks" : "10 weken", body, StringComparison.Ordinal);
        Assert.Empty(LetterCompleteness.Missing(letterCase, request, subject, body));
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Without_a_committee_the_paragraph_and_its_blank_line_drop_out(string language)
    {
        var (letterCase, request, subject, body) = Filled(committee: false, language);

        Assert.DoesNotContain("commi", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\n\n\n", body, StringComparison.Ordinal);
        Assert.Empty(LetterPlaceholders.Remaining(body));
        Assert.Empty(LetterCompleteness.Missing(letterCase, request, subject, body));
    }

    [Fact]
    public void In_Flanders_a_committee_keeps_45_days_so_the_letter_does_not_say_it_takes_longer()
    {
        var (letterCase, request, subject, body) = Filled(committee: true, profile: JurisdictionProfile.VlBestuursdecreet);

        Assert.Contains("Een onafhankelijke commissie geeft ons advies over uw klacht.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("langer", body.Split("\n\n").Single(p => p.Contains("commissie", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Empty(LetterCompleteness.Missing(letterCase, request, subject, body));
    }

    [Fact]
    public void A_committee_case_acknowledgement_that_does_not_mention_the_committee_is_refused()
    {
        var (letterCase, request, subject, body) = Filled(committee: true);
        var without = body.Replace(AcknowledgementLetter.CommitteeParagraph(english: false, takesLonger: true), string.Empty, StringComparison.Ordinal);

        var missing = LetterCompleteness.Missing(letterCase, request, subject, without);

        Assert.Contains("Een adviescommissie behandelt deze klacht. Zeg dat in de brief (Awb 9:13).", missing);
    }

    [Fact]
    public void An_empty_value_removes_its_line_and_a_missing_value_stays_visible()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["adviescommissie"] = string.Empty };

        Assert.Equal("Eerste alinea.\n\nTweede alinea.", LetterPlaceholders.Fill("Eerste alinea.\n\n{adviescommissie}\n\nTweede alinea.", values));
        Assert.Equal("Eerste alinea.\r\n\r\nTweede alinea.", LetterPlaceholders.Fill("Eerste alinea.\r\n  {adviescommissie}\r\n\r\nTweede alinea.", values));
        Assert.Equal("Tweede alinea.", LetterPlaceholders.Fill("{adviescommissie}\n\nTweede alinea.", values));
        Assert.Equal("Regel een.\nRegel twee.\n\nAlinea twee.", LetterPlaceholders.Fill("Regel een.\n{adviescommissie}\nRegel twee.\n\nAlinea twee.", values));
        Assert.Equal("Zie hier.", LetterPlaceholders.Fill("Zie {adviescommissie}hier.", values));
        Assert.Equal("Uw klacht {klachtnummer}.", LetterPlaceholders.Fill("Uw klacht {klachtnummer}.", values));
        Assert.Equal("Uw klacht {klachtnummer}.", LetterPlaceholders.Fill("Uw klacht {klachtnummer}.", new Dictionary<string, string>(StringComparer.Ordinal) { ["klachtnummer"] = "  " }));
    }
}

/// <summary>
/// A chain complaint (also about other bodies, seed 001 §3) says so in the closing letter after a
/// solution: which bodies and their joint position, as <c>{keten}</c>; without one the line drops out.
/// </summary>
public sealed class ChainComplaintLetterTests
{
    private static string ClosingBody(string? chainBodies, string? jointPosition, string language, JurisdictionProfile profile)
    {
        var complaint = Resolving(Register(profile: profile));
        complaint.RecordSolution(SolutionMeasures.ErrorCorrected, "De put is gerepareerd.", null, null, null, chainBodies, jointPosition, Handler, Now);
        var request = new LetterRequest(LetterKind.ClosingAfterSolution, LetterRecipient.Complainant, language);
        var template = DefaultLetterTemplates.For(profile.Code, LetterKind.ClosingAfterSolution, LetterRecipient.Complainant, language)!;
        return LetterPlaceholders.Fill(template.Body, LetterFacts.Values(CaseOf(complaint, profile), request));
    }

    [Theory]
    [InlineData("nl", "Uw klacht gaat ook over het waterschap. Wij hebben uw klacht samen met hen bekeken. Samen zeggen wij: de put wordt voor 1 mei gerepareerd.")]
    [InlineData("en", "Your complaint is also about het waterschap. We looked at it together with them. Together we say: de put wordt voor 1 mei gerepareerd.")]
    public void The_closing_letter_names_the_other_bodies_and_the_joint_position(string language, string paragraph)
    {
        var body = ClosingBody("het waterschap", "de put wordt voor 1 mei gerepareerd.", language, JurisdictionProfile.NlAwb);

        Assert.Contains(paragraph, body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Flemish_closing_letter_names_them_too()
    {
        var body = ClosingBody("De Watergroep", null, "nl", JurisdictionProfile.VlBestuursdecreet);

        Assert.Contains("Uw klacht gaat ook over De Watergroep. Wij hebben uw klacht samen met hen bekeken.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Samen zeggen wij", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_other_bodies_the_line_and_its_blank_line_drop_out()
    {
        var body = ClosingBody(null, null, "nl", JurisdictionProfile.NlAwb);

        Assert.DoesNotContain("ook over", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("keten", LetterPlaceholders.Remaining(body));
    }
}
