using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;
using static Gehoord.Domain.Tests.TestDates;

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

        Assert.Throws<DomainException>(() => complaint.Reopen(Nl, reason, Handler, Now));
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

        complaint.Reopen(Nl, "De klager komt terug met nieuwe informatie.", Handler, Now.AddDays(30));

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
    public void A_reopened_complaint_gets_a_new_handling_term_from_the_day_of_reopening_and_can_run_late()
    {
        // Received Monday 2 March 2026, closed as resolved, reopened on Thursday 2 April 2026.
        var complaint = InStatus(ComplaintStatus.Resolving);
        complaint.CloseAsResolved(Handler, Now);
        complaint.Close(Handler, Now);
        var reopenedAt = new DateTimeOffset(2026, 4, 2, 9, 30, 0, TimeSpan.FromHours(2));

        complaint.Reopen(Nl, "Het probleem is terug.", Handler, reopenedAt);

        // Six weeks later is Thursday 14 May 2026, Ascension Day: the term ends on Friday 15 May.
        var handling = DeadlineOf(complaint, DeadlineKind.Handling);
        Assert.Equal(D("2026-05-15"), handling.DueOn);
        Assert.Null(handling.MetOn);
        Assert.Equal(D("2026-05-15"), complaint.NextDueOn);
        Assert.Equal(D("2026-04-02"), complaint.ReopenedOn);
        Assert.Contains("Nieuwe afhandeltermijn: 6 weken, tot 15-05-2026.", complaint.Timeline[^1].What, StringComparison.Ordinal);
        Assert.Equal(Gehoord.Domain.Deadlines.DeadlineSignal.Overdue, Gehoord.Domain.Deadlines.DeadlineSignals.For(complaint.NextDueOn, D("2026-05-18")));
    }

    [Fact]
    public void An_extension_after_reopening_counts_from_the_new_term()
    {
        var complaint = InStatus(ComplaintStatus.Resolving);
        complaint.CloseAsResolved(Handler, Now);
        complaint.Close(Handler, Now);
        complaint.Reopen(Nl, "Het probleem is terug.", Handler, new DateTimeOffset(2026, 4, 2, 9, 30, 0, TimeSpan.FromHours(2)));

        complaint.Extend(Nl, Gehoord.Domain.Deadlines.Term.Weeks(4), "De aannemer komt pas later.", null, Handler, new DateTimeOffset(2026, 4, 20, 9, 0, 0, TimeSpan.FromHours(2)));

        // Six weeks from 2 April is 14 May; four more weeks is 11 June 2026.
        Assert.Equal(D("2026-06-11"), DeadlineOf(complaint, DeadlineKind.Handling).DueOn);
    }

    [Fact]
    public void A_reopened_complaint_is_closed_again_after_a_new_controlevraag()
    {
        var complaint = InStatus(ComplaintStatus.Resolving);
        complaint.CloseAsResolved(Handler, Now);
        complaint.Close(Handler, Now);
        complaint.Reopen(Nl, "Het probleem is terug.", Handler, Now.AddDays(20));
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

        complaint.Reopen(Nl, "Toch niet opgelost.", Employee, Now);

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
