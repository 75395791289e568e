using System.Globalization;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Features.Mail;

namespace Gehoord.Web.Features.Cases;

/// <summary>
/// Dutch words and formats for the case file. Staff read dates as "3 december 2026" and
/// moments in local time; every enum gets a B1 name instead of its code name.
/// </summary>
public static class CaseTexts
{
    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    /// <summary>A moment already converted to local time (see <see cref="Infrastructure.Clock.ToLocal"/>).</summary>
    public static string Moment(DateTimeOffset local) => local.ToString("d MMMM yyyy 'om' HH:mm", Dutch);

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(Dutch, $"{Math.Max(1, (long)Math.Ceiling(bytes / 1024d))} KB")
        : string.Create(Dutch, $"{bytes / (1024d * 1024d):0.0} MB");

    public static string KindName(ComplaintKind kind) => kind switch
    {
        ComplaintKind.Signal => "Signaal (geen antwoord nodig)",
        _ => "Klacht",
    };

    public static string LadderStepName(LadderStep step) => step switch
    {
        LadderStep.Frontline => "Trede 1: de medewerker die het hoorde",
        LadderStep.Internal => "Trede 2: klachtbehandeling binnen de organisatie",
        LadderStep.External => "Trede 3: de ombudsman",
        _ => step.ToString(),
    };

    public static string OutcomeName(ComplaintOutcome outcome) => HandlingFacts.DutchName(outcome);

    public static string LanguageName(string language) => language == "en" ? "Engels" : "Nederlands";

    public static string PreferredContactName(PreferredContact contact) => contact switch
    {
        PreferredContact.Email => "E-mail",
        PreferredContact.Phone => "Telefoon",
        PreferredContact.Post => "Post",
        PreferredContact.NoContact => "Wil geen contact",
        _ => "Geen voorkeur",
    };

    public static string DeadlineName(DeadlineKind kind) => DeadlineFacts.DutchName(kind);

    /// <summary>The order in which the terms fall due, so the case file reads from first to last.</summary>
    public static int DeadlineOrder(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Acknowledgement => 0,
        DeadlineKind.PersonalContact => 1,
        DeadlineKind.NotHandledNotice => 2,
        _ => 3,
    };

    public static string PurposeName(string purpose) => purpose == Intake.ComplaintIntake.AcknowledgementPurpose
        ? "Ontvangstbevestiging"
        : purpose;

    /// <summary>Where an e-mail is: sent, waiting, failed and retrying, or given up.</summary>
    public static string MailStatus(OutboxMessage message, Func<DateTimeOffset, DateTimeOffset> toLocal)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(toLocal);
        if (message.SentAt is { } sentAt)
        {
            return message.MayHaveGoneTwice
                ? $"Verzonden op {Moment(toLocal(sentAt))}. Het versturen werd eerder onderbroken; de ontvanger heeft deze e-mail misschien twee keer."
                : $"Verzonden op {Moment(toLocal(sentAt))}";
        }

        if (message.GaveUp)
        {
            return $"Mislukt: {message.LastError}. Na {message.Attempts} pogingen gestopt. Stuur de brief per post of neem contact op.";
        }

        if (message.Attempts > 0)
        {
            return $"Mislukt: {message.LastError}. Nieuwe poging op {Moment(toLocal(message.NextAttemptAt))}.";
        }

        return "Wacht op verzending";
    }
}
