using System.Globalization;
using Gehoord.Domain.Complaints;

namespace Gehoord.Domain.Intake;

/// <summary>
/// What the status page shows to whoever enters the tracking code: the stage, the next step and
/// the date by which the citizen will hear. <paramref name="HearBy"/> is null when no date is
/// promised (closed, a signal, or the date has passed).
/// </summary>
public sealed record CitizenStatusView(string Stage, string NextStep, DateOnly? HearBy, string? HearByText, bool IsClosed);

/// <summary>
/// The status page in plain words. Anyone who has the tracking code can see it, so this takes
/// no personal data at all: no names of staff, no description, nothing about the complainant.
/// Only fixed sentences and a date come out.
/// </summary>
public static class CitizenStatus
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CitizenStatusView For(
        ComplaintStatus status,
        ComplaintKind kind,
        ComplaintOutcome outcome,
        DateOnly? handlingDueOn,
        DateOnly today,
        bool english = false)
    {
        var isClosed = status == ComplaintStatus.Closed;

        // A signal gets no reply, so it promises no date either.
        if (kind == ComplaintKind.Signal)
        {
            return english
                ? new CitizenStatusView("Your report has been registered.", "You will not get a reply, but we learn from it.", null, null, isClosed)
                : new CitizenStatusView("Uw melding is geregistreerd.", "U krijgt hierop geen antwoord, maar wij leren ervan.", null, null, isClosed);
        }

        var (stage, nextStep) = isClosed ? ClosedTexts(outcome, english) : OpenTexts(status, english);
        if (isClosed || handlingDueOn is not { } due)
        {
            return new CitizenStatusView(stage, nextStep, null, null, isClosed);
        }

        if (due < today)
        {
            // A date in the past is no promise; say sorry and that we take the initiative.
            return new CitizenStatusView(
                stage,
                nextStep,
                null,
                english
                    ? "It is taking longer than it should. We are sorry. We will contact you."
                    : "Het duurt langer dan de bedoeling was. Dat spijt ons. Wij nemen contact met u op.",
                isClosed);
        }

        var hearByText = english
            ? $"You will hear from us by {due.ToString("d MMMM yyyy", English)} at the latest."
            : $"U hoort uiterlijk op {due.ToString("d MMMM yyyy", Dutch)} van ons.";
        return new CitizenStatusView(stage, nextStep, due, hearByText, isClosed);
    }

    private static (string Stage, string NextStep) OpenTexts(ComplaintStatus status, bool english) => (status, english) switch
    {
        (ComplaintStatus.Received, false) => ("Wij hebben uw klacht ontvangen.", "Een medewerker neemt binnenkort contact met u op."),
        (ComplaintStatus.Received, true) => ("We have received your complaint.", "A member of staff will contact you soon."),
        (ComplaintStatus.Exploring, false) => (
            "We praten met u over uw klacht. We willen weten wat er is gebeurd en wat u nodig hebt.",
            "Daarna zoeken we samen met u naar een oplossing."),
        (ComplaintStatus.Exploring, true) => (
            "We are talking with you about your complaint. We want to know what happened and what you need.",
            "Then we will look for a solution together with you."),
        (ComplaintStatus.Resolving, false) => (
            "We zoeken samen met u naar een oplossing.",
            "Wij vertellen u wat we gaan doen. Daarna vragen we of u tevreden bent."),
        (ComplaintStatus.Resolving, true) => (
            "We are looking for a solution together with you.",
            "We will tell you what we are going to do. Then we will ask if you are satisfied."),
        (ComplaintStatus.Investigating, false) => (
            "We onderzoeken uw klacht. Misschien nodigen we u uit voor een gesprek (hoorzitting).",
            "Daarna geven we ons oordeel over uw klacht. U krijgt dat in een brief."),
        (ComplaintStatus.Investigating, true) => (
            "We are investigating your complaint. We may invite you for a talk (hearing).",
            "Then we will give our judgement on your complaint. You will get it in a letter."),
        (ComplaintStatus.Judged, false) => (
            "Ons onderzoek is klaar. We hebben een oordeel over uw klacht.",
            "U krijgt een brief met ons oordeel. Daarin staat ook waarom wij zo oordelen."),
        (ComplaintStatus.Judged, true) => (
            "Our investigation is finished. We have reached a judgement on your complaint.",
            "You will get a letter with our judgement. It also says why we reached it."),
        (ComplaintStatus.Closing, false) => (
            "We ronden uw klacht af.",
            "We vragen u of u tevreden bent en of alles is besproken. Daarna sluiten we uw klacht af."),
        (ComplaintStatus.Closing, true) => (
            "We are finishing the handling of your complaint.",
            "We will ask if you are satisfied and if everything has been discussed. Then we will close your complaint."),
        (ComplaintStatus.Reopened, false) => (
            "Uw klacht is weer geopend.",
            "Een medewerker neemt binnenkort contact met u op."),
        (ComplaintStatus.Reopened, true) => (
            "Your complaint has been reopened.",
            "A member of staff will contact you soon."),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No citizen text for this status."),
    };

    // The door stays open after closing (docs/rules.md §6): every closed text says what the citizen can still do.
    private static (string Stage, string NextStep) ClosedTexts(ComplaintOutcome outcome, bool english)
    {
        var doorOpen = english
            ? "Do you disagree, or is something still wrong? Please contact us. You can also go to the ombudsman."
            : "Bent u het er niet mee eens? Of is er nog iets? Neem dan contact met ons op. U kunt ook naar de ombudsman.";
        return (outcome, english) switch
        {
            (ComplaintOutcome.ResolvedOnTheSpot, false) => ("Uw klacht is meteen opgelost en afgesloten.", doorOpen),
            (ComplaintOutcome.ResolvedOnTheSpot, true) => ("Your complaint was solved straight away and is closed.", doorOpen),
            (ComplaintOutcome.Resolved, false) => ("Uw klacht is opgelost en afgesloten.", doorOpen),
            (ComplaintOutcome.Resolved, true) => ("Your complaint has been solved and is closed.", doorOpen),
            (ComplaintOutcome.Judged, false) => ("Uw klacht is afgesloten. U hebt een brief gekregen met ons oordeel.", doorOpen),
            (ComplaintOutcome.Judged, true) => ("Your complaint is closed. You have received a letter with our judgement.", doorOpen),
            (ComplaintOutcome.Referred, false) => (
                "Uw klacht is afgesloten. Een andere organisatie helpt u verder.",
                "Wij hebben u met die organisatie in contact gebracht. Lukt dat niet? Neem dan contact met ons op."),
            (ComplaintOutcome.Referred, true) => (
                "Your complaint is closed. Another organisation will help you further.",
                "We have put you in touch with that organisation. If that does not work, please contact us."),
            (ComplaintOutcome.Withdrawn, false) => (
                "U hebt uw klacht ingetrokken. De klacht is afgesloten.",
                "Wilt u toch verder met uw klacht? Neem dan contact met ons op."),
            (ComplaintOutcome.Withdrawn, true) => (
                "You withdrew your complaint. The complaint is closed.",
                "Do you want to continue after all? Please contact us."),
            (ComplaintOutcome.NotHandled, false) => (
                "Wij behandelen uw klacht niet. U hebt een brief gekregen waarin staat waarom.",
                "Bent u het daar niet mee eens? Dan kunt u naar de ombudsman. In de brief staat hoe dat gaat. Hebt u een vraag? Neem dan contact met ons op."),
            (ComplaintOutcome.NotHandled, true) => (
                "We are not handling your complaint. You have received a letter that explains why.",
                "Do you disagree? Then you can go to the ombudsman. The letter explains how. Do you have a question? Please contact us."),
            (ComplaintOutcome.Forwarded, false) => (
                "Wij hebben uw klacht doorgestuurd naar de organisatie die erover gaat.",
                "Die organisatie neemt contact met u op. Hoort u niets? Neem dan contact met ons op."),
            (ComplaintOutcome.Forwarded, true) => (
                "We have sent your complaint on to the organisation that deals with it.",
                "That organisation will contact you. If you hear nothing, please contact us."),

            // Closed without a recorded outcome should not happen; still show something true.
            (ComplaintOutcome.None, false) => ("Uw klacht is afgesloten.", doorOpen),
            (ComplaintOutcome.None, true) => ("Your complaint is closed.", doorOpen),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "No citizen text for this outcome."),
        };
    }
}
