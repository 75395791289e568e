using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>Verdicts per part, hearing both sides (Awb 9:10), and the committee route (Awb 9:13–9:15).</summary>
public sealed class VerdictTests
{
    [Theory]
    [InlineData(Verdict.Founded, true, true)]
    [InlineData(Verdict.Founded, false, true)]
    [InlineData(Verdict.PartlyFounded, true, true)]
    [InlineData(Verdict.PartlyFounded, false, true)]
    [InlineData(Verdict.Unfounded, true, true)]
    [InlineData(Verdict.Unfounded, false, false)]
    [InlineData(Verdict.NoJudgement, true, true)]
    [InlineData(Verdict.NoJudgement, false, true)]
    public void Unfounded_needs_established_facts_every_other_verdict_does_not(Verdict verdict, bool factsEstablished, bool allowed)
    {
        var complaint = Investigating();
        var part = complaint.Parts[0];
        var events = complaint.Timeline.Count;

        void Give() => complaint.GiveVerdict(part.Id, verdict, factsEstablished, "Zo staat het in de stukken.", Handler, Now);

        if (allowed)
        {
            Give();
            Assert.Equal(verdict, part.Verdict);
            Assert.Equal(factsEstablished, part.FactsEstablished);
            Assert.Equal("Zo staat het in de stukken.", part.VerdictMotivation);
            Assert.Equal(TimelineEventKind.VerdictGiven, complaint.Timeline[^1].Kind);
        }
        else
        {
            var ex = Assert.Throws<DomainException>(Give);
            Assert.Contains("geen oordeel", ex.Message, StringComparison.Ordinal);
            Assert.Null(part.Verdict);
            Assert.Equal(events, complaint.Timeline.Count);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Every_verdict_carries_a_motivation(string motivation)
    {
        var complaint = Investigating();

        Assert.Throws<DomainException>(() => complaint.GiveVerdict(complaint.Parts[0].Id, Verdict.Founded, true, motivation, Handler, Now));
        Assert.Null(complaint.Parts[0].Verdict);
    }

    [Fact]
    public void A_verdict_needs_an_existing_part_a_defined_verdict_and_the_investigation_stage()
    {
        var complaint = Investigating();
        var exploring = WithPart(Exploring());

        Assert.Throws<DomainException>(() => complaint.GiveVerdict(Guid.NewGuid(), Verdict.Founded, true, "x", Handler, Now));
        Assert.Throws<DomainException>(() => complaint.GiveVerdict(complaint.Parts[0].Id, (Verdict)42, true, "x", Handler, Now));
        Assert.Throws<DomainException>(() => exploring.GiveVerdict(exploring.Parts[0].Id, Verdict.Founded, true, "x", Handler, Now));
    }

    [Fact]
    public void Judge_waits_until_every_part_has_its_verdict()
    {
        var complaint = Investigating();
        WithPart(complaint);
        PrepareJudgementExceptVerdicts(complaint);
        complaint.GiveVerdict(complaint.Parts[0].Id, Verdict.Founded, true, "Niet teruggebeld.", Handler, Now);

        Assert.Throws<DomainException>(() => complaint.Judge(Handler, Now));

        complaint.GiveVerdict(complaint.Parts[1].Id, Verdict.Unfounded, true, "Wel netjes te woord gestaan.", Handler, Now);
        complaint.Judge(Handler, Now);
        Assert.Equal(ComplaintStatus.Judged, complaint.Status);
        Assert.Contains("onderdeel 1: gegrond; onderdeel 2: ongegrond", complaint.Timeline[^1].What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HearingWaiverReason.ManifestlyUnfounded)]
    [InlineData(HearingWaiverReason.ComplainantDeclined)]
    [InlineData(HearingWaiverReason.NoResponseInTime)]
    public void The_complainant_need_not_be_heard_for_each_of_the_three_reasons_of_the_law(HearingWaiverReason reason)
    {
        var complaint = Investigating();
        GiveEveryVerdict(complaint);
        AssessStandard(complaint);
        complaint.AssessLawfulness(true, "Rechtmatig.", Handler, Now);
        Assert.False(complaint.ComplainantHeardOrWaived);

        complaint.WaiveComplainantHearing(reason, "Zie het dossier.", Handler, Now);

        Assert.True(complaint.ComplainantHeardOrWaived);
        Assert.Equal(reason, complaint.ComplainantHearingWaiver);
        complaint.Judge(Handler, Now);
        Assert.Equal(ComplaintStatus.Judged, complaint.Status);
    }

    [Fact]
    public void Waiving_a_hearing_needs_a_reason_from_the_law_and_a_motivation()
    {
        var complaint = Investigating();

        var events = complaint.Timeline.Count;

        Assert.Throws<DomainException>(() => complaint.WaiveComplainantHearing((HearingWaiverReason)3, "Geen tijd.", Handler, Now));
        Assert.Null(complaint.ComplainantHearingWaiver);
        Assert.False(complaint.ComplainantHeardOrWaived);

        // The state after a refused blank motivation is covered by KnownBugTests.
        Assert.Throws<DomainException>(() => complaint.WaiveComplainantHearing(HearingWaiverReason.ComplainantDeclined, " ", Handler, Now));
        Assert.Equal(events, complaint.Timeline.Count);
    }

    [Theory]
    [InlineData(HearingParty.Complainant, "held", true, false)]
    [InlineData(HearingParty.Complainant, "declined", true, false)]
    [InlineData(HearingParty.Complainant, "invited", false, false)]
    [InlineData(HearingParty.Respondent, "held", false, true)]
    [InlineData(HearingParty.Respondent, "declined", false, true)]
    [InlineData(HearingParty.Respondent, "invited", false, false)]
    [InlineData(HearingParty.Both, "held", true, true)]
    [InlineData(HearingParty.Both, "declined", true, true)]
    public void A_hearing_counts_once_it_was_held_or_declined(HearingParty party, string result, bool complainantHeard, bool respondentHeard)
    {
        var complaint = Register();
        complaint.AddRespondent(Guid.NewGuid(), "Baliemedewerker P.", "u-counter", null, Coordinator, Now);
        Investigating(complaint);
        Assert.False(complaint.RespondentsHeard);

        var hearing = complaint.InviteToHearing(Guid.NewGuid(), party, null, HearingForm.InPerson, ReceivedOn.AddDays(1), ReceivedOn.AddDays(1), Handler, Now);
        if (result == "held")
        {
            complaint.RecordHearingHeld(hearing.Id, ReceivedOn.AddDays(1), "Verslag van het gesprek.", Handler, Now);
        }
        else if (result == "declined")
        {
            complaint.RecordHearingDeclined(hearing.Id, Handler, Now);
        }

        Assert.Equal(complainantHeard, complaint.ComplainantHeardOrWaived);
        Assert.Equal(respondentHeard, complaint.RespondentsHeard);
    }

    [Fact]
    public void A_hearing_report_is_required_and_a_held_hearing_cannot_be_declined()
    {
        var complaint = Investigating();
        var hearing = complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Complainant, null, HearingForm.Phone, ReceivedOn.AddDays(1), null, Handler, Now);

        Assert.Throws<DomainException>(() => complaint.RecordHearingHeld(hearing.Id, ReceivedOn.AddDays(1), " ", Handler, Now));
        Assert.Throws<DomainException>(() => complaint.RecordHearingHeld(hearing.Id, ReceivedOn, "Verslag.", Handler, Now));
        complaint.RecordHearingHeld(hearing.Id, ReceivedOn.AddDays(1), "Verslag.", Handler, Now);
        Assert.Throws<DomainException>(() => complaint.RecordHearingDeclined(hearing.Id, Handler, Now));
    }

    [Fact]
    public void A_respondent_can_only_be_invited_once_there_is_one()
    {
        var complaint = Investigating();

        Assert.Throws<DomainException>(() => complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Respondent, null, HearingForm.Phone, ReceivedOn, null, Handler, Now));
        Assert.Empty(complaint.Hearings);
    }

    [Fact]
    public void With_several_respondents_the_hearing_names_which_one_and_that_one_must_belong_to_the_complaint()
    {
        var complaint = Register();
        complaint.AddRespondent(Guid.NewGuid(), "Baliemedewerker P.", "u-counter", null, Coordinator, Now);
        complaint.AddRespondent(Guid.NewGuid(), "Teamleider Q.", null, null, Coordinator, Now);
        Investigating(complaint);

        var missing = Assert.Throws<DomainException>(() => complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Respondent, null, HearingForm.Phone, ReceivedOn, null, Handler, Now));
        var unknown = Assert.Throws<DomainException>(() => complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Both, Guid.NewGuid(), HearingForm.Phone, ReceivedOn, null, Handler, Now));

        Assert.Contains("Kies welke beklaagde", missing.Message, StringComparison.Ordinal);
        Assert.Equal("Deze beklaagde hoort niet bij de klacht.", unknown.Message);
        Assert.Empty(complaint.Hearings);
    }

    [Fact]
    public void With_one_respondent_the_hearing_is_for_that_respondent_and_the_timeline_names_them()
    {
        var complaint = Register();
        complaint.AddRespondent(Guid.NewGuid(), "Baliemedewerker P.", "u-counter", null, Coordinator, Now);
        Investigating(complaint);

        var hearing = complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Respondent, null, HearingForm.Phone, ReceivedOn, null, Handler, Now);

        Assert.Equal(complaint.Respondents[0].Id, hearing.RespondentId);
        Assert.Contains("beklaagde (Baliemedewerker P.)", complaint.Timeline[^1].What, StringComparison.Ordinal);
        Assert.Contains(complaint.LetterTasks, t => t.Kind == LetterKind.HearingInvitation && t.RecipientName == "Baliemedewerker P.");
    }

    [Fact]
    public void A_breached_standard_needs_an_explanation_and_a_second_assessment_replaces_the_first()
    {
        var complaint = Investigating();
        var standard = JurisdictionProfile.NlAwb.StandardFor(7);

        Assert.Throws<DomainException>(() => complaint.AssessStandard(standard, true, null, Handler, Now));
        complaint.AssessStandard(standard, false, null, Handler, Now);
        complaint.AssessStandard(standard, true, "Onheus bejegend aan de balie.", Handler, Now);

        var assessment = Assert.Single(complaint.Assessments);
        Assert.True(assessment.Breached);
        Assert.Equal("Fatsoenlijke bejegening", assessment.StandardName);
    }

    [Fact]
    public void A_standard_that_cannot_be_assessed_needs_the_reason_and_is_neither_met_nor_breached()
    {
        var complaint = Investigating();
        var standard = JurisdictionProfile.NlAwb.StandardFor(7);

        var refusal = Assert.Throws<DomainException>(() => complaint.AssessStandard(standard, StandardFinding.NotAssessable, "  ", Handler, Now));
        Assert.Contains("niet te beoordelen", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(complaint.Assessments);

        complaint.AssessStandard(standard, StandardFinding.NotAssessable, "Er waren geen getuigen van het gesprek aan de balie.", Handler, Now);

        var assessment = Assert.Single(complaint.Assessments);
        Assert.Equal(StandardFinding.NotAssessable, assessment.Finding);
        Assert.False(assessment.Breached);
        Assert.Equal("Getoetst aan 'Fatsoenlijke bejegening': niet te beoordelen. Er waren geen getuigen van het gesprek aan de balie.", complaint.Timeline[^1].What);
        Assert.Throws<DomainException>(() => complaint.AssessStandard(standard, (StandardFinding)9, "x", Handler, Now));
    }

    [Fact]
    public void Lawfulness_needs_a_note()
    {
        var complaint = Investigating();

        var events = complaint.Timeline.Count;

        // The state after the refusal is covered by KnownBugTests.
        Assert.Throws<DomainException>(() => complaint.AssessLawfulness(true, "", Handler, Now));
        Assert.Equal(events, complaint.Timeline.Count);
    }

    [Fact]
    public void Without_a_committee_there_is_no_committee_advice()
    {
        var complaint = Investigating();

        Assert.Throws<DomainException>(() => RecordAdvice(complaint));
        Assert.Throws<DomainException>(() => complaint.DecideOnCommitteeAdvice(true, null, Handler, Now));
    }

    [Fact]
    public void The_body_decides_only_after_the_advice_is_recorded()
    {
        var complaint = CommitteeComplaint();

        Assert.Throws<DomainException>(() => complaint.DecideOnCommitteeAdvice(true, null, Handler, Now));
        Assert.Throws<DomainException>(() => complaint.Judge(Handler, Now));
        Assert.Null(complaint.FollowsCommitteeAdvice);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Deviating_from_the_advice_without_motivation_is_refused(string? motivation)
    {
        var complaint = CommitteeComplaint();
        RecordAdvice(complaint);

        var ex = Assert.Throws<DomainException>(() => complaint.DecideOnCommitteeAdvice(false, motivation, Handler, Now));

        Assert.Contains("9:15", ex.Message, StringComparison.Ordinal);
        Assert.Null(complaint.FollowsCommitteeAdvice);
        Assert.Throws<DomainException>(() => complaint.Judge(Handler, Now));
    }

    [Fact]
    public void Deviating_with_a_motivation_is_allowed_and_kept()
    {
        var complaint = CommitteeComplaint();
        RecordAdvice(complaint);

        complaint.DecideOnCommitteeAdvice(false, "De commissie miste de later gevonden gespreksnotitie.", Handler, Now);
        complaint.Judge(Handler, Now);

        Assert.False(complaint.FollowsCommitteeAdvice);
        Assert.Equal("De commissie miste de later gevonden gespreksnotitie.", complaint.CommitteeDeviationMotivation);
        Assert.Equal(ComplaintStatus.Judged, complaint.Status);
    }

    [Fact]
    public void Following_the_advice_needs_no_motivation_and_a_new_advice_asks_for_a_new_decision()
    {
        var complaint = CommitteeComplaint();
        RecordAdvice(complaint);
        complaint.DecideOnCommitteeAdvice(true, "wordt genegeerd", Handler, Now);
        Assert.True(complaint.FollowsCommitteeAdvice);
        Assert.Null(complaint.CommitteeDeviationMotivation);

        RecordAdvice(complaint);

        Assert.Null(complaint.FollowsCommitteeAdvice);
        Assert.Throws<DomainException>(() => complaint.Judge(Handler, Now));
    }

    private static void GiveEveryVerdict(Complaint complaint)
    {
        foreach (var part in complaint.Parts)
        {
            complaint.GiveVerdict(part.Id, Verdict.Founded, true, "Niet teruggebeld.", Handler, Now);
        }
    }

    private static void PrepareJudgementExceptVerdicts(Complaint complaint)
    {
        HearComplainant(complaint);
        AssessStandard(complaint);
        complaint.AssessLawfulness(true, "Rechtmatig.", Handler, Now);
    }

    /// <summary>Investigating with a committee and everything else for a judgement in place.</summary>
    private static Complaint CommitteeComplaint()
    {
        var complaint = Investigating(Register(advisoryCommittee: true));
        PrepareJudgement(complaint);
        return complaint;
    }

    private static void RecordAdvice(Complaint complaint) =>
        complaint.RecordCommitteeAdvice("Niet teruggebeld.", "Gegrond verklaren.", "Terugbelverzoeken registreren.", ReceivedOn.AddDays(1), Handler, Now);
}
