using System.Globalization;
using System.Text.RegularExpressions;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Letters;

/// <summary>
/// What a letter of each type must contain before it may go out (Awb 9:8 lid 3, 9:11, 9:12,
/// 9:24; seed 001 §4.6). Two kinds of check: the case must have the fact (a closing letter
/// after investigation needs a verdict with a motivation for every part), and the text must
/// still say it (the handler may edit freely, but deleting the ombudsman paragraph blocks
/// sending). Verdict motivations are checked word for word on purpose: the letter must not
/// contradict the case file, so a better wording belongs in the case first.
/// </summary>
public static partial class LetterCompleteness
{
    /// <summary>Everything still missing, in plain Dutch, each naming what to add; empty when the letter may go.</summary>
    public static IReadOnlyList<string> Missing(LetterCase letterCase, LetterRequest request, string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(letterCase);
        ArgumentNullException.ThrowIfNull(request);
        var c = letterCase.Complaint;
        var english = request.Language == "en";
        var missing = new List<string>();
        subject ??= string.Empty;
        body ??= string.Empty;
        if (string.IsNullOrWhiteSpace(subject))
        {
            missing.Add("Geef de brief een onderwerp.");
        }

        if (Readability.Words(body).Count == 0)
        {
            missing.Add("De brief is leeg. Schrijf de tekst van de brief.");
            return missing;
        }

        foreach (var name in LetterPlaceholders.Remaining(subject + "\n" + body))
        {
            missing.Add(LetterPlaceholders.IsKnown(name)
                ? $"Voor {{{name}}} is in deze zaak nog niets bekend. Vul het zelf in of haal het weg."
                : $"{{{name}}} is geen bekend invulveld. Verbeter de naam of haal het weg.");
        }

        var text = Normalise(subject + "\n" + body);
        var reference = c.Reference.ToString();
        if (!Contains(text, reference))
        {
            missing.Add($"Het klachtnummer ({reference}) staat niet in de brief.");
        }

        string Date(DateOnly date) => LetterFacts.FormatDate(date, letterCase, request);
        void Says(string? value, string message)
        {
            if (value is not null && !Contains(text, value))
            {
                missing.Add(message);
            }
        }

        // Refusals cite the law of the case's own profile; the Flemish decree has no article for some of them.
        var flemish = letterCase.Profile.Code == JurisdictionProfileCode.VlBestuursdecreet;
        var lawNotHandled = flemish ? " (art. II.77 Bestuursdecreet)" : " (Awb 9:8 lid 3)";
        var lawClosing = flemish ? string.Empty : " (Awb 9:12)";
        var lawExtension = flemish ? string.Empty : " (Awb 9:11 lid 2)";
        var ombudsman = LetterFacts.Ombudsman(letterCase, request);
        switch (request.Kind)
        {
            case LetterKind.Acknowledgement:
                if (c.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Handling) is { } handling)
                {
                    Says(Date(handling.DueOn), $"De datum waarop de klager uiterlijk antwoord krijgt ({Date(handling.DueOn)}) staat niet in de brief.");
                }

                if (c.AdvisoryCommittee && !Contains(text, request.Language == "en" ? "committee" : "commissie"))
                {
                    missing.Add($"Een adviescommissie behandelt deze klacht. Zeg dat in de brief{(flemish ? string.Empty : " (Awb 9:13)")}.");
                }

                break;

            case LetterKind.ContactConfirmation:
                if (LetterFacts.LastContactWithComplainant(c) is { } contact)
                {
                    var on = Date(letterCase.LocalDate(contact.HeldAt!.Value));
                    Says(on, $"De datum van het gesprek ({on}) staat niet in de brief.");
                }
                else
                {
                    missing.Add("Er is nog geen gesprek met de klager vastgelegd. Leg het gesprek eerst vast bij Contact.");
                }

                break;

            case LetterKind.NotHandledNotice:
                if (c.NotHandledGroundCode is null)
                {
                    missing.Add("In de zaak staat nog niet waarom de klacht niet wordt behandeld. Leg dat eerst vast bij Afronden.");
                }
                else if (letterCase.Profile.NotHandledGrounds.FirstOrDefault(g => g.Code == c.NotHandledGroundCode) is { } ground
                    && !Contains(text, ground.Description) && (c.NotHandledMotivation is null || !Contains(text, c.NotHandledMotivation)))
                {
                    // The citizen must be able to see why: the ground of the law or the handler's own explanation.
                    missing.Add($"De brief zegt niet waarom de klacht niet wordt behandeld. Noem de grond (\"{ground.Description}\") of de uitleg uit de zaak.");
                }

                Says(ombudsman, $"De verwijzing naar {ombudsman} ontbreekt{lawNotHandled}.");
                break;

            case LetterKind.ForwardingNotice:
                if (c.ForwardedTo is null)
                {
                    missing.Add("In de zaak staat nog niet naar welke organisatie de klacht is doorgestuurd.");
                }

                Says(c.ForwardedTo, $"De brief noemt niet naar wie de klacht is doorgestuurd ({c.ForwardedTo}).");
                break;

            case LetterKind.ExtensionNotice:
                if (c.ExtensionDays == 0)
                {
                    missing.Add("De termijn is niet verdaagd. Verdaag eerst bij Termijnen.");
                }
                else if (c.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Handling) is { } extended)
                {
                    Says(Date(extended.DueOn), $"De nieuwe datum ({Date(extended.DueOn)}) staat niet in de brief{lawExtension}.");
                }

                break;

            case LetterKind.HearingInvitation:
                if (LetterFacts.HearingFor(c, request) is { PlannedOn: { } plannedOn })
                {
                    Says(Date(plannedOn), $"De datum van het horen ({Date(plannedOn)}) staat niet in de brief.");
                }
                else
                {
                    missing.Add("Er is nog geen datum voor het horen gepland. Plan het horen eerst bij Onderzoek.");
                }

                break;

            case LetterKind.HearingReport:
                if (LetterFacts.HearingFor(c, request) is { HeldOn: { } heldOn, Report: { } report })
                {
                    Says(Date(heldOn), $"De datum van het horen ({Date(heldOn)}) staat niet in de brief.");
                    Says(report, "Het verslag staat niet (meer) volledig in de brief. Pas het verslag aan in de zaak als het beter moet.");
                }
                else
                {
                    missing.Add("Er is nog geen verslag van het horen. Leg het horen eerst vast bij Onderzoek.");
                }

                break;

            case LetterKind.ClosingAfterSolution:
                if (c.SolutionRecordedOn is null)
                {
                    missing.Add("In de zaak staat nog geen oplossing. Leg de oplossing eerst vast bij Oplossen.");
                }

                break;

            case LetterKind.ClosingAfterInvestigation:
                CheckVerdicts(c, text, english, missing);
                Says(ombudsman, $"De verwijzing naar {ombudsman} ontbreekt{lawClosing}.");
                var term = LetterFacts.OmbudsmanTerm(letterCase, request);
                Says(term, $"De brief zegt niet binnen welke termijn de klager naar de ombudsman kan ({term}).");
                break;

            case LetterKind.ConductArrangement:
                if (letterCase.Conduct is not { } conduct)
                {
                    missing.Add("Er is geen gedragslijn voor deze klager. Leg die eerst vast bij Gedragslijn.");
                }
                else
                {
                    Says(conduct.Behaviour, "De brief noemt het gedrag niet zoals het in de gedragslijn staat.");
                }

                if (!WritingStaysOpen().IsMatch(text))
                {
                    missing.Add("De brief zegt niet dat de klager ons altijd kan blijven schrijven.");
                }

                break;
        }

        return missing;
    }

    private static void CheckVerdicts(Complaint c, string text, bool english, List<string> missing)
    {
        if (c.Parts.Count == 0)
        {
            missing.Add("Er zijn geen klachtonderdelen. Een oordeel hoort bij een klachtonderdeel.");
            return;
        }

        foreach (var part in c.Parts.OrderBy(p => p.Number))
        {
            if (part.Verdict is not { } verdict || string.IsNullOrWhiteSpace(part.VerdictMotivation))
            {
                missing.Add($"Klachtonderdeel {part.Number} heeft nog geen oordeel met motivering. Geef het oordeel eerst bij Onderzoek.");
                continue;
            }

            // The verdict and its motivation as one block, as LetterFacts writes them: a verdict word
            // elsewhere in the letter ("niet gegrond", another part's verdict) does not count.
            var word = LetterFacts.VerdictWord(verdict, english);
            var block = english ? $"Verdict: {word}. Why: {part.VerdictMotivation}" : $"Oordeel: {word}. Waarom: {part.VerdictMotivation}";
            if (!Contains(text, block))
            {
                missing.Add($"Het oordeel ({word}) over klachtonderdeel {part.Number} staat niet met de motivering in de brief.");
            }
        }
    }

    private static bool Contains(string normalisedText, string value) =>
        normalisedText.Contains(Normalise(value), StringComparison.OrdinalIgnoreCase);

    // Line breaks and double spaces are the writer's layout, not content.
    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim().Normalize().ToLower(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Whitespace();

    // The promise itself ("U kunt ons altijd blijven schrijven"), not any sentence with "schrijven" in it.
    [GeneratedRegex(@"blijven\s+schrijven|kunt\s+ons\s+(altijd\s+)?schrijven|keep\s+writing|can\s+(always\s+)?write\s+to\s+us", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WritingStaysOpen();
}
