using System.Globalization;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Intake;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Letters;

/// <summary>
/// Everything outside the complaint that a letter needs: who sends it, the organisation's
/// contact details and rules, and the conduct arrangement when the letter announces one.
/// </summary>
public sealed record LetterCase(
    Complaint Complaint,
    JurisdictionProfile Profile,
    string OrganisationName,
    string? ContactPhone,
    string? ContactEmail,
    string StatusUrl,
    string SenderName,
    ConductArrangement? Conduct = null,
    TimeZoneInfo? TimeZone = null)
{
    /// <summary>The calendar day of a moment where the organisation is (a call at 00:30 is that day, not the day before in UTC).</summary>
    public DateOnly LocalDate(DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZone is null ? moment.DateTime : TimeZoneInfo.ConvertTime(moment, TimeZone).DateTime);
}

/// <summary>Which letter: its type, to whom, in which language, and the task it does (if any).</summary>
public sealed record LetterRequest(LetterKind Kind, LetterRecipient Recipient, string Language, Guid? TaskId = null);

/// <summary>
/// Fills the placeholders of <see cref="LetterPlaceholders"/> from a case. A fact the case does
/// not have yet gets no value, so its placeholder stays visible and the completeness check
/// names it; a letter never silently says less than the template meant.
/// </summary>
public static class LetterFacts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo Flemish = CultureInfo.GetCultureInfo("nl-BE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyDictionary<string, string> Values(LetterCase letterCase, LetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(letterCase);
        ArgumentNullException.ThrowIfNull(request);
        var c = letterCase.Complaint;
        var english = request.Language == "en";
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[name] = value.Trim();
            }
        }

        var recipientName = RecipientName(c, request);
        Set("naam_ontvanger", recipientName);
        values["aanhef"] = recipientName is null
            ? english ? "Dear Sir or Madam," : "Beste heer of mevrouw,"
            : english ? $"Dear {recipientName}," : $"Beste {recipientName},";
        Set("organisatie", letterCase.OrganisationName);
        Set("telefoon", letterCase.ContactPhone);
        Set("email", letterCase.ContactEmail);
        Set("behandelaar", c.HandlerName ?? letterCase.SenderName);
        Set("klachtnummer", c.Reference.ToString());
        Set("datum_ontvangst", FormatDate(c.ReceivedOn, letterCase, request));
        Set("samenvatting", AcknowledgementLetter.ShortenSummary(c.Description));
        Set("kern", c.Core ?? AcknowledgementLetter.ShortenSummary(c.Description));
        if (c.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Handling) is { } handling)
        {
            // After an extension the promise made at receipt was the original date; the new one is nieuwe_datum.
            var promised = c.ExtensionDays > 0 ? letterCase.Profile.HandlingDeadline(c.ReceivedOn, c.AdvisoryCommittee).DueOn : handling.DueOn;
            Set("uiterlijk_op", FormatDate(promised, letterCase, request));
            Set("termijn", english ? Term.DescriptionInEnglish(handling.TermDescription) : handling.TermDescription);

            // Deliberately empty without a committee: the paragraph then drops out of the letter.
            var terms = letterCase.Profile.Terms;
            values["adviescommissie"] = c.AdvisoryCommittee ? AcknowledgementLetter.CommitteeParagraph(english, terms.HandlingWithCommittee != terms.Handling) : string.Empty;
            if (c.ExtensionDays > 0)
            {
                Set("nieuwe_datum", FormatDate(handling.DueOn, letterCase, request));
            }
        }

        Set("reden_verdaging", c.ExtensionReason);
        Set("volgadres", letterCase.StatusUrl);
        Set("volgcode", c.TrackingCode);
        if (LastContactWithComplainant(c) is { } contact)
        {
            Set("gesprek_datum", FormatDate(letterCase.LocalDate(contact.HeldAt!.Value), letterCase, request));
            Set("gesprek_samenvatting", contact.Summary);
        }

        if (c.NotHandledGroundCode is { } code && letterCase.Profile.NotHandledGrounds.FirstOrDefault(g => g.Code == code) is { } ground)
        {
            Set("grond", ground.Description);
            Set("grond_artikel", ground.Article);
        }

        Set("motivering", c.NotHandledMotivation);
        Set("doorgestuurd_naar", c.ForwardedTo);
        if (HearingFor(c, request) is { } hearing)
        {
            var on = request.Kind == LetterKind.HearingReport ? hearing.HeldOn : hearing.PlannedOn;
            Set("horen_datum", on is { } date ? FormatDate(date, letterCase, request) : null);
            Set("horen_vorm", english ? EnglishName(hearing.Form) : HandlingFacts.DutchName(hearing.Form).ToLower(Dutch));
            Set("horen_wie", WhoIsHeard(c, hearing, english));
            Set("verslag", hearing.Report);
        }

        Set("oplossing", c.SolutionDescription ?? (c.SolutionMeasures == SolutionMeasures.None ? null : HandlingFacts.DutchNames(c.SolutionMeasures)));
        Set("bevindingen", Findings(c, english));
        Set("oordelen", Verdicts(c, english));
        Set("les", c.LessonText);

        // Deliberately empty when the complaint is not also about other bodies: the paragraph drops out.
        values["keten"] = ChainParagraph(c.ChainBodies, c.JointPosition, english);
        Set("ombudsman", Ombudsman(letterCase, request));
        Set("ombudsman_termijn", OmbudsmanTerm(letterCase, request));
        if (letterCase.Conduct is { } conduct)
        {
            Set("gedrag", conduct.Behaviour);
            Set("gedragsregels", string.Join('\n', ConductRuleLines(conduct).Select(r => "- " + r)));
            Set("gedragslijn_evaluatie", FormatDate(conduct.ReviewOn, letterCase, request));
        }

        Set("reden_intrekking", c.WithdrawalReason);
        return values;
    }

    /// <summary>
    /// The paragraph of a chain complaint (a complaint also about other bodies): which bodies,
    /// and what they say together. Empty when there are none, so the line drops out of a letter.
    /// </summary>
    public static string ChainParagraph(string? chainBodies, string? jointPosition, bool english)
    {
        if (string.IsNullOrWhiteSpace(chainBodies))
        {
            return string.Empty;
        }

        var bodies = chainBodies.Trim().TrimEnd('.');
        var joint = string.IsNullOrWhiteSpace(jointPosition) ? null : jointPosition.Trim();
        return english
            ? $"Your complaint is also about {bodies}. We looked at it together with them." + (joint is null ? string.Empty : $" Together we say: {joint}")
            : $"Uw klacht gaat ook over {bodies}. Wij hebben uw klacht samen met hen bekeken." + (joint is null ? string.Empty : $" Samen zeggen wij: {joint}");
    }

    /// <summary>Who the letter is addressed to by name; null when the complainant gave no name.</summary>
    public static string? RecipientName(Complaint complaint, LetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(request);
        if (request.TaskId is { } taskId && complaint.LetterTasks.FirstOrDefault(t => t.Id == taskId) is { RecipientName: { } fromTask })
        {
            return fromTask;
        }

        if (request.Recipient == LetterRecipient.Respondent)
        {
            var respondents = AddressedRespondents(complaint, request);
            return respondents.Count == 0 ? null : string.Join(", ", respondents.Select(r => r.Name));
        }

        return complaint.Complainant.Name ?? complaint.Complainant.Representative?.Name;
    }

    /// <summary>
    /// The respondents a respondent letter is for: the one a hearing is about when the letter
    /// concerns that hearing, otherwise all of them (an extension concerns everyone).
    /// </summary>
    public static IReadOnlyList<Respondent> AddressedRespondents(Complaint complaint, LetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Recipient != LetterRecipient.Respondent)
        {
            return [];
        }

        return HearingFor(complaint, request)?.RespondentId is { } respondentId
            ? [.. complaint.Respondents.Where(r => r.Id == respondentId)]
            : complaint.Respondents;
    }

    /// <summary>A date as the letter writes it: "3 maart 2027" or "3 March 2027".</summary>
    public static string FormatDate(DateOnly date, LetterCase letterCase, LetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(letterCase);
        ArgumentNullException.ThrowIfNull(request);
        var culture = request.Language == "en"
            ? English
            : letterCase.Profile.Code == JurisdictionProfileCode.VlBestuursdecreet ? Flemish : Dutch;
        return date.ToString("d MMMM yyyy", culture);
    }

    /// <summary>
    /// The hearing a letter is about: the task's own hearing when the task names one, otherwise
    /// the latest that fits (a planned one for an invitation, a held one for a report).
    /// </summary>
    public static Hearing? HearingFor(Complaint complaint, LetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind is not (LetterKind.HearingInvitation or LetterKind.HearingReport))
        {
            return null;
        }

        if (request.TaskId is { } taskId && complaint.LetterTasks.FirstOrDefault(t => t.Id == taskId)?.AboutId is { } hearingId)
        {
            return complaint.Hearings.FirstOrDefault(h => h.Id == hearingId);
        }

        var party = request.Recipient == LetterRecipient.Respondent ? HearingParty.Respondent : HearingParty.Complainant;
        return complaint.Hearings.LastOrDefault(h => h.Hears(party)
            && (request.Kind == LetterKind.HearingReport ? h.HeldOn is not null : h.HeldOn is null && !h.Declined));
    }

    public static ContactMoment? LastContactWithComplainant(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint.ContactMoments
            .Where(m => m.Party == ContactParty.Complainant && m.IsHeld)
            .OrderBy(m => m.HeldAt)
            .LastOrDefault();
    }

    /// <summary>The verdict's word as the letter uses it, lower case: "gegrond", "partly founded".</summary>
    public static string VerdictWord(Verdict verdict, bool english) => english
        ? verdict switch
        {
            Verdict.Founded => "founded",
            Verdict.PartlyFounded => "partly founded",
            Verdict.Unfounded => "unfounded",
            Verdict.NoJudgement => "no judgement",
            _ => verdict.ToString(),
        }
        : HandlingFacts.DutchName(verdict).ToLower(Dutch);

    private static string? Verdicts(Complaint c, bool english)
    {
        var judged = c.Parts.Where(p => p.Verdict is not null).OrderBy(p => p.Number).ToList();
        if (judged.Count == 0)
        {
            return null;
        }

        var blocks = judged.Select(p => english
            ? $"Complaint part {p.Number}: {p.Description}\nVerdict: {VerdictWord(p.Verdict!.Value, true)}.\nWhy: {p.VerdictMotivation}"
            : $"Klachtonderdeel {p.Number}: {p.Description}\nOordeel: {VerdictWord(p.Verdict!.Value, false)}.\nWaarom: {p.VerdictMotivation}");
        return string.Join("\n\n", blocks);
    }

    private static string? Findings(Complaint c, bool english)
    {
        if (!string.IsNullOrWhiteSpace(c.CommitteeFindings))
        {
            return c.CommitteeFindings;
        }

        var lines = new List<string>();
        foreach (var assessment in c.Assessments.OrderBy(a => a.StandardNumber))
        {
            var outcome = assessment.Finding switch
            {
                StandardFinding.Breached => english ? "not met" : "niet nageleefd",
                StandardFinding.NotAssessable => english ? "could not be assessed, because the facts could not be established" : "niet te beoordelen, omdat de feiten niet konden worden vastgesteld",
                _ => english ? "met" : "nageleefd",
            };
            lines.Add($"- {assessment.StandardName}: {outcome}. {assessment.Note}".TrimEnd());
        }

        if (c.Lawful is { } lawful)
        {
            var outcome = english
                ? lawful ? "The law was followed." : "The law was not followed."
                : lawful ? "De regels zijn goed toegepast." : "De regels zijn niet goed toegepast.";
            lines.Add($"- {outcome} {c.LawfulnessNote}".TrimEnd());
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static string WhoIsHeard(Complaint c, Hearing hearing, bool english)
    {
        var complainant = c.Complainant.Name ?? (english ? "the complainant" : "de klager");
        var respondents = c.HeardRespondentName(hearing)
            ?? (c.Respondents.Count == 0 ? null : string.Join(", ", c.Respondents.Select(r => r.Name)));
        var and = english ? " and " : " en ";
        return hearing.Party switch
        {
            HearingParty.Complainant => complainant,
            HearingParty.Respondent => respondents ?? (english ? "the staff member concerned" : "de medewerker over wie de klacht gaat"),
            _ => respondents is null ? complainant : complainant + and + respondents,
        };
    }

    private static IEnumerable<string> ConductRuleLines(ConductArrangement conduct)
    {
        foreach (var rule in Enum.GetValues<ConductRules>().Where(r => r != ConductRules.None && r != ConductRules.Other && conduct.Rules.HasFlag(r)))
        {
            yield return rule == ConductRules.OneContactPerson && conduct.ContactPerson is { } person
                ? $"{ConductArrangement.DutchName(rule)}: {person}"
                : ConductArrangement.DutchName(rule);
        }

        if (!string.IsNullOrWhiteSpace(conduct.OtherRules))
        {
            yield return conduct.OtherRules.Trim();
        }
    }

    private static string EnglishName(HearingForm form) => form switch
    {
        HearingForm.InPerson => "a meeting at our office",
        HearingForm.Phone => "by phone",
        HearingForm.Video => "by video call",
        HearingForm.Written => "in writing",
        _ => form.ToString(),
    };

    // Term descriptions are stored in Dutch ("6 weken"); English letters need the same term in English.
    /// <summary>
    /// Which ombudsman the letter names: the one recorded on the case, else the profile's. An
    /// English letter gets the profile's ombudsman in English with the Dutch name after it; a
    /// different ombudsman recorded by the handler keeps its own name.
    /// </summary>
    public static string Ombudsman(LetterCase letterCase, LetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(letterCase);
        ArgumentNullException.ThrowIfNull(request);
        var recorded = letterCase.Complaint.OmbudsmanName ?? letterCase.Profile.OmbudsmanName;
        if (request.Language != "en" || !string.Equals(recorded, letterCase.Profile.OmbudsmanName, StringComparison.OrdinalIgnoreCase))
        {
            return recorded;
        }

        return letterCase.Profile.OmbudsmanNameInEnglish;
    }

    /// <summary>Within what term the complainant can go to the ombudsman (Awb 9:24), as the letter says it; translated only when it is the profile's own term.</summary>
    public static string OmbudsmanTerm(LetterCase letterCase, LetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(letterCase);
        ArgumentNullException.ThrowIfNull(request);
        var recorded = letterCase.Complaint.OmbudsmanTerm ?? letterCase.Profile.OmbudsmanTerm;
        if (request.Language != "en" || recorded != letterCase.Profile.OmbudsmanTerm)
        {
            return recorded;
        }

        return letterCase.Profile.Code == JurisdictionProfileCode.VlBestuursdecreet
            ? "without a fixed deadline, but preferably as soon as possible"
            : "within one year of the date of this letter";
    }
}
