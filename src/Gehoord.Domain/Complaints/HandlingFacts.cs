namespace Gehoord.Domain.Complaints;

/// <summary>The Dutch words for the handling enums, one place for pages and timeline texts.</summary>
public static class HandlingFacts
{
    public static IReadOnlyList<SolutionMeasures> AllMeasures { get; } =
    [
        SolutionMeasures.Explanation,
        SolutionMeasures.ErrorCorrected,
        SolutionMeasures.DecisionReconsidered,
        SolutionMeasures.Apology,
        SolutionMeasures.Compensation,
        SolutionMeasures.WarmReferral,
        SolutionMeasures.Mediation,
        SolutionMeasures.Other,
    ];

    public static string DutchName(ContactForm form) => form switch
    {
        ContactForm.Phone => "Telefoon",
        ContactForm.Meeting => "Gesprek",
        ContactForm.Video => "Videobellen",
        ContactForm.Letter => "Brief of e-mail",
        _ => form.ToString(),
    };

    public static string DutchName(ContactParty party) => party switch
    {
        ContactParty.Complainant => "Klager",
        ContactParty.Respondent => "Beklaagde",
        _ => party.ToString(),
    };

    public static string DutchName(SolutionMeasures measure) => measure switch
    {
        SolutionMeasures.Explanation => "Uitleg gegeven",
        SolutionMeasures.ErrorCorrected => "Fout hersteld",
        SolutionMeasures.DecisionReconsidered => "Besluit heroverwogen",
        SolutionMeasures.Apology => "Excuses gemaakt",
        SolutionMeasures.Compensation => "Vergoeding gegeven",
        SolutionMeasures.WarmReferral => "Warm doorverwezen naar een andere instantie",
        SolutionMeasures.Mediation => "Bemiddelingsgesprek",
        SolutionMeasures.Other => "Iets anders",
        _ => measure.ToString(),
    };

    public static string DutchNames(SolutionMeasures measures) =>
        string.Join(", ", AllMeasures.Where(m => measures.HasFlag(m)).Select(DutchName));

    public static string DutchName(HearingParty party) => party switch
    {
        HearingParty.Complainant => "Klager",
        HearingParty.Respondent => "Beklaagde",
        HearingParty.Both => "Klager en beklaagde samen",
        _ => party.ToString(),
    };

    public static string DutchName(HearingForm form) => form switch
    {
        HearingForm.InPerson => "Gesprek op locatie",
        HearingForm.Phone => "Telefoon",
        HearingForm.Video => "Videobellen",
        HearingForm.Written => "Schriftelijk",
        _ => form.ToString(),
    };

    public static string DutchName(HearingWaiverReason reason) => reason switch
    {
        HearingWaiverReason.ManifestlyUnfounded => "De klacht is kennelijk ongegrond",
        HearingWaiverReason.ComplainantDeclined => "De klager wil niet gehoord worden",
        HearingWaiverReason.NoResponseInTime => "De klager reageerde niet binnen een redelijke termijn",
        _ => reason.ToString(),
    };

    public static string DutchName(InvolvedRole role) => role switch
    {
        InvolvedRole.Witness => "Getuige",
        InvolvedRole.ThirdParty => "Derde",
        _ => role.ToString(),
    };

    public static string DutchName(Verdict verdict) => verdict switch
    {
        Verdict.Founded => "Gegrond",
        Verdict.PartlyFounded => "Deels gegrond",
        Verdict.Unfounded => "Ongegrond",
        Verdict.NoJudgement => "Geen oordeel",
        _ => verdict.ToString(),
    };

    public static string DutchName(StandardFinding finding) => finding switch
    {
        StandardFinding.Met => "Niet geschonden",
        StandardFinding.Breached => "Geschonden",
        StandardFinding.NotAssessable => "Niet te beoordelen",
        _ => finding.ToString(),
    };

    public static string DutchName(LessonLevel level) => level switch
    {
        LessonLevel.Case => "Deze zaak",
        LessonLevel.WorkingMethod => "Werkwijze",
        LessonLevel.Policy => "Beleid",
        _ => level.ToString(),
    };

    public static string DutchName(LetterKind kind) => kind switch
    {
        LetterKind.Acknowledgement => "Ontvangstbevestiging",
        LetterKind.ContactConfirmation => "Bevestiging van het gesprek",
        LetterKind.NotHandledNotice => "Brief: klacht wordt niet behandeld",
        LetterKind.ForwardingNotice => "Brief: klacht doorgestuurd",
        LetterKind.ExtensionNotice => "Brief: verdaging van de termijn",
        LetterKind.HearingInvitation => "Uitnodiging voor het horen",
        LetterKind.HearingReport => "Verslag van het horen",
        LetterKind.ClosingAfterSolution => "Afsluitende brief na oplossing",
        LetterKind.ClosingAfterInvestigation => "Afsluitende brief na onderzoek",
        LetterKind.ConductArrangement => "Brief: afspraken over contact (gedragslijn)",
        LetterKind.WithdrawalConfirmation => "Bevestiging van de intrekking",
        _ => kind.ToString(),
    };

    public static string DutchName(LetterRecipient recipient) => recipient switch
    {
        LetterRecipient.Complainant => "klager",
        LetterRecipient.Respondent => "beklaagde",
        _ => recipient.ToString(),
    };

    public static string DutchName(HandlingStep step) => step switch
    {
        HandlingStep.StartExploration => "Probleem verkennen",
        HandlingStep.StartResolving => "Naar oplossen",
        HandlingStep.StartInvestigation => "Naar onderzoek en oordeel",
        HandlingStep.Judge => "Oordeel vaststellen",
        HandlingStep.CloseAsResolved => "Afronden: opgelost",
        HandlingStep.CloseAfterInvestigation => "Afronden na onderzoek",
        HandlingStep.NotHandle => "Niet behandelen",
        HandlingStep.Forward => "Doorsturen",
        HandlingStep.Withdraw => "Intrekking vastleggen",
        HandlingStep.Close => "Afsluiten",
        HandlingStep.Reopen => "Heropenen",
        _ => step.ToString(),
    };

    public static string DutchName(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.None => "Nog geen",
        ComplaintOutcome.ResolvedOnTheSpot => "Direct opgelost",
        ComplaintOutcome.Resolved => "Opgelost naar tevredenheid",
        ComplaintOutcome.Judged => "Oordeel gegeven",
        ComplaintOutcome.Referred => "Doorverwezen",
        ComplaintOutcome.Withdrawn => "Ingetrokken",
        ComplaintOutcome.NotHandled => "Niet behandeld",
        ComplaintOutcome.Forwarded => "Doorgestuurd naar de juiste organisatie",
        _ => outcome.ToString(),
    };
}
