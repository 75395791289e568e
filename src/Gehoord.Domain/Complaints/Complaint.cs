using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Records;

namespace Gehoord.Domain.Complaints;

/// <summary>
/// An expression of dissatisfaction and everything the organisation does with it. State only
/// changes through the transition methods below; each checks its preconditions, throws a
/// <see cref="DomainException"/> when the step is not allowed, and appends to the timeline.
/// </summary>
public sealed partial class Complaint
{
    private readonly List<Respondent> _respondents = [];
    private readonly List<ConcernedUnit> _units = [];
    private readonly List<ComplaintPart> _parts = [];
    private readonly List<ComplaintDeadline> _deadlines = [];
    private readonly List<TimelineEvent> _timeline = [];
    private readonly List<ComplaintAttachment> _attachments = [];

    private Complaint()
    {
        TrackingCode = string.Empty;
        Description = string.Empty;
        Complainant = Complainant.Anonymous;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public ReferenceNumber Reference => new(ReferenceYear, ReferenceSequence);

    /// <summary>Stored apart so the yearly sequence can be indexed and allocated per organisation.</summary>
    public int ReferenceYear { get; private set; }

    public int ReferenceSequence { get; private set; }

    public string TrackingCode { get; private set; }

    public Channel Channel { get; private set; }

    public ComplaintKind Kind { get; private set; }

    /// <summary>The date of receipt: terms count from this day, which may lie before registration.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>
    /// Who registered it: a staff account id, or <see cref="Actor.Citizen"/>'s id for the public
    /// form. An employee keeps sight of what they registered (ADR 10).
    /// </summary>
    public string? RegisteredById { get; private set; }

    public Complainant Complainant { get; private set; }

    /// <summary>The citizen's own words, kept as given.</summary>
    public string Description { get; private set; }

    /// <summary>
    /// The phrases of the story that signal dissatisfaction, found at intake on every channel
    /// (<see cref="Intake.HiddenComplaintMarks"/>); null when none were found.
    /// </summary>
    public string? DissatisfactionMarks { get; private set; }

    public IReadOnlyList<Intake.DissatisfactionSignal> MarkedPhrases => Intake.HiddenComplaintMarks.Decode(DissatisfactionMarks, Description);

    /// <summary>What the citizen would like to happen, as they said it at intake.</summary>
    public CitizenWishes Wishes { get; private set; }

    /// <summary>The citizen's own words when the wish is "something else".</summary>
    public string? WishOther { get; private set; }

    /// <summary>Language for letters and the status page: "nl" or "en".</summary>
    public string Language { get; private set; } = "nl";

    /// <summary>When the conduct took place, if known (relevant for the one-year ground of Awb 9:8).</summary>
    public DateOnly? ConductOn { get; private set; }

    /// <summary>Whether an advisory committee handles it (Awb 9:13-9:15), which sets a 10-week term.</summary>
    public bool AdvisoryCommittee { get; private set; }

    public LadderStep LadderStep { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public ComplaintOutcome Outcome { get; private set; }

    public string? HandlerId { get; private set; }

    public string? HandlerName { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The day the complaint was last reopened; its handling term counts from then (ADR 13).</summary>
    public DateOnly? ReopenedOn { get; private set; }

    /// <summary>Where the handling term starts: the date of receipt, or of reopening.</summary>
    private DateOnly HandlingTermStartsOn => ReopenedOn ?? ReceivedOn;

    /// <summary>
    /// The earliest deadline that is not yet met, stored so the inbox can sort and page on an index.
    /// Null when nothing is due (closed, or a signal).
    /// </summary>
    public DateOnly? NextDueOn { get; private set; }

    /// <summary>
    /// The handling deadline while it is not met, stored beside <see cref="NextDueOn"/> so the
    /// inbox shows the date the complainant was promised without reading the deadline rows.
    /// </summary>
    public DateOnly? HandlingDueOn { get; private set; }

    /// <summary>The short subject lists show (<see cref="ComplaintSubject"/>); kept up to date when the core is written.</summary>
    public string Subject { get; private set; } = string.Empty;

    public IReadOnlyList<Respondent> Respondents => _respondents;

    public IReadOnlyList<ConcernedUnit> Units => _units;

    public IReadOnlyList<ComplaintPart> Parts => _parts;

    public IReadOnlyList<ComplaintDeadline> Deadlines => _deadlines;

    public IReadOnlyList<TimelineEvent> Timeline => _timeline;

    public IReadOnlyList<ComplaintAttachment> Attachments => _attachments;

    public bool IsWritten => ChannelFacts.IsWritten(Channel);

    /// <summary>
    /// Registers a new complaint. The reference comes from the organisation's yearly sequence;
    /// the tracking code must be unguessable (see <see cref="Complaints.TrackingCode"/>).
    /// </summary>
    public static Complaint Register(
        Guid id,
        Guid organisationId,
        ReferenceNumber reference,
        string trackingCode,
        ComplaintRegistration registration,
        JurisdictionProfile profile,
        Actor registeredBy,
        DateTimeOffset registeredAt)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(profile);

        var description = registration.Description?.Trim();
        if (string.IsNullOrEmpty(description))
        {
            throw new DomainException("Beschrijf wat er is gebeurd. Dat is het enige wat nodig is om een klacht te registreren.");
        }

        var today = DateOnly.FromDateTime(registeredAt.DateTime);
        if (registration.ReceivedOn > today)
        {
            throw new DomainException("De datum van ontvangst kan niet in de toekomst liggen.");
        }

        if (registration.ConductOn > today)
        {
            throw new DomainException("De datum waarop het gebeurde kan niet in de toekomst liggen.");
        }

        if (reference.Year < 2000 || reference.Sequence < 1)
        {
            throw new DomainException("Het klachtnummer is ongeldig.");
        }

        var complainant = (registration.Complainant ?? Complainant.Anonymous).Normalised();
        complainant.EnsureFits();
        var kind = registration.Kind;

        // A written complaint from nobody at all (no name, no way to reach anyone) cannot get
        // the reply a complaint is owed; it is still registered, as a signal, so that the
        // organisation learns from it. A name without an address stays a complaint: staff are
        // told to ask for the missing details (DetailsToAsk), the complaint is not dropped.
        if (kind == ComplaintKind.Complaint && complainant.IsAnonymous && ChannelFacts.IsWritten(registration.Channel))
        {
            kind = ComplaintKind.Signal;
        }

        var complaint = new Complaint
        {
            Id = id,
            OrganisationId = organisationId,
            ReferenceYear = reference.Year,
            ReferenceSequence = reference.Sequence,
            TrackingCode = Complaints.TrackingCode.Normalise(trackingCode)
                ?? throw new DomainException("De volgcode is ongeldig."),
            Channel = registration.Channel,
            Kind = kind,
            ReceivedOn = registration.ReceivedOn,
            RegisteredAt = registeredAt,
            RegisteredById = registeredBy.Id,
            Complainant = complainant,
            Description = description,
            DissatisfactionMarks = Intake.HiddenComplaintMarks.Encode(Intake.HiddenComplaintRecogniser.Find(description)),
            Subject = ComplaintSubject.From(null, description),
            ConductOn = registration.ConductOn,
            AdvisoryCommittee = registration.AdvisoryCommittee,
            Wishes = registration.Wishes,
            WishOther = registration.Wishes.HasFlag(CitizenWishes.Other) ? Complainant.Clean(registration.WishOther) : null,
            Language = registration.Language == "en" ? "en" : "nl",
            LadderStep = LadderStep.Frontline,
            Status = ComplaintStatus.Received,
            Outcome = ComplaintOutcome.None,
        };

        if (kind == ComplaintKind.Complaint)
        {
            foreach (var deadline in profile.DeadlinesFor(registration.ReceivedOn, registration.AdvisoryCommittee))
            {
                // The acknowledgement is a duty for written complaints only (Awb 9:6, II.83).
                if (deadline.Kind == DeadlineKind.Acknowledgement && !complaint.IsWritten)
                {
                    continue;
                }

                complaint._deadlines.Add(new ComplaintDeadline(deadline.Kind, deadline.DueOn, deadline.Term.Describe()));
            }
        }

        complaint.RefreshNextDue();
        complaint.Record(
            registeredAt,
            registeredBy,
            TimelineEventKind.Registered,
            $"{(kind == ComplaintKind.Signal ? "Signaal" : "Klacht")} geregistreerd via {ChannelFacts.DutchName(registration.Channel).ToLowerInvariant()}, ontvangen op {registration.ReceivedOn:dd-MM-yyyy}.");
        return complaint;
    }

    /// <summary>
    /// Ladder tree 1: the employee who heard the dissatisfaction solved it there and then. The
    /// complaint is closed at the front line and still counts in every figure.
    /// </summary>
    public void ResolveOnTheSpot(string dissatisfaction, string whatWasDone, Actor by, DateTimeOffset at)
    {
        if (Status != ComplaintStatus.Received || HandlerId is not null)
        {
            throw new DomainException("Alleen een nieuwe klacht die nog niet is toegewezen, kan direct worden opgelost.");
        }

        if (string.IsNullOrWhiteSpace(dissatisfaction) || string.IsNullOrWhiteSpace(whatWasDone))
        {
            throw new DomainException("Schrijf op wat het ongenoegen was en wat u hebt gedaan.");
        }

        LadderStep = LadderStep.Frontline;
        Status = ComplaintStatus.Closed;
        Outcome = ComplaintOutcome.ResolvedOnTheSpot;
        ClosedAt = at;
        MeetAllDeadlines(at);
        Record(at, by, TimelineEventKind.ResolvedOnTheSpot, $"Direct opgelost. Ongenoegen: {dissatisfaction.Trim()} Gedaan: {whatWasDone.Trim()}");
    }

    /// <summary>
    /// Makes a staff member the handler. Never someone whose conduct the complaint is about
    /// (Awb 9:7, Bestuursdecreet II.86). A change of handler needs a reason. The refusal cites the
    /// article of the case's profile (<paramref name="words"/>; the Awb when none is given).
    /// </summary>
    public void AssignHandler(Actor handler, Actor by, DateTimeOffset at, string? reason = null, ProfileWords? words = null)
    {
        EnsureOpen();
        if (IsRespondent(handler.Id))
        {
            throw new DomainException($"{handler.Name} kan deze klacht niet behandelen: de klacht gaat over deze persoon{ProfileWords.Cite((words ?? ProfileWords.NlAwb).NotInvolvedHandler)}.");
        }

        if (HandlerId == handler.Id)
        {
            throw new DomainException($"{handler.Name} behandelt deze klacht al.");
        }

        EnsureMayOpen(handler);

        var isReassignment = HandlerId is not null;
        if (isReassignment && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Geef een reden waarom de klacht naar een andere behandelaar gaat.");
        }

        var previous = HandlerName;
        HandlerId = handler.Id;
        HandlerName = handler.Name;
        Record(
            at,
            by,
            TimelineEventKind.HandlerAssigned,
            isReassignment ? $"Behandelaar gewijzigd van {previous} naar {handler.Name}." : $"{handler.Name} is behandelaar.",
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
    }

    /// <summary>Rule of thumb 2: the handler starts exploring what the complaint is really about.</summary>
    public void StartExploration(Actor by, DateTimeOffset at)
    {
        EnsureStep(HandlingStep.StartExploration);
        Status = ComplaintStatus.Exploring;
        LadderStep = LadderStep.Internal;
        Record(at, by, TimelineEventKind.ExplorationStarted, "Het probleem wordt verkend.");
    }

    public Respondent AddRespondent(Guid id, string name, string? staffUserId, Guid? unitId, Actor by, DateTimeOffset at, ProfileWords? words = null)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Geef de naam van de persoon of afdeling over wie de klacht gaat.");
        }

        if (staffUserId is not null && staffUserId == HandlerId)
        {
            throw new DomainException($"{name.Trim()} behandelt deze klacht en kan daarom niet ook beklaagde zijn{ProfileWords.Cite((words ?? ProfileWords.NlAwb).NotInvolvedHandler)}. Wijs eerst een andere behandelaar toe.");
        }

        if (staffUserId is not null && IsRespondent(staffUserId))
        {
            throw new DomainException($"{name.Trim()} staat al bij de beklaagden.");
        }

        var respondent = new Respondent(id, name.Trim(), staffUserId, unitId);
        _respondents.Add(respondent);
        Record(at, by, TimelineEventKind.RespondentAdded, $"Beklaagde toegevoegd: {respondent.Name}.");
        return respondent;
    }

    public void AddUnit(Guid unitId, string unitName, Actor by, DateTimeOffset at)
    {
        EnsureOpen();
        if (_units.Any(u => u.UnitId == unitId))
        {
            return;
        }

        _units.Add(new ConcernedUnit(unitId));
        Record(at, by, TimelineEventKind.UnitAdded, $"Afdeling toegevoegd: {unitName}.");
    }

    public ComplaintPart AddPart(Guid id, string description, Actor by, DateTimeOffset at)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException("Beschrijf het klachtonderdeel.");
        }

        var part = new ComplaintPart(id, _parts.Count + 1, description.Trim());
        _parts.Add(part);
        Record(at, by, TimelineEventKind.PartAdded, $"Klachtonderdeel {part.Number}: {part.Description}");
        return part;
    }

    /// <summary>Records that the acknowledgement of receipt went out (Awb 9:6, II.83).</summary>
    public void RecordAcknowledgement(string via, Actor by, DateTimeOffset at)
    {
        var deadline = _deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Acknowledgement)
            ?? throw new DomainException("Voor deze klacht is geen ontvangstbevestiging nodig.");
        if (deadline.MetOn is not null)
        {
            throw new DomainException("De ontvangstbevestiging is al verstuurd.");
        }

        deadline.Meet(DateOnly.FromDateTime(at.DateTime));
        RefreshNextDue();
        Record(at, by, TimelineEventKind.AcknowledgementSent, $"Ontvangstbevestiging verstuurd per {via}.");
    }

    public ComplaintAttachment AddAttachment(Guid id, string fileName, string contentType, long sizeBytes, Actor by, DateTimeOffset at)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(fileName) || string.IsNullOrWhiteSpace(contentType) || sizeBytes <= 0)
        {
            throw new DomainException("Deze bijlage is leeg of heeft geen naam.");
        }

        var attachment = new ComplaintAttachment(id, fileName.Trim(), contentType, sizeBytes, at);
        _attachments.Add(attachment);
        Record(at, by, TimelineEventKind.AttachmentAdded, $"Bijlage toegevoegd: {attachment.FileName}.");
        return attachment;
    }

    public bool IsRespondent(string staffUserId) => _respondents.Any(r => r.StaffUserId == staffUserId);

    private void EnsureOpen()
    {
        if (Status == ComplaintStatus.Closed)
        {
            throw new DomainException("Deze klacht is afgesloten. Heropen de klacht eerst.");
        }
    }

    private void RefreshNextDue()
    {
        var open = Status == ComplaintStatus.Closed ? [] : _deadlines.Where(d => d.MetOn is null).ToList();
        NextDueOn = open.Select(d => (DateOnly?)d.DueOn).Min();
        HandlingDueOn = open.Where(d => d.Kind == DeadlineKind.Handling).Select(d => (DateOnly?)d.DueOn).Min();
    }

    /// <summary>
    /// Appends an event sealed after the last one, whose hash the complaint row keeps (the head),
    /// so the link costs no extra read; the timeline is loaded whenever a complaint is changed
    /// (<c>WithEverything</c>: its numbering needs it). The head also shows a removed last event (ADR 20).
    /// </summary>
    private void Record(DateTimeOffset at, Actor actor, TimelineEventKind kind, string what, string? why = null)
    {
        // The head, not the last loaded event: a loaded collection has no guaranteed order.
        var previous = _timeline.Count == 0 ? RecordChain.Genesis : TimelineHash
            ?? throw new InvalidOperationException("The timeline of this complaint is not sealed yet (RecordChainBackfill runs at start-up).");
        var entry = new TimelineEvent(Guid.CreateVersion7(at), _timeline.Count + 1, at, actor, kind, what, why, Id, previous);
        _timeline.Add(entry);
        TimelineLength = entry.Sequence;
        TimelineHash = entry.Hash;
    }

    /// <summary>How many events the timeline had after the last append (the chain's head, ADR 20).</summary>
    public int TimelineLength { get; private set; }

    /// <summary>The hash of the last event appended; null only for a complaint from before ADR 20 not yet sealed.</summary>
    public string? TimelineHash { get; private set; }

    public ChainHead? TimelineHead => TimelineHash is null ? null : new ChainHead(TimelineLength, TimelineHash);

    /// <summary>The first event that is not as it was written, or null when the timeline is whole.</summary>
    public ChainBreak? VerifyTimeline() => RecordChain.Verify(_timeline.Select(e => e.Entry(Id)), TimelineHead);

    /// <summary>
    /// Seals a timeline written before events were chained (ADR 20), in the order of its
    /// numbers; false when it was sealed already. Used once, by the start-up backfill.
    /// </summary>
    public bool SealUnsealedTimeline()
    {
        if (TimelineHash is not null)
        {
            return false;
        }

        var previous = RecordChain.Genesis;
        foreach (var entry in _timeline.OrderBy(e => e.Sequence))
        {
            previous = entry.Seal(Id, previous);
        }

        TimelineLength = _timeline.Count;
        TimelineHash = _timeline.Count == 0 ? RecordChain.Genesis : previous;
        return true;
    }
}
