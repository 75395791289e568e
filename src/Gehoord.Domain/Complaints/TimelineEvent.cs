using Gehoord.Domain.Records;

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
    ConfidentialityChanged,
    LegalHoldPlaced,
    LegalHoldLifted,
    Anonymised,
    ErasureRefused,
}

/// <summary>
/// One entry in the append-only case history: who did what, when, and why. Events are never
/// changed or removed; a correction is a new event. Each is sealed with a hash that links it to
/// the one before (<see cref="RecordChain"/>, ADR 20), so a change afterwards shows.
/// </summary>
public sealed class TimelineEvent
{
    private TimelineEvent()
    {
        ActorId = string.Empty;
        ActorName = string.Empty;
        What = string.Empty;
    }

    internal TimelineEvent(Guid id, int sequence, DateTimeOffset at, Actor actor, TimelineEventKind kind, string what, string? why, Guid complaintId, string previousHash)
    {
        Id = id;
        Sequence = sequence;
        At = RecordChain.Truncate(at);
        ActorId = actor.Id;
        ActorName = actor.Name;
        Kind = kind;
        What = what;
        Why = why;
        Seal(complaintId, previousHash);
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

    /// <summary>SHA-256 of the previous event's hash and this event's content; null only for an event from before ADR 20 not yet sealed.</summary>
    public string? Hash { get; private set; }

    /// <summary>Every field, complaint included, as the chain hashes it.</summary>
    public string Content(Guid complaintId) => new CanonicalContent()
        .Add("complaint", complaintId)
        .Add("sequence", Sequence)
        .Add("at", At)
        .Add("actor-id", ActorId)
        .Add("actor-name", ActorName)
        .Add("kind", Kind.ToString())
        .Add("what", What)
        .Add("why", Why)
        .ToString();

    public ChainEntry Entry(Guid complaintId) => new(Sequence, Content(complaintId), Hash);

    /// <summary>Seals the event after <paramref name="previousHash"/>; returns its hash, for the next.</summary>
    internal string Seal(Guid complaintId, string previousHash) => Hash = RecordChain.Link(previousHash, Content(complaintId));
}
