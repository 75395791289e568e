using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Complaints;

/// <summary>Which ombudsman the complainant can turn to, and within what term (Awb 9:12, 9:24; II.85).</summary>
public sealed record OmbudsmanReferral(string Ombudsman, string Term);

/// <summary>
/// Handling by the five rules of thumb: exploration, solution, not handling, investigation and
/// judgement, closure and reopening. Every step checks <see cref="RequirementsFor"/>, the same
/// list the case page shows as a checklist, so the rules exist once.
/// </summary>
public sealed partial class Complaint
{
    /// <summary>Amounts in the case file read the Dutch way (12,50), whatever the server's culture.</summary>
    private static readonly System.Globalization.CultureInfo DutchNumbers = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    private readonly List<ContactMoment> _contactMoments = [];
    private readonly List<Hearing> _hearings = [];
    private readonly List<InvolvedPerson> _involvedPersons = [];
    private readonly List<StandardAssessment> _assessments = [];
    private readonly List<LetterTask> _letterTasks = [];

    public IReadOnlyList<ContactMoment> ContactMoments => _contactMoments;

    public IReadOnlyList<Hearing> Hearings => _hearings;

    public IReadOnlyList<InvolvedPerson> InvolvedPersons => _involvedPersons;

    public IReadOnlyList<StandardAssessment> Assessments => _assessments;

    public IReadOnlyList<LetterTask> LetterTasks => _letterTasks;

    /// <summary>The core of the complaint in the handler's words (rule of thumb 2).</summary>
    public string? Core { get; private set; }

    /// <summary>What the citizen wants, as the handler understood it in the conversation.</summary>
    public string? CitizenWants { get; private set; }

    /// <summary>The citizen asked for written contact only; phone and meetings are then not planned.</summary>
    public bool PrefersWrittenContact { get; private set; }

    public string? EscalatedToId { get; private set; }

    public string? EscalatedToName { get; private set; }

    public SolutionMeasures SolutionMeasures { get; private set; }

    public string? SolutionDescription { get; private set; }

    public decimal? CompensationAmount { get; private set; }

    /// <summary>The other body in a warm referral, and the named person there.</summary>
    public string? ReferralBody { get; private set; }

    public string? ReferralContact { get; private set; }

    /// <summary>Other bodies in a chain complaint, and the position they took together.</summary>
    public string? ChainBodies { get; private set; }

    public string? JointPosition { get; private set; }

    public DateOnly? SolutionRecordedOn { get; private set; }

    /// <summary>The controlevraag (Awb 9:5): asked on this day, with the two answers.</summary>
    public DateOnly? SatisfactionCheckedOn { get; private set; }

    public bool? ComplainantSatisfied { get; private set; }

    public bool? EverythingCovered { get; private set; }

    public string? SatisfactionNote { get; private set; }

    /// <summary>What the organisation learns from this complaint.</summary>
    public string? LessonText { get; private set; }

    public LessonLevel? LessonLevel { get; private set; }

    /// <summary>Could other citizens be helped by the same solution?</summary>
    public bool? OthersCouldBeHelped { get; private set; }

    /// <summary>Can this be prevented in future?</summary>
    public bool? CanBePrevented { get; private set; }

    public string? NotHandledGroundCode { get; private set; }

    public string? NotHandledMotivation { get; private set; }

    /// <summary>A ground applied, yet the handler chose to handle the complaint anyway.</summary>
    public string? HandledDespiteGroundCode { get; private set; }

    public string? HandledDespiteMotivation { get; private set; }

    public string? ForwardedTo { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public HearingWaiverReason? ComplainantHearingWaiver { get; private set; }

    public string? HearingWaiverMotivation { get; private set; }

    public bool? Lawful { get; private set; }

    public string? LawfulnessNote { get; private set; }

    public string? CommitteeFindings { get; private set; }

    public string? CommitteeAdvice { get; private set; }

    public string? CommitteeRecommendations { get; private set; }

    public DateOnly? CommitteeReportedOn { get; private set; }

    public bool? FollowsCommitteeAdvice { get; private set; }

    public string? CommitteeDeviationMotivation { get; private set; }

    /// <summary>The total postponement of the handling term in calendar days (Awb 9:11 lid 2).</summary>
    public int ExtensionDays { get; private set; }

    /// <summary>The date of the complainant's written consent to a longer postponement.</summary>
    public DateOnly? ExtensionConsentOn { get; private set; }

    public string? ExtensionReason { get; private set; }

    public string? OmbudsmanName { get; private set; }

    public string? OmbudsmanTerm { get; private set; }

    /// <summary>A staff member takes an unassigned complaint as its handler.</summary>
    public void Take(Actor handler, DateTimeOffset at)
    {
        if (HandlerId is not null)
        {
            throw new DomainException($"Deze klacht wordt al behandeld door {HandlerName}.");
        }

        AssignHandler(handler, handler, at);
    }

    /// <summary>
    /// The handler needs a solution they cannot decide alone (seed 001 §2.3): a manager is
    /// involved. The handler stays responsible for the complaint.
    /// </summary>
    public void Escalate(Actor manager, string reason, Actor by, DateTimeOffset at)
    {
        EnsureActive();
        var why = Required(reason, "Schrijf op waarom de leidinggevende nodig is.");
        EscalatedToId = manager.Id;
        EscalatedToName = manager.Name;
        EscalationQuestion = why;

        // A new question waits for a new decision.
        EscalationDecision = null;
        EscalationDecidedAt = null;
        Record(at, by, TimelineEventKind.Escalated, $"Voorgelegd aan leidinggevende {manager.Name}.", why);
    }

    public void DescribeCore(string core, string citizenWants, Actor by, DateTimeOffset at)
    {
        EnsureStatus("De kern kan worden vastgelegd zolang de klacht wordt behandeld.", ComplaintStatus.Exploring, ComplaintStatus.Resolving, ComplaintStatus.Investigating);
        var coreText = Required(core, "Beschrijf in uw eigen woorden waar de klacht echt over gaat.");
        var wants = Required(citizenWants, "Schrijf op wat de klager wil.");
        Core = coreText;
        CitizenWants = wants;
        Subject = ComplaintSubject.From(Core, Description);
        Record(at, by, TimelineEventKind.CoreDescribed, $"Kern van de klacht: {Core} De klager wil: {CitizenWants}");
    }

    public void SetWrittenContactPreference(bool prefersWritten, Actor by, DateTimeOffset at)
    {
        EnsureActive();
        if (PrefersWrittenContact == prefersWritten)
        {
            return;
        }

        PrefersWrittenContact = prefersWritten;
        Record(at, by, TimelineEventKind.ContactPreferenceChanged, prefersWritten
            ? "De klager wil alleen schriftelijk contact."
            : "De klager wil niet langer alleen schriftelijk contact.");
    }

    /// <summary>The government takes the initiative (seed 001 §4.3): a contact is planned.</summary>
    /// <summary>
    /// Plans a contact. A conduct arrangement in force (<paramref name="conductRules"/>) that
    /// allows only written contact rules out a call or a meeting with the complainant.
    /// </summary>
    public ContactMoment PlanContact(Guid id, ContactParty party, ContactForm form, DateTimeOffset plannedFor, Actor by, DateTimeOffset at, ConductRules conductRules = ConductRules.None)
    {
        EnsureActive();
        EnsureFormRespectsPreference(party, form);
        if (party == ContactParty.Complainant && conductRules.HasFlag(ConductRules.WrittenContactOnly) && form != ContactForm.Letter)
        {
            throw new DomainException("Voor deze klager geldt een gedragslijn: alleen schriftelijk contact. Kies brief of e-mail.");
        }

        var moment = new ContactMoment(id, party, form, plannedFor, heldAt: null, summary: null, soundRecordingAnnounced: false);
        _contactMoments.Add(moment);
        Record(at, by, TimelineEventKind.ContactPlanned, $"Contact gepland met {HandlingFacts.DutchName(party).ToLowerInvariant()} ({HandlingFacts.DutchName(form).ToLowerInvariant()}) op {plannedFor:dd-MM-yyyy HH:mm}.");
        return moment;
    }

    /// <summary>
    /// Records a contact that took place: a planned one (same id) or one that happened without
    /// planning. Personal contact with the complainant meets the personal-contact term; a letter
    /// does so only when the complainant asked for written contact.
    /// </summary>
    public ContactMoment RecordContact(Guid id, ContactParty party, ContactForm form, DateTimeOffset heldAt, string summary, bool soundRecordingAnnounced, Actor by, DateTimeOffset at)
    {
        EnsureActive();
        var text = Required(summary, "Schrijf kort op wat er besproken is.");
        if (heldAt > at.AddMinutes(5))
        {
            throw new DomainException("Een contact dat nog moet plaatsvinden, kunt u plannen, maar niet als gehouden vastleggen.");
        }

        var moment = _contactMoments.FirstOrDefault(m => m.Id == id);
        if (moment is null)
        {
            EnsureFormRespectsPreference(party, form);
            moment = new ContactMoment(id, party, form, plannedFor: null, heldAt, text, soundRecordingAnnounced);
            _contactMoments.Add(moment);
        }
        else
        {
            if (moment.IsHeld)
            {
                throw new DomainException("Dit contact is al vastgelegd.");
            }

            // A call planned as a phone call may have become a letter: what happened counts.
            EnsureFormRespectsPreference(party, form);
            moment.Hold(party, form, heldAt, text, soundRecordingAnnounced);
        }

        if (CountsAsPersonalContact(moment))
        {
            MeetDeadline(DeadlineKind.PersonalContact, heldAt);
        }

        Record(
            at,
            by,
            TimelineEventKind.ContactHeld,
            $"Contact met {HandlingFacts.DutchName(moment.Party).ToLowerInvariant()} ({HandlingFacts.DutchName(moment.Form).ToLowerInvariant()}) op {heldAt:dd-MM-yyyy HH:mm}: {text}"
                + (soundRecordingAnnounced ? " De klager heeft aangekondigd het gesprek op te nemen." : string.Empty));
        return moment;
    }

    /// <summary>The respondent gets a copy of the complaint and its enclosures (Awb 9:9).</summary>
    public void InformRespondent(Guid respondentId, DateOnly copySentOn, Actor by, DateTimeOffset at, ProfileWords? words = null)
    {
        EnsureActive();
        var respondent = RespondentById(respondentId);
        EnsureNotInFuture(copySentOn, at);
        respondent.Inform(copySentOn);
        Record(at, by, TimelineEventKind.RespondentInformed, $"{respondent.Name} heeft op {copySentOn:dd-MM-yyyy} een kopie van de klacht gekregen{ProfileWords.Cite((words ?? ProfileWords.NlAwb).CopyToRespondent)}.");
    }

    public void RecordRespondentView(Guid respondentId, string view, Actor by, DateTimeOffset at)
    {
        EnsureActive();
        var respondent = RespondentById(respondentId);
        var text = Required(view, "Schrijf de reactie van de beklaagde op.");
        respondent.RecordView(text);
        Record(at, by, TimelineEventKind.RespondentViewRecorded, $"Reactie van {respondent.Name}: {text}");
    }

    /// <summary>Rule of thumb 3: the problem is clear; now solve it together with the citizen.</summary>
    public void StartResolving(Actor by, DateTimeOffset at)
    {
        EnsureStep(HandlingStep.StartResolving);
        Status = ComplaintStatus.Resolving;
        Record(at, by, TimelineEventKind.ResolvingStarted, "De klacht wordt opgelost.");
    }

    public void RecordSolution(
        SolutionMeasures measures,
        string description,
        decimal? compensationAmount,
        string? referralBody,
        string? referralContact,
        string? chainBodies,
        string? jointPosition,
        Actor by,
        DateTimeOffset at)
    {
        EnsureStatus("Een oplossing legt u vast in de fase Oplossen.", ComplaintStatus.Resolving);
        if (measures == SolutionMeasures.None)
        {
            throw new DomainException("Kies wat er is gedaan om de klacht op te lossen.");
        }

        var text = Required(description, "Beschrijf de oplossing.");
        if (measures.HasFlag(SolutionMeasures.Compensation) && compensationAmount is not > 0)
        {
            throw new DomainException("Vul het bedrag van de vergoeding in.");
        }

        if (measures.HasFlag(SolutionMeasures.WarmReferral) && (string.IsNullOrWhiteSpace(referralBody) || string.IsNullOrWhiteSpace(referralContact)))
        {
            throw new DomainException("Bij een warme doorverwijzing noemt u de instantie en de contactpersoon daar.");
        }

        SolutionMeasures = measures;
        SolutionDescription = text;
        CompensationAmount = measures.HasFlag(SolutionMeasures.Compensation) ? compensationAmount : null;
        ReferralBody = measures.HasFlag(SolutionMeasures.WarmReferral) ? referralBody!.Trim() : null;
        ReferralContact = measures.HasFlag(SolutionMeasures.WarmReferral) ? referralContact!.Trim() : null;
        ChainBodies = Complainant.Clean(chainBodies);
        JointPosition = Complainant.Clean(jointPosition);
        SolutionRecordedOn = DateOnly.FromDateTime(at.DateTime);
        Record(at, by, TimelineEventKind.SolutionRecorded, $"Oplossing: {HandlingFacts.DutchNames(measures)}. {text}"
            + (CompensationAmount is { } amount ? $" Vergoeding: € {amount.ToString("0.00", DutchNumbers)}." : string.Empty)
            + (ReferralBody is null ? string.Empty : $" Doorverwezen naar {ReferralBody} (contactpersoon {ReferralContact}).")
            + (ChainBodies is null ? string.Empty : $" Ketenklacht, samen met: {ChainBodies}.")
            + (JointPosition is null ? string.Empty : $" Gezamenlijk standpunt: {JointPosition}"));
    }

    /// <summary>The controlevraag (Awb 9:5): is the complainant satisfied, has everything been covered?</summary>
    public void RecordSatisfactionCheck(bool satisfied, bool everythingCovered, string? note, DateOnly checkedOn, Actor by, DateTimeOffset at)
    {
        EnsureStatus("De controlevraag stelt u in de fase Oplossen.", ComplaintStatus.Resolving);
        if (SolutionRecordedOn is null)
        {
            throw new DomainException("Leg eerst de oplossing vast. Daarna stelt u de controlevraag.");
        }

        EnsureNotInFuture(checkedOn, at);
        SatisfactionCheckedOn = checkedOn;
        ComplainantSatisfied = satisfied;
        EverythingCovered = everythingCovered;
        SatisfactionNote = Complainant.Clean(note);
        Record(at, by, TimelineEventKind.SatisfactionChecked,
            $"Controlevraag gesteld op {checkedOn:dd-MM-yyyy}: klager {(satisfied ? "is tevreden" : "is niet tevreden")}, {(everythingCovered ? "alles is besproken" : "niet alles is besproken")}."
                + (SatisfactionNote is null ? string.Empty : $" {SatisfactionNote}"));
    }

    /// <summary>What the organisation learns: can others be helped the same way, can it be prevented?</summary>
    public void RecordLesson(string text, LessonLevel level, bool? othersCouldBeHelped, bool? canBePrevented, Actor by, DateTimeOffset at)
    {
        EnsureOpen();
        LessonText = Required(text, "Schrijf op wat de organisatie van deze klacht leert. Is er niets te leren, schrijf dan waarom.");
        LessonLevel = level;
        OthersCouldBeHelped = othersCouldBeHelped;
        CanBePrevented = canBePrevented;
        Record(at, by, TimelineEventKind.LessonRecorded, $"Les ({HandlingFacts.DutchName(level).ToLowerInvariant()}): {LessonText}");
    }

    public void CloseAsResolved(Actor by, DateTimeOffset at)
    {
        EnsureStep(HandlingStep.CloseAsResolved);

        // Solved to the complainant's satisfaction: the formal duties lapse (Awb 9:5).
        MeetAllDeadlines(at);
        BeginClosure(SolutionMeasures.HasFlag(SolutionMeasures.WarmReferral) ? ComplaintOutcome.Referred : ComplaintOutcome.Resolved, by, at, "Opgelost naar tevredenheid van de klager.");
        AddLetterTask(LetterKind.ClosingAfterSolution, LetterRecipient.Complainant, Complainant.Name, required: false, at);
    }

    /// <summary>
    /// A ground applies, yet the handler handles the complaint anyway: "not obliged" never means
    /// "not allowed". Kept with its motivation.
    /// </summary>
    public void HandleDespiteGround(JurisdictionProfile profile, string groundCode, string motivation, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(profile);
        EnsureStatus("Deze keuze maakt u voordat de klacht wordt opgelost of onderzocht.", ComplaintStatus.Received, ComplaintStatus.Exploring, ComplaintStatus.Resolving);
        var ground = profile.GroundFor(groundCode);
        var why = Required(motivation, "Schrijf op waarom u de klacht toch behandelt.");
        HandledDespiteGroundCode = ground.Code;
        HandledDespiteMotivation = why;

        // Deciding to handle is the answer the notice term waits for.
        MeetDeadline(DeadlineKind.NotHandledNotice, at);
        Record(at, by, TimelineEventKind.HandledDespiteGround, $"Niet verplicht om te behandelen ({ground.Article}), maar de klacht wordt toch behandeld.", HandledDespiteMotivation);
    }

    /// <summary>
    /// Not handling (Awb 9:8; II.77). Only after personal contact (seed 001 §4.5), with a
    /// motivation, and with the notice term of the profile running for the letter.
    /// </summary>
    public void DecideNotToHandle(JurisdictionProfile profile, string groundCode, string motivation, OmbudsmanReferral referral, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var ground = profile.GroundFor(groundCode);
        var why = Required(motivation, "Motiveer waarom de klacht niet wordt behandeld. De klager leest dit in de brief.");
        EnsureStep(HandlingStep.NotHandle);
        SetOmbudsmanReferral(referral);
        NotHandledGroundCode = ground.Code;
        NotHandledMotivation = why;
        MeetDeadline(DeadlineKind.Handling, at);
        BeginClosure(ComplaintOutcome.NotHandled, by, at, $"De klacht wordt niet behandeld: {ground.Description} ({ground.Article}).", why);
        AddLetterTask(LetterKind.NotHandledNotice, LetterRecipient.Complainant, Complainant.Name, required: true, at);
    }

    /// <summary>The complaint belongs with another body and is sent there.</summary>
    public void Forward(string toBody, string motivation, Actor by, DateTimeOffset at)
    {
        var body = Required(toBody, "Schrijf op naar welke organisatie de klacht gaat.");
        var why = Required(motivation, "Schrijf op waarom die organisatie over de klacht gaat.");
        EnsureStep(HandlingStep.Forward);
        ForwardedTo = body;
        MeetAllDeadlines(at);
        BeginClosure(ComplaintOutcome.Forwarded, by, at, $"Doorgestuurd naar {body}.", why);
        AddLetterTask(LetterKind.ForwardingNotice, LetterRecipient.Complainant, Complainant.Name, required: true, at);
    }

    public void Withdraw(string reason, Actor by, DateTimeOffset at)
    {
        var why = Required(reason, "Schrijf op hoe en waarom de klager de klacht heeft ingetrokken.");
        EnsureStep(HandlingStep.Withdraw);
        WithdrawalReason = why;
        MeetAllDeadlines(at);
        BeginClosure(ComplaintOutcome.Withdrawn, by, at, "De klager heeft de klacht ingetrokken.", why);
        AddLetterTask(LetterKind.WithdrawalConfirmation, LetterRecipient.Complainant, Complainant.Name, required: false, at);
    }

    /// <summary>Rule of thumb 4: no solution, so the complaint is investigated and judged.</summary>
    public void StartInvestigation(string reason, Actor by, DateTimeOffset at)
    {
        var why = Required(reason, "Schrijf op waarom de klacht een oordeel nodig heeft (bijvoorbeeld: de klager wil een oordeel, of er is geen oplossing).");
        EnsureStep(HandlingStep.StartInvestigation);
        Status = ComplaintStatus.Investigating;

        // The complaint is handled, so the notice that it will not be is no longer due.
        MeetDeadline(DeadlineKind.NotHandledNotice, at);
        Record(at, by, TimelineEventKind.InvestigationStarted, "De klacht wordt onderzocht en beoordeeld.", why);
    }

    /// <summary>
    /// Invites a party to be heard. A hearing of a respondent is for one respondent, so each of
    /// several respondents gets their own chance (Awb 9:10); with one respondent it is that one.
    /// </summary>
    public Hearing InviteToHearing(Guid id, HearingParty party, Guid? respondentId, HearingForm form, DateOnly invitedOn, DateOnly? plannedOn, Actor by, DateTimeOffset at)
    {
        EnsureStatus("Horen hoort bij onderzoek en oordeel.", ComplaintStatus.Investigating);
        var respondent = HearingRespondent(party, respondentId);
        EnsureNotInFuture(invitedOn, at);
        if (plannedOn < invitedOn)
        {
            throw new DomainException("De datum van het horen ligt voor de datum van de uitnodiging.");
        }

        var hearing = new Hearing(id, party, respondent?.Id, form, invitedOn, plannedOn);
        _hearings.Add(hearing);
        Record(at, by, TimelineEventKind.HearingInvited, $"Uitgenodigd om gehoord te worden: {WhoIsHeard(hearing)} ({HandlingFacts.DutchName(form).ToLowerInvariant()})"
            + (plannedOn is { } on ? $", gepland op {on:dd-MM-yyyy}." : "."));
        if (party != HearingParty.Respondent)
        {
            AddLetterTask(LetterKind.HearingInvitation, LetterRecipient.Complainant, Complainant.Name, required: false, at, HearingSubject(hearing), hearing.Id);
        }

        if (respondent is not null)
        {
            AddLetterTask(LetterKind.HearingInvitation, LetterRecipient.Respondent, respondent.Name, required: false, at, HearingSubject(hearing), hearing.Id);
        }

        return hearing;
    }

    /// <summary>The name of the respondent a hearing is for; null for the complainant alone and for hearings of all respondents.</summary>
    public string? HeardRespondentName(Hearing hearing)
    {
        ArgumentNullException.ThrowIfNull(hearing);
        return _respondents.FirstOrDefault(r => r.Id == hearing.RespondentId)?.Name;
    }

    public void RecordHearingHeld(Guid hearingId, DateOnly heldOn, string report, Actor by, DateTimeOffset at, ProfileWords? words = null)
    {
        EnsureStatus("Horen hoort bij onderzoek en oordeel.", ComplaintStatus.Investigating);
        var hearing = HearingById(hearingId);
        var text = Required(report, $"Maak een verslag van het horen{ProfileWords.Cite((words ?? ProfileWords.NlAwb).Hearing)}.");
        EnsureNotInFuture(heldOn, at);
        if (heldOn < hearing.InvitedOn)
        {
            throw new DomainException("Het horen kan niet voor de uitnodiging hebben plaatsgevonden.");
        }

        hearing.Hold(heldOn, text);
        Record(at, by, TimelineEventKind.HearingHeld, $"Gehoord op {heldOn:dd-MM-yyyy}: {WhoIsHeard(hearing)}. Verslag: {text}");
        AddLetterTask(LetterKind.HearingReport, LetterRecipient.Complainant, Complainant.Name, required: false, at, $"horen van {WhoIsHeard(hearing)} op {heldOn:dd-MM-yyyy}", hearing.Id);
    }

    public void RecordHearingDeclined(Guid hearingId, Actor by, DateTimeOffset at)
    {
        EnsureStatus("Horen hoort bij onderzoek en oordeel.", ComplaintStatus.Investigating);
        var hearing = HearingById(hearingId);
        if (hearing.HeldOn is not null)
        {
            throw new DomainException("Dit horen heeft al plaatsgevonden.");
        }

        hearing.Decline();
        Record(at, by, TimelineEventKind.HearingDeclined, $"Wil niet gehoord worden: {WhoIsHeard(hearing)}.");
    }

    /// <summary>The complainant is not heard, which the law allows for three reasons only (Awb 9:10 lid 2).</summary>
    public void WaiveComplainantHearing(HearingWaiverReason reason, string motivation, Actor by, DateTimeOffset at, ProfileWords? words = null)
    {
        EnsureStatus("Horen hoort bij onderzoek en oordeel.", ComplaintStatus.Investigating);
        if (!Enum.IsDefined(reason))
        {
            throw new DomainException("Afzien van horen kan alleen om een van de drie redenen uit de wet.");
        }

        var why = Required(motivation, "Licht toe waarom de klager niet wordt gehoord.");
        ComplainantHearingWaiver = reason;
        HearingWaiverMotivation = why;
        Record(at, by, TimelineEventKind.HearingWaived, $"De klager wordt niet gehoord: {HandlingFacts.DutchName(reason).ToLowerInvariant()}{ProfileWords.Cite((words ?? ProfileWords.NlAwb).HearingWaiver)}.", HearingWaiverMotivation);
    }

    public InvolvedPerson AddInvolvedPerson(Guid id, InvolvedRole role, string name, DateOnly? discussedWithComplainantOn, string? statement, Actor by, DateTimeOffset at)
    {
        EnsureStatus("Getuigen en derden horen bij onderzoek en oordeel.", ComplaintStatus.Investigating);
        var who = Required(name, "Vul de naam in.");
        if (role == InvolvedRole.ThirdParty && discussedWithComplainantOn is null)
        {
            throw new DomainException("Bespreek eerst met de klager dat u een derde wilt informeren, en vul de datum van dat gesprek in.");
        }

        if (discussedWithComplainantOn is { } on)
        {
            EnsureNotInFuture(on, at);
        }

        var person = new InvolvedPerson(id, role, who, discussedWithComplainantOn, Complainant.Clean(statement));
        _involvedPersons.Add(person);
        Record(at, by, TimelineEventKind.InvolvedPersonAdded, $"{HandlingFacts.DutchName(role)} toegevoegd: {who}."
            + (person.Statement is null ? string.Empty : $" Verklaring: {person.Statement}"));
        return person;
    }

    /// <summary>Assesses the conduct against one propriety standard of the profile; a second assessment replaces the first.</summary>
    public void AssessStandard(ProprietyStandard standard, bool breached, string? note, Actor by, DateTimeOffset at) =>
        AssessStandard(standard, breached ? StandardFinding.Breached : StandardFinding.Met, note, by, at);

    /// <summary>
    /// Holds the conduct against one standard. A breach needs a note saying how, and "not
    /// assessable" a note saying why the facts could not be established.
    /// </summary>
    public void AssessStandard(ProprietyStandard standard, StandardFinding finding, string? note, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(standard);
        EnsureStatus("Toetsen hoort bij onderzoek en oordeel.", ComplaintStatus.Investigating);
        if (!Enum.IsDefined(finding))
        {
            throw new DomainException("Kies een uitkomst voor de norm.");
        }

        var text = Complainant.Clean(note);
        if (finding == StandardFinding.Breached && text is null)
        {
            throw new DomainException($"Licht toe waarom de norm '{standard.Name}' is geschonden.");
        }

        if (finding == StandardFinding.NotAssessable && text is null)
        {
            throw new DomainException($"Licht toe waarom de norm '{standard.Name}' niet te beoordelen is: wat kon niet worden vastgesteld?");
        }

        var existing = _assessments.FirstOrDefault(a => a.StandardNumber == standard.Number);
        if (existing is null)
        {
            _assessments.Add(new StandardAssessment(standard.Number, standard.Name, finding, text ?? string.Empty));
        }
        else
        {
            existing.Change(finding, text ?? string.Empty);
        }

        Record(at, by, TimelineEventKind.StandardAssessed, $"Getoetst aan '{standard.Name}': {HandlingFacts.DutchName(finding).ToLowerInvariant()}."
            + (text is null ? string.Empty : $" {text}"));
    }

    public void AssessLawfulness(bool lawful, string note, Actor by, DateTimeOffset at)
    {
        EnsureStatus("Toetsen hoort bij onderzoek en oordeel.", ComplaintStatus.Investigating);
        var text = Required(note, "Licht de toets aan de regels toe.");
        Lawful = lawful;
        LawfulnessNote = text;
        Record(at, by, TimelineEventKind.LawfulnessAssessed, $"Rechtmatigheid: {(lawful ? "de gedraging was rechtmatig" : "de gedraging was niet rechtmatig")}. {LawfulnessNote}");
    }

    /// <summary>
    /// A verdict on one part, always motivated. "Unfounded" says the conduct was proper, which
    /// needs established facts; when they cannot be established the verdict is "no judgement".
    /// </summary>
    public void GiveVerdict(Guid partId, Verdict verdict, bool factsEstablished, string motivation, Actor by, DateTimeOffset at)
    {
        EnsureStatus("Een oordeel geeft u in de fase Onderzoek en oordeel.", ComplaintStatus.Investigating);
        var part = _parts.FirstOrDefault(p => p.Id == partId) ?? throw new DomainException("Dit klachtonderdeel bestaat niet.");
        if (!Enum.IsDefined(verdict))
        {
            throw new DomainException("Kies een oordeel.");
        }

        if (verdict == Verdict.Unfounded && !factsEstablished)
        {
            throw new DomainException("Ongegrond kan alleen als vaststaat wat er is gebeurd. Kan dat niet meer worden vastgesteld, kies dan 'geen oordeel'.");
        }

        var why = Required(motivation, "Motiveer het oordeel. De klager leest dit in de brief.");
        part.Judge(verdict, factsEstablished, why);
        Record(at, by, TimelineEventKind.VerdictGiven, $"Klachtonderdeel {part.Number}: {HandlingFacts.DutchName(verdict).ToLowerInvariant()}.", why);
    }

    /// <summary>The advisory committee reports its findings, advice and recommendations (Awb 9:14).</summary>
    public void RecordCommitteeAdvice(string findings, string advice, string? recommendations, DateOnly reportedOn, Actor by, DateTimeOffset at)
    {
        EnsureStatus("Het advies van de commissie hoort bij onderzoek en oordeel.", ComplaintStatus.Investigating);
        if (!AdvisoryCommittee)
        {
            throw new DomainException("Deze klacht wordt niet door een klachtadviescommissie behandeld.");
        }

        EnsureNotInFuture(reportedOn, at);
        var foundText = Required(findings, "Vul de bevindingen van de commissie in.");
        var adviceText = Required(advice, "Vul het advies van de commissie in.");
        CommitteeFindings = foundText;
        CommitteeAdvice = adviceText;
        CommitteeRecommendations = Complainant.Clean(recommendations);
        CommitteeReportedOn = reportedOn;
        FollowsCommitteeAdvice = null;
        CommitteeDeviationMotivation = null;
        Record(at, by, TimelineEventKind.CommitteeAdviceRecorded, $"Advies van de klachtadviescommissie ontvangen ({reportedOn:dd-MM-yyyy}): {CommitteeAdvice}");
    }

    /// <summary>The body decides; deviating from the committee's advice needs reasons (Awb 9:15).</summary>
    public void DecideOnCommitteeAdvice(bool follows, string? deviationMotivation, Actor by, DateTimeOffset at, ProfileWords? words = null)
    {
        EnsureStatus("Het besluit over het advies hoort bij onderzoek en oordeel.", ComplaintStatus.Investigating);
        if (CommitteeReportedOn is null)
        {
            throw new DomainException("Leg eerst het advies van de commissie vast.");
        }

        var why = Complainant.Clean(deviationMotivation);
        if (!follows && why is null)
        {
            throw new DomainException($"Wie afwijkt van het advies van de commissie, moet dat motiveren{ProfileWords.Cite((words ?? ProfileWords.NlAwb).DeviatingFromAdvice)}. Schrijf de reden op.");
        }

        FollowsCommitteeAdvice = follows;
        CommitteeDeviationMotivation = follows ? null : why;
        Record(at, by, TimelineEventKind.CommitteeAdviceDecided, follows ? "Het advies van de commissie wordt gevolgd." : "Er wordt afgeweken van het advies van de commissie.", CommitteeDeviationMotivation);
    }

    /// <summary>The judgement is complete: every part has its verdict after hearing both sides.</summary>
    public void Judge(Actor by, DateTimeOffset at)
    {
        EnsureStep(HandlingStep.Judge);
        Status = ComplaintStatus.Judged;
        var verdicts = string.Join("; ", _parts.Select(p => $"onderdeel {p.Number}: {HandlingFacts.DutchName(p.Verdict!.Value).ToLowerInvariant()}"));
        Record(at, by, TimelineEventKind.Judged, $"Oordeel vastgesteld ({verdicts}).");
    }

    /// <summary>Rule of thumb 5 after a judgement: the closing letter must name the ombudsman (Awb 9:12).</summary>
    public void CloseAfterInvestigation(OmbudsmanReferral referral, Actor by, DateTimeOffset at)
    {
        EnsureStep(HandlingStep.CloseAfterInvestigation);
        SetOmbudsmanReferral(referral);
        BeginClosure(ComplaintOutcome.Judged, by, at, "Afgerond na onderzoek en oordeel.");
        AddLetterTask(LetterKind.ClosingAfterInvestigation, LetterRecipient.Complainant, Complainant.Name, required: true, at);
    }

    /// <summary>
    /// Postpones the handling term (Awb 9:11 lid 2). <paramref name="totalExtension"/> is the
    /// whole postponement counted from the original term; the profile decides whether it needs
    /// the complainant's written consent. Both complainant and respondent get notice.
    /// </summary>
    public void Extend(JurisdictionProfile profile, Term totalExtension, string reason, DateOnly? writtenConsentOn, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(profile);
        EnsureStatus("Verdagen kan zolang de klacht in behandeling is.", ComplaintStatus.Received, ComplaintStatus.Exploring, ComplaintStatus.Resolving, ComplaintStatus.Investigating, ComplaintStatus.Judged);
        var why = Required(reason, "Schrijf op waarom meer tijd nodig is. De klager leest dit in de brief.");
        var handling = _deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Handling)
            ?? throw new DomainException("Voor deze klacht loopt geen afhandeltermijn.");
        var today = DateOnly.FromDateTime(at.DateTime);
        if (writtenConsentOn is { } consent)
        {
            EnsureNotInFuture(consent, at);
        }
        else if (handling.DueOn < today)
        {
            throw new DomainException("De afhandeltermijn is al verstreken. Verdagen kan alleen vóór het einde van de termijn, of met schriftelijke instemming van de klager.");
        }

        if (totalExtension.ToCalendarDays() is { } days && days <= ExtensionDays)
        {
            throw new DomainException($"De termijn is al {ExtensionDays} dagen verdaagd. Vul de totale verdaging in; die moet langer zijn dan nu.");
        }

        var dueOn = profile.ExtendedHandlingDeadline(HandlingTermStartsOn, AdvisoryCommittee, totalExtension, writtenConsentOn is not null);
        var original = profile.HandlingDeadline(HandlingTermStartsOn, AdvisoryCommittee).Term;
        handling.Move(dueOn, $"{original.Describe()} + {totalExtension.Describe()}");
        ExtensionDays = totalExtension.ToCalendarDays() ?? 0;
        ExtensionConsentOn = writtenConsentOn ?? ExtensionConsentOn;
        ExtensionReason = why;
        RefreshNextDue();
        Record(at, by, TimelineEventKind.Extended, $"Afhandeltermijn verdaagd met in totaal {totalExtension.Describe()}, nieuwe datum {dueOn:dd-MM-yyyy}."
            + (writtenConsentOn is { } c ? $" Schriftelijke instemming van de klager van {c:dd-MM-yyyy}." : string.Empty), why);
        var subject = $"nieuwe datum {dueOn:dd-MM-yyyy}";
        AddLetterTask(LetterKind.ExtensionNotice, LetterRecipient.Complainant, Complainant.Name, required: true, at, subject);
        if (_respondents.Count > 0)
        {
            AddLetterTask(LetterKind.ExtensionNotice, LetterRecipient.Respondent, string.Join(", ", _respondents.Select(r => r.Name)), required: true, at, subject);
        }
    }

    /// <summary>An advisory committee will hear and advise (Awb 9:13); the handling term becomes the committee term.</summary>
    public void ChooseAdvisoryCommittee(JurisdictionProfile profile, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(profile);
        EnsureStatus("De klachtadviescommissie kiest u bij de start van de behandeling.", ComplaintStatus.Received, ComplaintStatus.Exploring);
        if (AdvisoryCommittee)
        {
            throw new DomainException("Deze klacht gaat al naar de klachtadviescommissie.");
        }

        if (ExtensionDays > 0)
        {
            throw new DomainException("De termijn is al verdaagd. Kies de commissie voordat u verdaagt.");
        }

        AdvisoryCommittee = true;
        var handling = _deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Handling);
        if (handling is not null)
        {
            var deadline = profile.HandlingDeadline(HandlingTermStartsOn, advisoryCommittee: true);
            handling.Move(deadline.DueOn, deadline.Term.Describe());
            RefreshNextDue();
        }

        Record(at, by, TimelineEventKind.AdvisoryCommitteeChosen, "De klachtadviescommissie behandelt deze klacht en geeft advies.");
    }

    /// <summary>A conduct arrangement for this complainant must be announced in writing (seed 001 §4.6).</summary>
    internal void RequireConductArrangementLetter(Actor by, DateTimeOffset at)
    {
        EnsureOpen();
        AddLetterTask(LetterKind.ConductArrangement, LetterRecipient.Complainant, Complainant.Name, required: false, at);
        Record(at, by, TimelineEventKind.ConductArrangementAnnounced, "Er geldt een gedragslijn voor deze klager. De brief daarover moet nog worden verstuurd.");
    }

    /// <summary>Revised rules are announced in writing too; the timeline keeps the earlier ones.</summary>
    internal void RequireRevisedConductArrangementLetter(string what, string why, Actor by, DateTimeOffset at)
    {
        EnsureOpen();
        AddLetterTask(LetterKind.ConductArrangement, LetterRecipient.Complainant, Complainant.Name, required: false, at);
        Record(at, by, TimelineEventKind.ConductArrangementRevised, what + " De brief daarover moet nog worden verstuurd.", why);
    }

    /// <summary>An arrangement ended or reviewed: it concerns the complainant, not this case's handling, so it is kept also on a closed case.</summary>
    internal void RecordConductArrangement(TimelineEventKind kind, string what, string why, Actor by, DateTimeOffset at) =>
        Record(at, by, kind, what, why);

    /// <summary>All letters the law requires have gone out: the complaint is closed and becomes read-only.</summary>
    public void Close(Actor by, DateTimeOffset at)
    {
        EnsureStep(HandlingStep.Close);
        Status = ComplaintStatus.Closed;
        ClosedAt = at;
        MeetAllDeadlines(at);
        Record(at, by, TimelineEventKind.Closed, $"Afgesloten: {HandlingFacts.DutchName(Outcome).ToLowerInvariant()}.");
    }

    /// <summary>The door stays open: a closed complaint can be reopened at any time, with a reason, and goes back to exploration.</summary>
    /// <summary>
    /// The door stays open: a closed complaint is handled again. It gets a new handling term,
    /// the profile's ordinary term counted from the day of reopening (ADR 13), so that it can
    /// run late and show as overdue like any other complaint.
    /// </summary>
    public void Reopen(JurisdictionProfile profile, string reason, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var why = Required(reason, "Schrijf op waarom de klacht weer wordt geopend.");
        EnsureStep(HandlingStep.Reopen);
        Status = HandlerId is null ? ComplaintStatus.Reopened : ComplaintStatus.Exploring;
        LadderStep = LadderStep.Internal;
        Outcome = ComplaintOutcome.None;
        ClosedAt = null;
        NotHandledGroundCode = null;
        NotHandledMotivation = null;
        ForwardedTo = null;
        WithdrawalReason = null;

        // A new solution needs a new controlevraag.
        SatisfactionCheckedOn = null;
        ComplainantSatisfied = null;
        EverythingCovered = null;
        SatisfactionNote = null;
        var newTerm = string.Empty;
        if (_deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Handling) is { } handling)
        {
            ReopenedOn = DateOnly.FromDateTime(at.DateTime);
            var deadline = profile.HandlingDeadline(ReopenedOn.Value, AdvisoryCommittee);
            handling.Restart(deadline.DueOn, deadline.Term.Describe());
            ExtensionDays = 0;
            newTerm = $" Nieuwe afhandeltermijn: {deadline.Term.Describe()}, tot {deadline.DueOn:dd-MM-yyyy}.";
        }

        RefreshNextDue();
        Record(at, by, TimelineEventKind.Reopened, (Status == ComplaintStatus.Exploring ? "Heropend; de klacht gaat terug naar verkennen." : "Heropend; wijs een behandelaar toe.") + newTerm, why);
    }

    /// <summary>True when the complainant has had the personal contact the government owes them.</summary>
    public bool HasPersonalContactWithComplainant =>
        _contactMoments.Any(m => m.IsHeld && CountsAsPersonalContact(m));

    /// <summary>Contact with the complainant in person, by phone or video; by letter only when they asked for written contact.</summary>
    private bool CountsAsPersonalContact(ContactMoment moment) =>
        moment.Party == ContactParty.Complainant && (moment.Form != ContactForm.Letter || PrefersWrittenContact);

    public bool ComplainantHeardOrWaived =>
        ComplainantHearingWaiver is not null || _hearings.Any(h => h.Hears(HearingParty.Complainant) && (h.HeldOn is not null || h.Declined));

    /// <summary>
    /// True when the complainant (unless not heard for a reason in the law) and every respondent
    /// have an invitation to be heard: until then, inviting is the next thing on the investigation page.
    /// </summary>
    public bool EveryoneInvitedToBeHeard =>
        (ComplainantHearingWaiver is not null || _hearings.Any(h => h.Hears(HearingParty.Complainant)))
        && _respondents.All(r => _hearings.Any(h => h.HearsRespondent(r.Id)));

    public bool RespondentsHeard =>
        _respondents.All(r => _hearings.Any(h => h.HearsRespondent(r.Id) && (h.HeldOn is not null || h.Declined)));

    private void BeginClosure(ComplaintOutcome outcome, Actor by, DateTimeOffset at, string what, string? why = null)
    {
        Status = ComplaintStatus.Closing;
        Outcome = outcome;
        RefreshNextDue();
        Record(at, by, TimelineEventKind.ClosureStarted, what, why);
    }

    private void AddLetterTask(LetterKind kind, LetterRecipient recipient, string? recipientName, bool required, DateTimeOffset at, string? subject = null, Guid? aboutId = null) =>
        _letterTasks.Add(new LetterTask(Guid.CreateVersion7(at), kind, recipient, recipientName, required, at, subject, aboutId));

    private string HearingSubject(Hearing hearing) =>
        $"horen van {WhoIsHeard(hearing)}" + (hearing.PlannedOn is { } on ? $" op {on:dd-MM-yyyy}" : string.Empty);

    private void SetOmbudsmanReferral(OmbudsmanReferral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var name = Required(referral.Ombudsman, "Noem de ombudsman waar de klager terecht kan.");
        var term = Required(referral.Term, "Noem de termijn waarbinnen de klager naar de ombudsman kan.");
        OmbudsmanName = name;
        OmbudsmanTerm = term;
    }

    private void MeetDeadline(DeadlineKind kind, DateTimeOffset at)
    {
        _deadlines.FirstOrDefault(d => d.Kind == kind)?.Meet(DateOnly.FromDateTime(at.DateTime));
        RefreshNextDue();
    }

    private void MeetAllDeadlines(DateTimeOffset at)
    {
        foreach (var deadline in _deadlines)
        {
            deadline.Meet(DateOnly.FromDateTime(at.DateTime));
        }

        RefreshNextDue();
    }

    private void EnsureFormRespectsPreference(ContactParty party, ContactForm form)
    {
        if (party == ContactParty.Complainant && PrefersWrittenContact && form != ContactForm.Letter)
        {
            throw new DomainException("De klager wil alleen schriftelijk contact. Kies brief of e-mail.");
        }
    }

    /// <summary>Who a hearing is for, in lower case for a timeline sentence, the respondent by name.</summary>
    private string WhoIsHeard(Hearing hearing) =>
        HandlingFacts.DutchName(hearing.Party).ToLowerInvariant() + (HeardRespondentName(hearing) is { } name ? $" ({name})" : string.Empty);

    private Respondent RespondentById(Guid respondentId) =>
        _respondents.FirstOrDefault(r => r.Id == respondentId) ?? throw new DomainException("Deze beklaagde hoort niet bij de klacht.");

    /// <summary>The respondent a hearing is for: none for the complainant alone; a choice only when there are several.</summary>
    private Respondent? HearingRespondent(HearingParty party, Guid? respondentId)
    {
        if (party == HearingParty.Complainant)
        {
            return respondentId is null ? null : throw new DomainException("Wie alleen de klager hoort, kiest geen beklaagde.");
        }

        if (_respondents.Count == 0)
        {
            throw new DomainException("Voeg eerst de beklaagde toe.");
        }

        if (respondentId is { } chosen)
        {
            return RespondentById(chosen);
        }

        return _respondents.Count == 1
            ? _respondents[0]
            : throw new DomainException("Deze klacht heeft meer beklaagden. Kies welke beklaagde u uitnodigt; elke beklaagde krijgt de kans om gehoord te worden.");
    }

    private Hearing HearingById(Guid hearingId) =>
        _hearings.FirstOrDefault(h => h.Id == hearingId) ?? throw new DomainException("Dit horen hoort niet bij de klacht.");

    /// <summary>Open and not yet in closure: the content of the handling can still change.</summary>
    private void EnsureActive()
    {
        EnsureOpen();
        if (Status == ComplaintStatus.Closing)
        {
            throw new DomainException("De klacht wordt afgerond. Verstuur de brieven en sluit de klacht af.");
        }
    }

    private void EnsureStatus(string explanation, params ComplaintStatus[] allowed)
    {
        EnsureOpen();
        if (!allowed.Contains(Status))
        {
            throw new DomainException($"{explanation} Deze klacht is in de fase '{StatusFacts.DutchName(Status)}'.");
        }
    }

    private static void EnsureNotInFuture(DateOnly date, DateTimeOffset at)
    {
        if (date > DateOnly.FromDateTime(at.DateTime))
        {
            throw new DomainException("Deze datum ligt in de toekomst.");
        }
    }

    private static string Required(string? value, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException(message) : value.Trim();

}
