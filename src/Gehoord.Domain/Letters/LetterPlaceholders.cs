using System.Text.RegularExpressions;

namespace Gehoord.Domain.Letters;

/// <summary>A named gap in a template, such as <c>{klachtnummer}</c>, with what it is filled with.</summary>
public sealed record Placeholder(string Name, string Description);

/// <summary>
/// The named placeholders a letter template can use. Names are Dutch and lower case because
/// administrators edit the templates; a template is plain text with <c>{naam}</c> gaps. A
/// placeholder that stays in a letter (unknown, or no value for this case) blocks sending, so
/// a citizen never receives "{ombudsman}".
/// </summary>
public static partial class LetterPlaceholders
{
    public static IReadOnlyList<Placeholder> All { get; } =
    [
        new("aanhef", "De aanhef: \"Beste mevrouw Jansen,\" of \"Beste heer of mevrouw,\"."),
        new("naam_ontvanger", "De naam van wie de brief krijgt."),
        new("organisatie", "De naam van de organisatie."),
        new("telefoon", "Het telefoonnummer voor vragen over klachten."),
        new("email", "Het e-mailadres voor klachten."),
        new("behandelaar", "De naam van de klachtbehandelaar."),
        new("klachtnummer", "Het klachtnummer, bijvoorbeeld 2026-0012."),
        new("datum_ontvangst", "De datum waarop de klacht binnenkwam."),
        new("samenvatting", "De woorden van de klager zelf, ingekort."),
        new("kern", "De kern van de klacht, zoals de behandelaar die heeft beschreven."),
        new("uiterlijk_op", "De datum waarop de klager uiterlijk antwoord krijgt."),
        new("termijn", "De behandeltermijn in woorden, bijvoorbeeld \"6 weken\"."),
        new("adviescommissie", "Alleen als een adviescommissie de klacht behandelt: dat de commissie advies geeft (Awb 9:13). Anders valt de regel weg."),
        new("volgadres", "Het webadres waar de klager de klacht kan volgen."),
        new("volgcode", "De volgcode van de klacht."),
        new("gesprek_datum", "De datum van het laatste gesprek met de klager."),
        new("gesprek_samenvatting", "Wat er in dat gesprek is besproken."),
        new("grond", "Waarom de klacht niet wordt behandeld (de grond uit de wet)."),
        new("grond_artikel", "Het wetsartikel van die grond."),
        new("motivering", "De uitleg van de behandelaar waarom de klacht niet wordt behandeld."),
        new("doorgestuurd_naar", "De organisatie waar de klacht naartoe is gestuurd."),
        new("nieuwe_datum", "De nieuwe uiterste datum na verdaging."),
        new("reden_verdaging", "Waarom de behandeling langer duurt."),
        new("horen_datum", "De datum van het gesprek (horen)."),
        new("horen_vorm", "Hoe het horen gaat: gesprek op kantoor, video, telefoon of schriftelijk."),
        new("horen_wie", "Wie er worden gehoord."),
        new("verslag", "Het verslag van het horen."),
        new("oplossing", "Wat er is afgesproken of gedaan om het op te lossen."),
        new("bevindingen", "Wat het onderzoek heeft vastgesteld."),
        new("oordelen", "Per klachtonderdeel: het oordeel en waarom."),
        new("les", "Wat de organisatie van de klacht leert."),
        new("keten", "Alleen bij een ketenklacht: over welke andere organisaties de klacht ook gaat, en hun gezamenlijke standpunt. Anders valt de regel weg."),
        new("ombudsman", "De naam van de ombudsman, bijvoorbeeld de Nationale ombudsman."),
        new("ombudsman_termijn", "Binnen welke termijn de klager naar de ombudsman kan."),
        new("gedrag", "Het gedrag waarover de gedragslijn gaat."),
        new("gedragsregels", "De afspraken van de gedragslijn, elk op een eigen regel."),
        new("gedragslijn_evaluatie", "De datum waarop de gedragslijn opnieuw wordt bekeken."),
        new("reden_intrekking", "Waarom de klager de klacht heeft ingetrokken."),
    ];

    private static readonly HashSet<string> Names = All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Replaces every placeholder that has a value; anything else stays visible, also a value of
    /// only spaces. A value that is deliberately empty (a paragraph that does not apply to this
    /// case, such as <c>{adviescommissie}</c>) removes the placeholder; when it stood on a line
    /// of its own, that line goes too, with the blank line after it if it was a paragraph.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var text = values.Values.Any(v => v.Length == 0) ? WithoutDroppedLines(template, values) : template;
        return Token().Replace(text, m =>
            !values.TryGetValue(m.Groups[1].Value, out var value) ? m.Value
            : value.Length == 0 ? string.Empty
            : string.IsNullOrWhiteSpace(value) ? m.Value
            : value);
    }

    private static string WithoutDroppedLines(string template, IReadOnlyDictionary<string, string> values)
    {
        var kept = new List<string>();
        var skipBlank = false;
        foreach (var line in template.Split('\n'))
        {
            var bare = line.Trim();
            if (skipBlank)
            {
                skipBlank = false;
                if (bare.Length == 0)
                {
                    continue;
                }
            }

            if (bare.Length > 2 && bare[0] == '{' && bare[^1] == '}' && values.TryGetValue(bare[1..^1], out var value) && value.Length == 0)
            {
                // A paragraph of its own (blank line or start of text before it) takes its blank line along.
                skipBlank = kept.Count == 0 || kept[^1].Trim().Length == 0;
                continue;
            }

            kept.Add(line);
        }

        return string.Join('\n', kept);
    }

    /// <summary>The placeholders a text still contains, known or not, each once, in order of appearance.</summary>
    public static IReadOnlyList<string> Remaining(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Token().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
    }

    public static bool IsKnown(string name) => Names.Contains(name);

    /// <summary>Placeholders in a template that Gehoord does not know, so an administrator sees a typo when saving.</summary>
    public static IReadOnlyList<string> Unknown(string template) =>
        Remaining(template).Where(name => !IsKnown(name)).ToList();

    // Anything in braces counts, so "{Ombudsman}" or "{ombudsman-termijn}" is reported, never sent.
    [GeneratedRegex(@"\{([^{}\r\n]{1,60})\}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Token();
}
