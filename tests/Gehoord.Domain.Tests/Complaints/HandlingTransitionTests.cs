using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>
/// Every stage against every step: a step is taken exactly when the lifecycle allows it, and a
/// refused step leaves the stage and the timeline as they were.
/// </summary>
public sealed class HandlingTransitionTests
{
    /// <summary>
    /// The lifecycle of docs/architecture.md: Received → Exploring → Resolving → Closing → Closed → Exploring;
    /// Exploring/Resolving → Investigating → Judged → Closing; not handled, forwarded and withdrawn
    /// go to Closing. Written out here, apart from the code, so a change to either shows.
    /// </summary>
    private static readonly Dictionary<ComplaintStatus, HandlingStep[]> Lifecycle = new()
    {
        [ComplaintStatus.Received] = [HandlingStep.StartExploration, HandlingStep.NotHandle, HandlingStep.Forward, HandlingStep.Withdraw],
        [ComplaintStatus.Exploring] = [HandlingStep.StartResolving, HandlingStep.StartInvestigation, HandlingStep.NotHandle, HandlingStep.Forward, HandlingStep.Withdraw],

        // While resolving, the complaint is already taken on here: no forwarding any more.
        [ComplaintStatus.Resolving] = [HandlingStep.CloseAsResolved, HandlingStep.StartInvestigation, HandlingStep.NotHandle, HandlingStep.Withdraw],

        // The complainant may withdraw during an investigation, not after the judgement.
        [ComplaintStatus.Investigating] = [HandlingStep.Judge, HandlingStep.Withdraw],
        [ComplaintStatus.Judged] = [HandlingStep.CloseAfterInvestigation],
        [ComplaintStatus.Closing] = [HandlingStep.Close],
        [ComplaintStatus.Closed] = [HandlingStep.Reopen],
        [ComplaintStatus.Reopened] = [HandlingStep.StartExploration],
    };

    private static readonly Dictionary<HandlingStep, (ComplaintStatus Status, ComplaintOutcome Outcome)> Results = new()
    {
        [HandlingStep.StartExploration] = (ComplaintStatus.Exploring, ComplaintOutcome.None),
        [HandlingStep.StartResolving] = (ComplaintStatus.Resolving, ComplaintOutcome.None),
        [HandlingStep.StartInvestigation] = (ComplaintStatus.Investigating, ComplaintOutcome.None),
        [HandlingStep.Judge] = (ComplaintStatus.Judged, ComplaintOutcome.None),
        [HandlingStep.CloseAsResolved] = (ComplaintStatus.Closing, ComplaintOutcome.Resolved),
        [HandlingStep.CloseAfterInvestigation] = (ComplaintStatus.Closing, ComplaintOutcome.Judged),
        [HandlingStep.NotHandle] = (ComplaintStatus.Closing, ComplaintOutcome.NotHandled),
        [HandlingStep.Forward] = (ComplaintStatus.Closing, ComplaintOutcome.Forwarded),
        [HandlingStep.Withdraw] = (ComplaintStatus.Closing, ComplaintOutcome.Withdrawn),
        [HandlingStep.Close] = (ComplaintStatus.Closed, ComplaintOutcome.Judged),

        // The handler stays, so a reopened complaint goes straight back to exploring.
        [HandlingStep.Reopen] = (ComplaintStatus.Exploring, ComplaintOutcome.None),
    };

    public static TheoryData<ComplaintStatus> Statuses => [.. AllStatuses];

    public static TheoryData<ComplaintStatus, HandlingStep> EveryStatusAndStep()
    {
        var data = new TheoryData<ComplaintStatus, HandlingStep>();
        foreach (var status in AllStatuses)
        {
            foreach (var step in AllSteps)
            {
                data.Add(status, step);
            }
        }

        return data;
    }

    public static TheoryData<ComplaintStatus, HandlingStep> AllowedTransitions()
    {
        var data = new TheoryData<ComplaintStatus, HandlingStep>();
        foreach (var (status, steps) in Lifecycle)
        {
            foreach (var step in steps)
            {
                data.Add(status, step);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void The_builder_reaches_every_stage(ComplaintStatus status)
    {
        var complaint = InStatus(status);

        Assert.Equal(status, complaint.Status);
        Assert.NotNull(complaint.HandlerId);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Available_steps_follow_the_lifecycle(ComplaintStatus status)
    {
        var complaint = InStatus(status);

        Assert.Equal(Lifecycle[status].Order(), complaint.AvailableSteps.Order());
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndStep))]
    public void A_step_is_taken_exactly_when_the_stage_offers_it(ComplaintStatus status, HandlingStep step)
    {
        var complaint = InStatus(status);
        var events = complaint.Timeline.Count;
        var offered = complaint.AvailableSteps.Contains(step);
        Assert.Equal(Lifecycle[status].Contains(step), offered);

        if (offered)
        {
            Assert.All(complaint.RequirementsFor(step), r => Assert.True(r.Met, r.Text));
            Perform(complaint, step);

            Assert.Equal(Results[step].Status, complaint.Status);
            Assert.Equal(events + 1, complaint.Timeline.Count);
        }
        else
        {
            var outcome = complaint.Outcome;
            var ex = Assert.Throws<DomainException>(() => Perform(complaint, step));

            Assert.Contains($"kan niet in de fase '{StatusFacts.DutchName(status)}'", ex.Message, StringComparison.Ordinal);
            Assert.Equal(status, complaint.Status);
            Assert.Equal(outcome, complaint.Outcome);
            Assert.Equal(events, complaint.Timeline.Count);
        }
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void An_allowed_step_sets_the_outcome_and_appends_the_next_numbered_event(ComplaintStatus status, HandlingStep step)
    {
        var complaint = InStatus(status);
        var before = complaint.Timeline.ToList();
        var at = Now.AddHours(1);

        Perform(complaint, step, at);

        Assert.Equal(Results[step].Outcome, complaint.Outcome);
        Assert.Equal(before, complaint.Timeline.Take(before.Count));
        var added = complaint.Timeline[^1];
        Assert.Equal(before.Count + 1, added.Sequence);
        Assert.Equal(at, added.At);
        Assert.Equal(Handler.Name, added.ActorName);
    }

    [Fact]
    public void A_signal_offers_no_handling_step()
    {
        var signal = Register(Channel.Survey, kind: ComplaintKind.Signal);
        Assigned(signal);

        Assert.Empty(signal.AvailableSteps);
        foreach (var step in AllSteps)
        {
            Assert.Throws<DomainException>(() => Perform(signal, step));
        }

        Assert.Equal(ComplaintStatus.Received, signal.Status);
    }

    [Fact]
    public void The_whole_lifecycle_numbers_its_events_one_to_n_in_order()
    {
        var complaint = Register();
        var at = Now;
        DateTimeOffset Next() => at = at.AddMinutes(10);

        complaint.AssignHandler(Handler, Coordinator, Next());
        complaint.RecordAcknowledgement("e-mail", Actor.System, Next());
        PersonalContact(complaint, at: Next());
        complaint.StartExploration(Handler, Next());
        complaint.DescribeCore("Niet teruggebeld.", "Excuses.", Handler, Next());
        complaint.AddPart(Guid.NewGuid(), "Niet teruggebeld", Handler, Next());
        complaint.StartResolving(Handler, Next());
        complaint.StartInvestigation("Geen oplossing gevonden.", Handler, Next());
        complaint.GiveVerdict(complaint.Parts[0].Id, Verdict.PartlyFounded, true, "Wel gebeld, maar te laat.", Handler, Next());
        complaint.WaiveComplainantHearing(HearingWaiverReason.ComplainantDeclined, "De klager wil niet gehoord worden.", Handler, Next());
        complaint.AssessStandard(JurisdictionProfile.NlAwb.StandardFor(14), false, null, Handler, Next());
        complaint.AssessLawfulness(true, "Geen regel geschonden.", Handler, Next());
        complaint.Judge(Handler, Next());
        complaint.RecordLesson("Terugbellen binnen een dag.", LessonLevel.Case, null, null, Handler, Next());
        complaint.CloseAfterInvestigation(Referral, Handler, Next());
        SendRequiredLetters(complaint, Next());
        complaint.Close(Handler, Next());
        complaint.Reopen(Nl, "De klager komt terug.", Handler, Next());

        Assert.Equal(Enumerable.Range(1, complaint.Timeline.Count), complaint.Timeline.Select(e => e.Sequence));
        Assert.Equal(complaint.Timeline.OrderBy(e => e.At).ThenBy(e => e.Sequence), complaint.Timeline);
        Assert.Equal(complaint.Timeline.Count, complaint.Timeline.Select(e => e.Id).Distinct().Count());
        Assert.Equal(
            [TimelineEventKind.Registered, TimelineEventKind.HandlerAssigned, TimelineEventKind.AcknowledgementSent, TimelineEventKind.ContactHeld],
            complaint.Timeline.Take(4).Select(e => e.Kind));
        Assert.Equal(TimelineEventKind.Reopened, complaint.Timeline[^1].Kind);
        Assert.Equal("De klager komt terug.", complaint.Timeline[^1].Why);
    }
}
