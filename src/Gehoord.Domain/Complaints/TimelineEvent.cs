namespace Gehoord.Domain.Complaints;

public enum TimelineEventKind
{
    Registered,
    ResolvedOnTheSpot,
    HandlerAssigned,
    ExplorationStarted,
    RespondentAdded,
    PartAdded,
    UnitAdded,
    AcknowledgementSent,
    ComplainantUpdated,
    NoteAdded,
    AttachmentAdded,
    Escalated,
    CoreDescribed,
    ContactPreferenceChanged,
    ContactPlanned,
    ContactHeld,
    RespondentInformed,
    RespondentViewRecorded,
    ResolvingStarted,
    SolutionRecorded,
    SatisfactionChecked,
    LessonRecorded,
    HandledDespiteGround,
    InvestigationStarted,
    HearingInvited,
    HearingHeld,
    HearingDeclined,
    HearingWaived,
    InvolvedPersonAdded,
    StandardAssessed,
    LawfulnessAssessed,
    VerdictGiven,
    CommitteeAdviceRecorded,
    CommitteeAdviceDecided,
    Judged,
    ClosureStarted,
    Extended,
    AdvisoryCommitteeChosen,
    LetterSent,
    ConductArrangementAnnounced,
    ConductArrangementRevised,
    ConductArrangementReviewed,
    ConductArrangementEnded,
    Closed,
    Reopened,
    DeadlinesMoved,
    UrgencyChanged,
    EscalationDecided,
}

/// <summary>
/// One entry in the append-only case history: who did what, when, and why. Events are never
/// changed or removed; a correction is a new event.
/// </summary>
public sealed class TimelineEvent
{
    private TimelineEvent()
    {
        ActorId = string.Empty;
        ActorName = string.Empty;
        What = string.Empty;
    }

    internal TimelineEvent(Guid id, int sequence, DateTimeOffset at, Actor actor, TimelineEventKind kind, string what, string? why)
    {
        Id = id;
        Sequence = sequence;
        At = at;
        ActorId = actor.Id;
        ActorName = actor.Name;
        Kind = kind;
        What = what;
        Why = why;
    }

    public Guid Id { get; private set; }

    /// <summary>Position in the timeline (1, 2, …): the order is kept even when events share a moment.</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    public TimelineEventKind Kind { get; private set; }

    /// <summary>What happened, in Dutch, as staff will read it in the case file.</summary>
    public string What { get; private set; }

    /// <summary>The reason given, when the action asks for one (reassignment, a choice with discretion).</summary>
    public string? Why { get; private set; }
}
