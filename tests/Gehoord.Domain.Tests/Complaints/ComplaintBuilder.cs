using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Letters;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>
/// Drives a complaint through the public transitions to each stage, so that the handling tests
/// share one way of building their cases. <see cref="InStatus"/> also meets every requirement
/// of the steps the stage offers, so a refused step can only be refused by the lifecycle.
/// </summary>
internal static class ComplaintBuilder
{
    /// <summary>Monday 2 March 2026: 6 weeks later is Monday 13 April 2026.</summary>
    public static readonly DateOnly ReceivedOn = new(2026, 3, 2);

    public static readonly DateTimeOffset Now = new(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(1));

    public static readonly Actor Employee = Actor.Staff("u-employee", "Eva Medewerker");

    public static readonly Actor Handler = Actor.Staff("u-handler", "Hans Behandelaar");

    public static readonly Actor Coordinator = Actor.Staff("u-coord", "Cora Coördinator");

    public static readonly JurisdictionProfile Nl = JurisdictionProfile.NlAwb;

    public static readonly OmbudsmanReferral Referral = new("de Nationale ombudsman", "binnen één jaar na de datum van deze brief");

    public static readonly Complainant JDeVries = new(Name: "J. de Vries", Email: "j.devries@example.org", Phone: "06-12345678");

    public static IEnumerable<ComplaintStatus> AllStatuses => Enum.GetValues<ComplaintStatus>();

    public static IEnumerable<HandlingStep> AllSteps => Enum.GetValues<HandlingStep>();

    public static Complaint Register(
        Channel channel = Channel.WebForm,
        Complainant? complainant = null,
        DateOnly? receivedOn = null,
        DateTimeOffset? at = null,
        bool advisoryCommittee = false,
        ComplaintKind kind = ComplaintKind.Complaint,
        JurisdictionProfile? profile = null) =>
        Complaint.Register(
            Guid.NewGuid(),
            Guid.NewGuid(),
            new ReferenceNumber(2026, 7),
            TrackingCode.New(),
            new ComplaintRegistration(
                channel,
                kind,
                receivedOn ?? ReceivedOn,
                "Ik ben aan de balie onheus bejegend en niemand belt mij terug.",
                complainant ?? JDeVries,
                AdvisoryCommittee: advisoryCommittee),
            profile ?? JurisdictionProfile.NlAwb,
            Employee,
            at ?? Now);

    /// <summary>Registered at 10:00 on the day after <paramref name="receivedOn"/>, for tables of real dates.</summary>
    public static Complaint ReceivedOnDay(DateOnly receivedOn, JurisdictionProfile? profile = null) =>
        Register(receivedOn: receivedOn, at: DayAfter(receivedOn), profile: profile);

    public static DateTimeOffset DayAfter(DateOnly date) =>
        new(date.AddDays(1).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1));

    public static ComplaintDeadline DeadlineOf(Complaint complaint, DeadlineKind kind) =>
        complaint.Deadlines.Single(d => d.Kind == kind);

    /// <summary>Received, with a handler (assigned unless it already has one).</summary>
    public static Complaint Assigned(Complaint? complaint = null, DateTimeOffset? at = null)
    {
        complaint ??= Register(at: at);
        if (complaint.HandlerId is null)
        {
            complaint.AssignHandler(Handler, Coordinator, at ?? Now);
        }

        return complaint;
    }

    /// <summary>Exploring, with the core described (needed to resolve or investigate).</summary>
    public static Complaint Exploring(Complaint? complaint = null, DateTimeOffset? at = null)
    {
        complaint = Assigned(complaint, at);
        complaint.StartExploration(Handler, at ?? Now);
        complaint.DescribeCore("Niet teruggebeld na de toezegging aan de balie.", "Excuses en een antwoord op de vraag.", Handler, at ?? Now);
        return complaint;
    }

    public static Complaint Resolving(Complaint? complaint = null, DateTimeOffset? at = null)
    {
        complaint = Exploring(complaint, at);
        complaint.StartResolving(Handler, at ?? Now);
        return complaint;
    }

    /// <summary>Investigating, with one part.</summary>
    public static Complaint Investigating(Complaint? complaint = null, DateTimeOffset? at = null)
    {
        complaint = Exploring(complaint, at);
        complaint.AddPart(Guid.NewGuid(), "Niet teruggebeld", Handler, at ?? Now);
        complaint.StartInvestigation("De klager wil een oordeel.", Handler, at ?? Now);
        return complaint;
    }

    /// <summary>A complaint in <paramref name="status"/> on which every step the stage offers can be taken.</summary>
    public static Complaint InStatus(ComplaintStatus status)
    {
        if (status == ComplaintStatus.Reopened)
        {
            // Only a complaint closed without a handler (resolved on the spot) reopens to this stage.
            var reopened = Register(Channel.Counter);
            reopened.ResolveOnTheSpot("Lang gewacht aan de balie.", "Excuses gemaakt en direct geholpen.", Employee, Now);
            reopened.Reopen(Nl, "De klager belt terug: het probleem is er weer.", Employee, Now);
            reopened.AssignHandler(Handler, Coordinator, Now);
            return reopened;
        }

        var complaint = Assigned();
        PersonalContact(complaint);
        if (status == ComplaintStatus.Received)
        {
            return complaint;
        }

        Exploring(complaint);
        return status switch
        {
            ComplaintStatus.Exploring => WithPart(complaint),
            ComplaintStatus.Resolving => ReadyToCloseAsResolved(WithPart(complaint)),
            _ => FromInvestigating(complaint, status),
        };
    }

    public static ContactMoment PersonalContact(Complaint complaint, ContactForm form = ContactForm.Phone, DateTimeOffset? at = null) =>
        complaint.RecordContact(Guid.NewGuid(), ContactParty.Complainant, form, at ?? Now, "Besproken wat er is gebeurd en wat de klager wil.", false, Handler, at ?? Now);

    public static Complaint WithPart(Complaint complaint)
    {
        complaint.AddPart(Guid.NewGuid(), "Niet teruggebeld", Handler, Now);
        return complaint;
    }

    public static void RecordSolution(Complaint complaint, SolutionMeasures measures = SolutionMeasures.Apology | SolutionMeasures.Explanation) =>
        complaint.RecordSolution(measures, "Excuses gemaakt en uitgelegd hoe het terugbellen nu gaat.", null, null, null, null, null, Handler, Now);

    public static void RecordLesson(Complaint complaint) =>
        complaint.RecordLesson("Terugbelverzoeken komen voortaan in de gedeelde agenda.", LessonLevel.WorkingMethod, true, true, Handler, Now);

    /// <summary>Resolving with a solution, a positive controlevraag and a lesson.</summary>
    public static Complaint ReadyToCloseAsResolved(Complaint complaint)
    {
        if (complaint.Status != ComplaintStatus.Resolving)
        {
            complaint.StartResolving(Handler, Now);
        }

        RecordSolution(complaint);
        complaint.RecordSatisfactionCheck(true, true, null, ReceivedOn.AddDays(1), Handler, Now);
        RecordLesson(complaint);
        return complaint;
    }

    /// <summary>Every part judged, the complainant heard, one standard and lawfulness assessed.</summary>
    public static void PrepareJudgement(Complaint complaint)
    {
        foreach (var part in complaint.Parts)
        {
            complaint.GiveVerdict(part.Id, Verdict.Founded, true, "De toegezegde terugbelafspraak is niet nagekomen.", Handler, Now);
        }

        HearComplainant(complaint);
        AssessStandard(complaint);
        complaint.AssessLawfulness(true, "Geen regel geschonden.", Handler, Now);
    }

    public static Hearing HearComplainant(Complaint complaint)
    {
        var hearing = complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Complainant, null, HearingForm.Phone, ReceivedOn.AddDays(1), null, Handler, Now);
        complaint.RecordHearingHeld(hearing.Id, ReceivedOn.AddDays(1), "De klager licht de klacht toe.", Handler, Now);
        return hearing;
    }

    public static void AssessStandard(Complaint complaint) =>
        complaint.AssessStandard(JurisdictionProfile.NlAwb.StandardFor(17), true, "De toezegging is niet nagekomen.", Handler, Now);

    /// <summary>Sends every letter the law requires, so that the complaint can be closed.</summary>
    public static void SendRequiredLetters(Complaint complaint, DateTimeOffset? at = null)
    {
        foreach (var task in complaint.LetterTasks.Where(t => t.Required && !t.IsDone).ToList())
        {
            SendLetter(complaint, task, at);
        }
    }

    public static LetterCase CaseOf(Complaint complaint, JurisdictionProfile? profile = null, ConductArrangement? conduct = null) =>
        new(complaint, profile ?? Nl, "Gemeente Voorbeeld", "14 020", "klachten@voorbeeld.nl", "https://voorbeeld.nl/volgen?code=X", Handler.Name, conduct);

    /// <summary>
    /// A letter holding every fact of the case, so it passes the completeness check whenever the
    /// case has what the letter type needs; tests of the check itself write their own text.
    /// </summary>
    public static string BodyWithAllFacts(LetterCase letterCase, LetterRequest request) =>
        string.Join("\n\n", LetterFacts.Values(letterCase, request).Values) + "\n\nU kunt ons altijd blijven schrijven.";

    public static SentLetter SendLetter(Complaint complaint, LetterTask task, DateTimeOffset? at = null, JurisdictionProfile? profile = null)
    {
        var letterCase = CaseOf(complaint, profile);
        var request = new LetterRequest(task.Kind, task.Recipient, "nl", task.Id);
        return complaint.SendLetter(letterCase, request, $"Uw klacht {complaint.Reference}", BodyWithAllFacts(letterCase, request), LetterChannel.Post, null, 0, Handler, at ?? Now);
    }

    /// <summary>Takes <paramref name="step"/> with valid input; the outcome depends on the stage alone.</summary>
    public static void Perform(Complaint complaint, HandlingStep step, DateTimeOffset? at = null)
    {
        var when = at ?? Now;
        switch (step)
        {
            case HandlingStep.StartExploration:
                complaint.StartExploration(Handler, when);
                break;
            case HandlingStep.StartResolving:
                complaint.StartResolving(Handler, when);
                break;
            case HandlingStep.StartInvestigation:
                complaint.StartInvestigation("Er is geen oplossing; de klager wil een oordeel.", Handler, when);
                break;
            case HandlingStep.Judge:
                complaint.Judge(Handler, when);
                break;
            case HandlingStep.CloseAsResolved:
                complaint.CloseAsResolved(Handler, when);
                break;
            case HandlingStep.CloseAfterInvestigation:
                complaint.CloseAfterInvestigation(Referral, Handler, when);
                break;
            case HandlingStep.NotHandle:
                complaint.DecideNotToHandle(JurisdictionProfile.NlAwb, "9:8-1b", "De gedraging vond in 2024 plaats.", Referral, Handler, when);
                break;
            case HandlingStep.Forward:
                complaint.Forward("Provincie Utrecht", "De provincie verleent deze vergunning.", Handler, when);
                break;
            case HandlingStep.Withdraw:
                complaint.Withdraw("De klager belde dat het niet meer hoeft.", Handler, when);
                break;
            case HandlingStep.Close:
                complaint.Close(Handler, when);
                break;
            case HandlingStep.Reopen:
                complaint.Reopen(Nl, "De klager is niet tevreden met de uitkomst.", Handler, when);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step.");
        }
    }

    private static Complaint FromInvestigating(Complaint complaint, ComplaintStatus status)
    {
        WithPart(complaint);
        complaint.StartInvestigation("De klager wil een oordeel.", Handler, Now);
        PrepareJudgement(complaint);
        RecordLesson(complaint);
        if (status == ComplaintStatus.Investigating)
        {
            return complaint;
        }

        complaint.Judge(Handler, Now);
        if (status == ComplaintStatus.Judged)
        {
            return complaint;
        }

        complaint.CloseAfterInvestigation(Referral, Handler, Now);
        SendRequiredLetters(complaint);
        if (status == ComplaintStatus.Closing)
        {
            return complaint;
        }

        complaint.Close(Handler, Now);
        return complaint;
    }
}
