using Gehoord.Domain.Complaints;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>
/// The checklist the case page shows (<see cref="Complaint.RequirementsFor"/>) and the refusal a
/// step throws are the same list: each requirement, missing on its own, refuses the step and
/// is named; once met, the step is taken.
/// </summary>
public sealed class RequirementTests
{
    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["explore without handler"] = new(HandlingStep.StartExploration, "Er is een behandelaar", () => Register(), c => Assigned(c)),
        ["explore a reopened signal"] = new(HandlingStep.StartExploration, "Het is een klacht, geen signaal", ReopenedSignal, null),
        ["resolve without core"] = new(HandlingStep.StartResolving, "De kern van de klacht en wat de klager wil, zijn beschreven", ExploringWithoutCore, DescribeCore),
        ["investigate without core"] = new(HandlingStep.StartInvestigation, "De kern van de klacht en wat de klager wil, zijn beschreven", () => WithPart(ExploringWithoutCore()), DescribeCore),
        ["investigate without part"] = new(HandlingStep.StartInvestigation, "Er is minstens één klachtonderdeel", () => Exploring(), c => WithPart(c)),
        ["judge without verdict"] = new(HandlingStep.Judge, "Elk klachtonderdeel heeft een oordeel met motivering", () => Judging(verdicts: false), GiveVerdicts),
        ["judge a part added later"] = new(HandlingStep.Judge, "Elk klachtonderdeel heeft een oordeel met motivering", () => WithPart(Judging()), GiveVerdicts),
        ["judge without hearing"] = new(HandlingStep.Judge, "De klager is gehoord, of niet gehoord om een reden uit de wet", () => Judging(heard: false), c => HearComplainant(c)),
        ["judge with invitation only"] = new(HandlingStep.Judge, "De klager is gehoord, of niet gehoord om een reden uit de wet", InvitedNotHeard, WaiveHearing),
        ["judge without respondent hearing"] = new(HandlingStep.Judge, "Elke beklaagde kreeg de kans om gehoord te worden", RespondentInvitedOnly, DeclineAllHearings),
        ["judge with one of two respondents heard"] = new(HandlingStep.Judge, "Elke beklaagde kreeg de kans om gehoord te worden", TwoRespondentsOneHeard, HearSecondRespondent),
        ["judge without copy to the respondent"] = new(HandlingStep.Judge, "Elke beklaagde heeft een kopie van de klacht gekregen", RespondentNotInformed, InformRespondents),
        ["judge without standard"] = new(HandlingStep.Judge, "De gedraging is getoetst aan de normen voor behoorlijk gedrag", () => Judging(standard: false), AssessStandard),
        ["judge without lawfulness"] = new(HandlingStep.Judge, "De rechtmatigheid is beoordeeld", () => Judging(lawful: false), AssessLawfulness),
        ["judge without committee advice"] = new(HandlingStep.Judge, "Het advies van de klachtadviescommissie is ontvangen", () => Judging(committee: true), c =>
        {
            RecordCommitteeAdvice(c);
            c.DecideOnCommitteeAdvice(true, null, Handler, Now);
        }),
        ["judge without decision on advice"] = new(HandlingStep.Judge, "Er is besloten over het advies van de commissie", () => RecordCommitteeAdvice(Judging(committee: true)), c => c.DecideOnCommitteeAdvice(true, null, Handler, Now)),
        ["close as resolved without solution"] = new(HandlingStep.CloseAsResolved, "De oplossing is vastgelegd", () => WithLesson(Resolving()), c =>
        {
            RecordSolution(c);
            CheckSatisfaction(c, true, true);
        }),
        ["close as resolved unsatisfied"] = new(HandlingStep.CloseAsResolved, "Controlevraag: de klager is tevreden", () => Resolved(satisfied: false, covered: true), c => CheckSatisfaction(c, true, true)),
        ["close as resolved not covered"] = new(HandlingStep.CloseAsResolved, "Controlevraag: alles is besproken", () => Resolved(satisfied: true, covered: false), c => CheckSatisfaction(c, true, true)),
        ["close as resolved without lesson"] = new(HandlingStep.CloseAsResolved, "De les uit deze klacht is vastgelegd", () => Resolved(true, true, lesson: false), RecordLesson),
        ["close after investigation without lesson"] = new(HandlingStep.CloseAfterInvestigation, "De les uit deze klacht is vastgelegd", JudgedWithoutLesson, RecordLesson),
        ["not handle without handler"] = new(HandlingStep.NotHandle, "Er is een behandelaar", () => WithContact(Register()), c => Assigned(c)),
        ["not handle without contact"] = new(HandlingStep.NotHandle, "Er is persoonlijk contact geweest met de klager", () => Assigned(), c => PersonalContact(c)),
        ["not handle after a letter only"] = new(HandlingStep.NotHandle, "Er is persoonlijk contact geweest met de klager", () => WithContact(Assigned(), ContactForm.Letter), c => PersonalContact(c, ContactForm.Meeting)),
        ["forward without handler"] = new(HandlingStep.Forward, "Er is een behandelaar", () => Register(), c => Assigned(c)),
        ["close with unsent letter"] = new(HandlingStep.Close, "Alle verplichte brieven zijn verstuurd", ClosingWithUnsentLetter, c => SendRequiredLetters(c)),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_missing_requirement_refuses_the_step_and_the_refusal_names_the_open_checklist_items(string name)
    {
        var (step, requirement, build, _) = Cases[name];
        var complaint = build();
        var status = complaint.Status;
        var events = complaint.Timeline.Count;
        Assert.Contains(step, complaint.AvailableSteps);
        var open = complaint.RequirementsFor(step).Where(r => !r.Met).Select(r => r.Text).ToList();
        Assert.Contains(requirement, open);

        var ex = Assert.Throws<DomainException>(() => Perform(complaint, step));

        Assert.Contains(requirement.ToLowerInvariant(), ex.Message, StringComparison.Ordinal);
        Assert.Equal($"'{HandlingFacts.DutchName(step)}' kan nog niet. Nog nodig: {string.Join("; ", open).ToLowerInvariant()}.", ex.Message);
        Assert.Equal(status, complaint.Status);
        Assert.Equal(events, complaint.Timeline.Count);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Once_the_requirement_is_met_the_checklist_is_complete_and_the_step_is_taken(string name)
    {
        var (step, requirement, build, meet) = Cases[name];
        var complaint = build();
        var status = complaint.Status;
        if (meet is null)
        {
            // A signal stays a signal: this requirement cannot be met, and the checklist keeps saying so.
            Assert.Contains(complaint.RequirementsFor(step), r => r.Text == requirement && !r.Met);
            return;
        }

        meet(complaint);

        Assert.All(complaint.RequirementsFor(step), r => Assert.True(r.Met, r.Text));
        Perform(complaint, step);
        Assert.NotEqual(status, complaint.Status);
    }

    [Fact]
    public void Several_missing_requirements_are_all_named_in_checklist_order()
    {
        var complaint = Judging(verdicts: false, heard: false, standard: false, lawful: false);

        var ex = Assert.Throws<DomainException>(() => complaint.Judge(Handler, Now));

        Assert.Equal(
            "'" + HandlingFacts.DutchName(HandlingStep.Judge) + "' kan nog niet. Nog nodig: elk klachtonderdeel heeft een oordeel met motivering; "
                + "de klager is gehoord, of niet gehoord om een reden uit de wet; de gedraging is getoetst aan de normen voor behoorlijk gedrag; de rechtmatigheid is beoordeeld.",
            ex.Message);
    }

    [Fact]
    public void Steps_without_conditions_have_an_empty_checklist()
    {
        var complaint = Register();

        Assert.Empty(complaint.RequirementsFor(HandlingStep.Withdraw));
        Assert.Empty(complaint.RequirementsFor(HandlingStep.Reopen));
    }

    [Fact]
    public void The_committee_requirements_only_apply_to_a_committee_complaint()
    {
        var plain = Judging();
        var committee = Judging(committee: true);

        Assert.Equal(6, plain.RequirementsFor(HandlingStep.Judge).Count);
        Assert.Equal(8, committee.RequirementsFor(HandlingStep.Judge).Count);
    }

    private static Complaint ReopenedSignal()
    {
        var signal = Register(Channel.Survey, kind: ComplaintKind.Signal);
        signal.ResolveOnTheSpot("Lange wachttijd genoemd in de enquête.", "Doorgegeven aan de teamleider.", Employee, Now);
        signal.Reopen(Nl, "Er komt een tweede reactie binnen.", Employee, Now);
        return Assigned(signal);
    }

    private static Complaint ExploringWithoutCore()
    {
        var complaint = Assigned();
        complaint.StartExploration(Handler, Now);
        return complaint;
    }

    private static void DescribeCore(Complaint complaint) =>
        complaint.DescribeCore("Niet teruggebeld.", "Een excuus.", Handler, Now);

    private static Complaint WithContact(Complaint complaint, ContactForm form = ContactForm.Phone)
    {
        PersonalContact(complaint, form);
        return complaint;
    }

    private static Complaint WithLesson(Complaint complaint)
    {
        RecordLesson(complaint);
        return complaint;
    }

    /// <summary>Investigating with everything for a judgement except what is switched off.</summary>
    private static Complaint Judging(bool verdicts = true, bool heard = true, bool standard = true, bool lawful = true, bool committee = false)
    {
        var complaint = Investigating(Register(advisoryCommittee: committee));
        if (verdicts)
        {
            GiveVerdicts(complaint);
        }

        if (heard)
        {
            HearComplainant(complaint);
        }

        if (standard)
        {
            AssessStandard(complaint);
        }

        if (lawful)
        {
            AssessLawfulness(complaint);
        }

        return complaint;
    }

    private static void GiveVerdicts(Complaint complaint)
    {
        foreach (var part in complaint.Parts.Where(p => p.Verdict is null))
        {
            complaint.GiveVerdict(part.Id, Verdict.NoJudgement, false, "Niet meer vast te stellen wat er is gezegd.", Handler, Now);
        }
    }

    private static void AssessLawfulness(Complaint complaint) =>
        complaint.AssessLawfulness(false, "De wettelijke termijn is overschreden.", Handler, Now);

    private static Complaint InvitedNotHeard()
    {
        var complaint = Judging(heard: false);
        complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Complainant, null, HearingForm.InPerson, ReceivedOn.AddDays(1), ReceivedOn.AddDays(10), Handler, Now);
        return complaint;
    }

    private static void WaiveHearing(Complaint complaint) =>
        complaint.WaiveComplainantHearing(HearingWaiverReason.NoResponseInTime, "Geen reactie op twee uitnodigingen.", Handler, Now);

    private static Complaint RespondentInvitedOnly()
    {
        var complaint = Register();
        complaint.AddRespondent(Guid.NewGuid(), "Baliemedewerker P.", "u-counter", null, Coordinator, Now);
        complaint = Investigating(complaint);
        GiveVerdicts(complaint);
        HearComplainant(complaint);
        AssessStandard(complaint);
        AssessLawfulness(complaint);
        complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Respondent, null, HearingForm.InPerson, ReceivedOn.AddDays(1), null, Handler, Now);
        InformRespondents(complaint);
        return complaint;
    }

    /// <summary>Everything for a judgement is there except the respondent's copy of the complaint.</summary>
    private static Complaint RespondentNotInformed()
    {
        var complaint = Register();
        complaint.AddRespondent(Guid.NewGuid(), "Baliemedewerker P.", "u-counter", null, Coordinator, Now);
        complaint = Investigating(complaint);
        GiveVerdicts(complaint);
        HearComplainant(complaint);
        AssessStandard(complaint);
        AssessLawfulness(complaint);
        var hearing = complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Respondent, null, HearingForm.InPerson, ReceivedOn.AddDays(1), null, Handler, Now);
        complaint.RecordHearingDeclined(hearing.Id, Handler, Now);
        return complaint;
    }

    /// <summary>Two respondents: each is offered their own hearing (Awb 9:10), and only the first had it.</summary>
    private static Complaint TwoRespondentsOneHeard()
    {
        var complaint = Register();
        complaint.AddRespondent(Guid.NewGuid(), "Baliemedewerker P.", "u-counter", null, Coordinator, Now);
        complaint.AddRespondent(Guid.NewGuid(), "Teamleider Q.", null, null, Coordinator, Now);
        complaint = Investigating(complaint);
        GiveVerdicts(complaint);
        HearComplainant(complaint);
        AssessStandard(complaint);
        AssessLawfulness(complaint);
        InformRespondents(complaint);
        var hearing = complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Respondent, complaint.Respondents[0].Id, HearingForm.InPerson, ReceivedOn.AddDays(1), null, Handler, Now);
        complaint.RecordHearingHeld(hearing.Id, ReceivedOn.AddDays(1), "De baliemedewerker geeft het toe.", Handler, Now);
        return complaint;
    }

    private static void HearSecondRespondent(Complaint complaint)
    {
        var hearing = complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Respondent, complaint.Respondents[1].Id, HearingForm.Phone, ReceivedOn.AddDays(1), null, Handler, Now);
        complaint.RecordHearingHeld(hearing.Id, ReceivedOn.AddDays(1), "De teamleider bevestigt het.", Handler, Now);
    }

    private static void InformRespondents(Complaint complaint)
    {
        foreach (var respondent in complaint.Respondents.Where(r => r.InformedOn is null))
        {
            complaint.InformRespondent(respondent.Id, ReceivedOn.AddDays(1), Handler, Now);
        }
    }

    private static void DeclineAllHearings(Complaint complaint)
    {
        foreach (var hearing in complaint.Hearings.Where(h => h.HeldOn is null))
        {
            complaint.RecordHearingDeclined(hearing.Id, Handler, Now);
        }
    }

    private static Complaint RecordCommitteeAdvice(Complaint complaint)
    {
        complaint.RecordCommitteeAdvice("De terugbelafspraak is niet nagekomen.", "Gegrond verklaren.", null, ReceivedOn.AddDays(1), Handler, Now);
        return complaint;
    }

    private static void CheckSatisfaction(Complaint complaint, bool satisfied, bool covered) =>
        complaint.RecordSatisfactionCheck(satisfied, covered, null, ReceivedOn.AddDays(1), Handler, Now);

    private static Complaint Resolved(bool satisfied, bool covered, bool lesson = true)
    {
        var complaint = Resolving();
        RecordSolution(complaint);
        CheckSatisfaction(complaint, satisfied, covered);
        return lesson ? WithLesson(complaint) : complaint;
    }

    private static Complaint JudgedWithoutLesson()
    {
        var complaint = WithPart(Exploring());
        complaint.StartInvestigation("De klager wil een oordeel.", Handler, Now);
        PrepareJudgement(complaint);
        complaint.Judge(Handler, Now);
        return complaint;
    }

    private static Complaint ClosingWithUnsentLetter()
    {
        var complaint = InStatus(ComplaintStatus.Judged);
        complaint.CloseAfterInvestigation(Referral, Handler, Now);
        return complaint;
    }

    private sealed record Case(HandlingStep Step, string Requirement, Func<Complaint> Build, Action<Complaint>? Meet);
}
