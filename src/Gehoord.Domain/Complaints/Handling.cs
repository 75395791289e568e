namespace Gehoord.Domain.Complaints;

/// <summary>How a contact moment takes place. Only a letter is not personal contact.</summary>
public enum ContactForm
{
    Phone,
    Meeting,
    Video,
    Letter,
}

/// <summary>Who the handler is in contact with.</summary>
public enum ContactParty
{
    Complainant,
    Respondent,
}

/// <summary>What was done to solve the complaint (rule of thumb 3); several may apply.</summary>
[Flags]
public enum SolutionMeasures
{
    None = 0,
    Explanation = 1,
    ErrorCorrected = 2,
    DecisionReconsidered = 4,
    Apology = 8,
    Compensation = 16,
    WarmReferral = 32,
    Mediation = 64,
    Other = 128,
}

/// <summary>Who is heard (Awb 9:10). "Both" is a joint hearing of complainant and respondent.</summary>
public enum HearingParty
{
    Complainant,
    Respondent,
    Both,
}

public enum HearingForm
{
    InPerson,
    Phone,
    Video,
    Written,
}

/// <summary>The only three reasons the complainant need not be heard (Awb 9:10 lid 2).</summary>
public enum HearingWaiverReason
{
    ManifestlyUnfounded,
    ComplainantDeclined,
    NoResponseInTime,
}

public enum InvolvedRole
{
    Witness,
    ThirdParty,
}

/// <summary>The judgement on one complaint part.</summary>
public enum Verdict
{
    Founded,
    PartlyFounded,
    Unfounded,

    /// <summary>What happened can no longer be established (seed 001 §4.5, case 2007/330).</summary>
    NoJudgement,
}

/// <summary>At which level a lesson applies (glossary: Lesson).</summary>
public enum LessonLevel
{
    Case,
    WorkingMethod,
    Policy,
}

/// <summary>The letters handling can call for; composing them is the letters feature.</summary>
public enum LetterKind
{
    Acknowledgement,
    ContactConfirmation,
    NotHandledNotice,
    ForwardingNotice,
    ExtensionNotice,
    HearingInvitation,
    HearingReport,
    ClosingAfterSolution,
    ClosingAfterInvestigation,
    ConductArrangement,
    WithdrawalConfirmation,
}

public enum LetterRecipient
{
    Complainant,
    Respondent,
}

/// <summary>The steps handling can take; the case page shows what each still needs.</summary>
public enum HandlingStep
{
    StartExploration,
    StartResolving,
    StartInvestigation,
    Judge,
    CloseAsResolved,
    CloseAfterInvestigation,
    NotHandle,
    Forward,
    Withdraw,
    Close,
    Reopen,
}

/// <summary>One condition of a step, phrased as a fact that is or is not yet true.</summary>
public sealed record Requirement(string Text, bool Met);

/// <summary>A personal contact, planned or held, with a summary of what was said.</summary>
public sealed class ContactMoment
{
    private ContactMoment()
    {
    }

    internal ContactMoment(Guid id, ContactParty party, ContactForm form, DateTimeOffset? plannedFor, DateTimeOffset? heldAt, string? summary, bool soundRecordingAnnounced)
    {
        Id = id;
        Party = party;
        Form = form;
        PlannedFor = plannedFor;
        HeldAt = heldAt;
        Summary = summary;
        SoundRecordingAnnounced = soundRecordingAnnounced;
    }

    public Guid Id { get; private set; }

    public ContactParty Party { get; private set; }

    public ContactForm Form { get; private set; }

    public DateTimeOffset? PlannedFor { get; private set; }

    public DateTimeOffset? HeldAt { get; private set; }

    public string? Summary { get; private set; }

    /// <summary>The citizen announced recording the conversation; recorded, never forbidden.</summary>
    public bool SoundRecordingAnnounced { get; private set; }

    public bool IsHeld => HeldAt is not null;

    internal void Hold(ContactParty party, ContactForm form, DateTimeOffset heldAt, string summary, bool soundRecordingAnnounced)
    {
        Party = party;
        Form = form;
        HeldAt = heldAt;
        Summary = summary;
        SoundRecordingAnnounced = soundRecordingAnnounced;
    }
}

/// <summary>A hearing (Awb 9:10): invited, then held with a report, or declined.</summary>
public sealed class Hearing
{
    private Hearing()
    {
    }

    internal Hearing(Guid id, HearingParty party, Guid? respondentId, HearingForm form, DateOnly invitedOn, DateOnly? plannedOn)
    {
        Id = id;
        Party = party;
        RespondentId = respondentId;
        Form = form;
        InvitedOn = invitedOn;
        PlannedOn = plannedOn;
    }

    public Guid Id { get; private set; }

    public HearingParty Party { get; private set; }

    /// <summary>
    /// The respondent heard (Awb 9:10: each respondent is offered a hearing). Null for the
    /// complainant alone, and on hearings from before this was recorded, which count for all.
    /// </summary>
    public Guid? RespondentId { get; private set; }

    public HearingForm Form { get; private set; }

    public DateOnly InvitedOn { get; private set; }

    public DateOnly? PlannedOn { get; private set; }

    public DateOnly? HeldOn { get; private set; }

    /// <summary>The report (verslag) the law requires of a hearing.</summary>
    public string? Report { get; private set; }

    /// <summary>The party let it be known they do not want to be heard.</summary>
    public bool Declined { get; private set; }

    public bool Hears(HearingParty party) => Party == party || Party == HearingParty.Both;

    public bool HearsRespondent(Guid respondentId) => Hears(HearingParty.Respondent) && (RespondentId is null || RespondentId == respondentId);

    internal void Hold(DateOnly heldOn, string report)
    {
        HeldOn = heldOn;
        Report = report;
        Declined = false;
    }

    internal void Decline() => Declined = true;
}

/// <summary>A witness or a third party involved in the investigation.</summary>
public sealed class InvolvedPerson
{
    private InvolvedPerson()
    {
        Name = string.Empty;
    }

    internal InvolvedPerson(Guid id, InvolvedRole role, string name, DateOnly? discussedWithComplainantOn, string? statement)
    {
        Id = id;
        Role = role;
        Name = name;
        DiscussedWithComplainantOn = discussedWithComplainantOn;
        Statement = statement;
    }

    public Guid Id { get; private set; }

    public InvolvedRole Role { get; private set; }

    public string Name { get; private set; }

    /// <summary>Third parties are only informed after this talk with the complainant (privacy).</summary>
    public DateOnly? DiscussedWithComplainantOn { get; private set; }

    public string? Statement { get; private set; }
}

/// <summary>What the handler found when holding the conduct against one propriety standard.</summary>
public enum StandardFinding
{
    /// <summary>The conduct met the standard.</summary>
    Met,

    /// <summary>The conduct breached the standard; a note says how.</summary>
    Breached,

    /// <summary>
    /// The facts could not be established, so the standard cannot be judged either way; a note
    /// says why. Not the same as "met": the letter must not suggest the conduct was proper.
    /// </summary>
    NotAssessable,
}

/// <summary>How the conduct measures up to one propriety standard.</summary>
public sealed class StandardAssessment
{
    private StandardAssessment()
    {
        StandardName = string.Empty;
        Note = string.Empty;
    }

    internal StandardAssessment(int standardNumber, string standardName, StandardFinding finding, string note)
    {
        StandardNumber = standardNumber;
        StandardName = standardName;
        Finding = finding;
        Note = note;
    }

    public int StandardNumber { get; private set; }

    /// <summary>Copied so the case file stays readable if a list is ever renumbered.</summary>
    public string StandardName { get; private set; }

    public StandardFinding Finding { get; private set; }

    public bool Breached => Finding == StandardFinding.Breached;

    public string Note { get; private set; }

    internal void Change(StandardFinding finding, string note)
    {
        Finding = finding;
        Note = note;
    }
}

/// <summary>
/// A letter that handling calls for and that has not necessarily gone out yet. Required ones
/// block closing until sent; the letters feature composes them.
/// </summary>
public sealed class LetterTask
{
    private LetterTask()
    {
    }

    internal LetterTask(Guid id, LetterKind kind, LetterRecipient recipient, string? recipientName, bool required, DateTimeOffset createdAt, string? subject = null, Guid? aboutId = null)
    {
        Subject = subject;
        AboutId = aboutId;
        Id = id;
        Kind = kind;
        Recipient = recipient;
        RecipientName = recipientName;
        Required = required;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public LetterKind Kind { get; private set; }

    public LetterRecipient Recipient { get; private set; }

    public string? RecipientName { get; private set; }

    /// <summary>What the letter is about when a case can have several of its kind ("horen van de klager op 24-11-2026").</summary>
    public string? Subject { get; private set; }

    /// <summary>The hearing an invitation or report is about, so the composer fills in that hearing's date.</summary>
    public Guid? AboutId { get; private set; }

    /// <summary>The law demands this letter (e.g. Awb 9:8 lid 3, 9:11 lid 2, 9:12); closing waits for it.</summary>
    public bool Required { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public string? DoneVia { get; private set; }

    public bool IsDone => DoneAt is not null;

    internal void Complete(DateTimeOffset at, string via)
    {
        DoneAt = at;
        DoneVia = via;
    }
}
