using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>A closed complaint is read-only until it is reopened; the door stays open.</summary>
public sealed class ClosureTests
{
    private static readonly Dictionary<string, Action<Complaint>> Changes = new()
    {
        ["AddPart"] = c => c.AddPart(Guid.NewGuid(), "Nog iets", Handler, Now),
        ["DescribeCore"] = c => c.DescribeCore("Kern.", "Excuses.", Handler, Now),
        ["RecordLesson"] = RecordLesson,
        ["AddRespondent"] = c => c.AddRespondent(Guid.NewGuid(), "Piet Balie", null, null, Handler, Now),
        ["AddUnit"] = c => c.AddUnit(Guid.NewGuid(), "Burgerzaken", Handler, Now),
        ["AddAttachment"] = c => c.AddAttachment(Guid.NewGuid(), "foto.jpg", "image/jpeg", 1024, Handler, Now),
        ["AssignHandler"] = c => c.AssignHandler(Actor.Staff("u-other", "Olga Anders"), Coordinator, Now, "Verlof."),
        ["Escalate"] = c => c.Escalate(Coordinator, "Vergoeding boven mandaat.", Handler, Now),
        ["SetWrittenContactPreference"] = c => c.SetWrittenContactPreference(true, Handler, Now),
        ["PlanContact"] = c => c.PlanContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Phone, Now.AddDays(1), Handler, Now),
        ["RecordContact"] = c => PersonalContact(c),
        ["RecordSolution"] = c => RecordSolution(c),
        ["HandleDespiteGround"] = c => c.HandleDespiteGround(JurisdictionProfile.NlAwb, "9:8-1b", "Toch.", Handler, Now),
        ["Extend"] = c => c.Extend(JurisdictionProfile.NlAwb, Term.Weeks(1), "Uitstel.", null, Handler, Now),
        ["ChooseAdvisoryCommittee"] = c => c.ChooseAdvisoryCommittee(JurisdictionProfile.NlAwb, Handler, Now),
        ["GiveVerdict"] = c => c.GiveVerdict(c.Parts[0].Id, Verdict.Founded, true, "Anders.", Handler, Now),
        ["AssessLawfulness"] = c => c.AssessLawfulness(false, "Toch niet.", Handler, Now),
        ["WaiveComplainantHearing"] = c => c.WaiveComplainantHearing(HearingWaiverReason.ComplainantDeclined, "Wil niet.", Handler, Now),
        ["RecordAcknowledgement"] = c => c.RecordAcknowledgement("e-mail", Actor.System, Now),
        ["ResolveOnTheSpot"] = c => c.ResolveOnTheSpot("Ongenoegen.", "Gedaan.", Employee, Now),
        ["Take"] = c => c.Take(Actor.Staff("u-other", "Olga Anders"), Now),
    };

    public static TheoryData<string> ChangeNames => [.. Changes.Keys];

    [Theory]
    [MemberData(nameof(ChangeNames))]
    public void A_closed_complaint_refuses_every_change(string change)
    {
        var complaint = InStatus(ComplaintStatus.Closed);
        var events = complaint.Timeline.Count;

        Assert.Throws<DomainException>(() => Changes[change](complaint));

        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Equal(events, complaint.Timeline.Count);
    }

    [Fact]
    public void Closing_meets_every_term_and_empties_the_inbox_date()
    {
        var complaint = InStatus(ComplaintStatus.Closed);

        Assert.NotNull(complaint.ClosedAt);
        Assert.All(complaint.Deadlines, d => Assert.NotNull(d.MetOn));
        Assert.Null(complaint.NextDueOn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Reopening_needs_a_reason(string reason)
    {
        var complaint = InStatus(ComplaintStatus.Closed);

        Assert.Throws<DomainException>(() => complaint.Reopen(reason, Handler, Now));
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
    }

    [Theory]
    [InlineData(HandlingStep.NotHandle)]
    [InlineData(HandlingStep.Forward)]
    [InlineData(HandlingStep.Withdraw)]
    [InlineData(HandlingStep.CloseAsResolved)]
    public void Reopening_goes_back_to_exploring_and_forgets_how_it_ended(HandlingStep closure)
    {
        var complaint = InStatus(closure == HandlingStep.CloseAsResolved ? ComplaintStatus.Resolving : ComplaintStatus.Exploring);
        Perform(complaint, closure);
        SendRequiredLetters(complaint);
        complaint.Close(Handler, Now);

        complaint.Reopen("De klager komt terug met nieuwe informatie.", Handler, Now.AddDays(30));

        Assert.Equal((ComplaintStatus.Exploring, ComplaintOutcome.None, LadderStep.Internal), (complaint.Status, complaint.Outcome, complaint.LadderStep));
        Assert.Null(complaint.ClosedAt);
        Assert.Null(complaint.NotHandledGroundCode);
        Assert.Null(complaint.NotHandledMotivation);
        Assert.Null(complaint.ForwardedTo);
        Assert.Null(complaint.WithdrawalReason);
        Assert.Null(complaint.SatisfactionCheckedOn);
        Assert.Null(complaint.ComplainantSatisfied);
        Assert.Null(complaint.EverythingCovered);
        Assert.Equal(Handler.Id, complaint.HandlerId);
        Assert.Equal(TimelineEventKind.Reopened, complaint.Timeline[^1].Kind);
    }

    [Fact]
    public void A_reopened_complaint_is_closed_again_after_a_new_controlevraag()
    {
        var complaint = InStatus(ComplaintStatus.Resolving);
        complaint.CloseAsResolved(Handler, Now);
        complaint.Close(Handler, Now);
        complaint.Reopen("Het probleem is terug.", Handler, Now.AddDays(20));
        complaint.StartResolving(Handler, Now.AddDays(20));

        var ex = Assert.Throws<DomainException>(() => complaint.CloseAsResolved(Handler, Now.AddDays(21)));
        Assert.Contains("controlevraag: de klager is tevreden", ex.Message, StringComparison.Ordinal);

        complaint.RecordSatisfactionCheck(true, true, "Nu echt opgelost.", ReceivedOn.AddDays(21), Handler, Now.AddDays(21));
        complaint.CloseAsResolved(Handler, Now.AddDays(21));
        complaint.Close(Handler, Now.AddDays(21));

        Assert.Equal((ComplaintStatus.Closed, ComplaintOutcome.Resolved), (complaint.Status, complaint.Outcome));
        Assert.Equal(2, complaint.Timeline.Count(e => e.Kind == TimelineEventKind.Closed));
    }

    [Fact]
    public void A_complaint_resolved_on_the_spot_reopens_without_handler_and_needs_one_to_explore()
    {
        var complaint = Register(Channel.Counter);
        complaint.ResolveOnTheSpot("Lang gewacht.", "Direct geholpen.", Employee, Now);

        complaint.Reopen("Toch niet opgelost.", Employee, Now);

        Assert.Equal((ComplaintStatus.Reopened, LadderStep.Internal), (complaint.Status, complaint.LadderStep));
        Assert.Throws<DomainException>(() => complaint.StartExploration(Handler, Now));
        Assigned(complaint).StartExploration(Handler, Now);
        Assert.Equal(ComplaintStatus.Exploring, complaint.Status);
    }

    [Fact]
    public void During_closure_the_content_is_fixed_but_letters_can_still_be_sent()
    {
        var complaint = InStatus(ComplaintStatus.Judged);
        complaint.CloseAfterInvestigation(Referral, Handler, Now);

        Assert.Throws<DomainException>(() => complaint.Escalate(Coordinator, "Nog even.", Handler, Now));
        Assert.Throws<DomainException>(() => PersonalContact(complaint));
        Assert.Throws<DomainException>(() => complaint.DescribeCore("Kern.", "Wens.", Handler, Now));
        Assert.Equal(Referral.Ombudsman, complaint.OmbudsmanName);
        var letter = Assert.Single(complaint.LetterTasks, t => t.Required);
        Assert.Equal(LetterKind.ClosingAfterInvestigation, letter.Kind);

        SendLetter(complaint, letter);

        Assert.NotNull(DeadlineOf(complaint, DeadlineKind.Handling).MetOn);
    }
}
