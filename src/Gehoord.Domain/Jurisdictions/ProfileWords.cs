namespace Gehoord.Domain.Jurisdictions;

/// <summary>
/// The articles and terms a profile's pages cite, so a Flemish case never cites the Awb and a
/// Dutch one never the decree. A null article means the profile's rules have no such provision:
/// the page then says the rule without a citation.
/// </summary>
/// <param name="NotInvolvedHandler">The handler was not involved in the conduct (Awb 9:7; II.86).</param>
/// <param name="CopyToRespondent">The respondent gets a copy of the complaint (Awb 9:9).</param>
/// <param name="Hearing">Offering a hearing and reporting on it (Awb 9:10).</param>
/// <param name="HearingWaiver">The reasons for not hearing the complainant (Awb 9:10 lid 2).</param>
/// <param name="Resolved">Formal duties lapse once resolved to satisfaction (Awb 9:5).</param>
/// <param name="Extension">Postponing the handling term (Awb 9:11 lid 2).</param>
/// <param name="Committee">Handling by an advisory committee (Awb 9:13).</param>
/// <param name="CommitteeAdvice">The committee's report and advice (Awb 9:14 en 9:15).</param>
/// <param name="DeviatingFromAdvice">Reasons when deviating from the advice (Awb 9:15).</param>
/// <param name="ClosingLetter">What the closing letter says, with the ombudsman (Awb 9:12; II.85).</param>
/// <param name="StandardsName">What the standards are called: "behoorlijkheidsnormen" or "ombudsnormen".</param>
public sealed record ProfileWords(
    string? NotInvolvedHandler,
    string? CopyToRespondent,
    string? Hearing,
    string? HearingWaiver,
    string? Resolved,
    string? Extension,
    string? Committee,
    string? CommitteeAdvice,
    string? DeviatingFromAdvice,
    string? ClosingLetter,
    string StandardsName)
{
    public static ProfileWords NlAwb { get; } = new(
        NotInvolvedHandler: "Awb 9:7",
        CopyToRespondent: "Awb 9:9",
        Hearing: "Awb 9:10",
        HearingWaiver: "Awb 9:10 lid 2",
        Resolved: "Awb 9:5",
        Extension: "Awb 9:11 lid 2",
        Committee: "Awb 9:13",
        CommitteeAdvice: "Awb 9:14 en 9:15",
        DeviatingFromAdvice: "Awb 9:15",
        ClosingLetter: "Awb 9:12",
        StandardsName: "behoorlijkheidsnormen");

    /// <summary>
    /// Bestuursdecreet II.74–II.87: independence (II.86) and the ombudsman referral (II.85) have
    /// an article; hearing, copies, postponement and committees are good practice, not law.
    /// </summary>
    public static ProfileWords VlBestuursdecreet { get; } = new(
        NotInvolvedHandler: "art. II.86 Bestuursdecreet",
        CopyToRespondent: null,
        Hearing: null,
        HearingWaiver: null,
        Resolved: null,
        Extension: null,
        Committee: null,
        CommitteeAdvice: null,
        DeviatingFromAdvice: null,
        ClosingLetter: "art. II.85 Bestuursdecreet",
        StandardsName: "ombudsnormen");

    /// <summary>An organisation's own arrangement cites no law; its standards keep their name.</summary>
    public static ProfileWords Custom(IReadOnlyList<ProprietyStandard> standards) => new(
        null, null, null, null, null, null, null, null, null, null,
        ReferenceEquals(standards, ProprietyStandard.Ombudsnormen) ? "ombudsnormen" : "behoorlijkheidsnormen");

    /// <summary>" (Awb 9:7)" to put after a sentence's words, or nothing when there is no article.</summary>
    public static string Cite(string? article) => article is null ? string.Empty : $" ({article})";
}
