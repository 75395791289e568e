using System.Text.RegularExpressions;

namespace Gehoord.Domain.Privacy;

/// <summary>
/// Removes what identifies a person from free text (a complaint's story, a note, a letter's
/// body, a timeline entry) when a complaint file is anonymised: e-mail addresses, phone numbers,
/// Dutch and Belgian postcodes and the street address with them, bank account numbers (IBAN),
/// citizen service numbers, and the names of the people in the file. What stays is what the
/// text says happened, so reports and lessons keep their meaning.
/// </summary>
public static partial class PersonalDataRedaction
{
    /// <summary>What takes the place of a removed piece, readable in a case file or a report.</summary>
    public const string Removed = "[verwijderd]";

    /// <summary>
    /// The text without personal data. <paramref name="names"/> are the names known in the file
    /// (complainant, representative, involved persons); each is removed whole and by its parts
    /// of three letters or more ("Noor", "Bakker"), so "mevrouw Bakker" loses the name too.
    /// </summary>
    public static string Redact(string? text, IEnumerable<string?> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var result = Email().Replace(text, Removed);
        result = Iban().Replace(result, Removed);
        result = CitizenNumber().Replace(result, Removed);
        result = Address().Replace(result, Removed);
        result = Postcode().Replace(result, Removed);
        result = Phone().Replace(result, Removed);

        // Longest first, so "Noor Bakker" goes as one piece before "Noor" and "Bakker".
        foreach (var name in NamePieces(names).OrderByDescending(n => n.Length))
        {
            result = Regex.Replace(result, @"(?<![\p{L}\p{N}])" + Regex.Escape(name) + @"(?![\p{L}\p{N}])", Removed, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return CollapseRemoved().Replace(result, Removed);
    }

    /// <summary>Whole names and their parts of three letters or more, without the little words of Dutch surnames.</summary>
    internal static IEnumerable<string> NamePieces(IEnumerable<string?> names)
    {
        var pieces = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var whole = name?.Trim();
            if (string.IsNullOrEmpty(whole))
            {
                continue;
            }

            pieces.Add(whole);

            // The surname with its little words ("van der Bakker", "Jansen-de Vries").
            var firstSpace = whole.IndexOf(' ', StringComparison.Ordinal);
            if (firstSpace > 0 && whole.Length - firstSpace > 4)
            {
                pieces.Add(whole[(firstSpace + 1)..]);
            }

            foreach (var part in whole.Split([' ', '-', '.', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length >= 3 && !Particles.Contains(part))
                {
                    pieces.Add(part);
                }
            }
        }

        return pieces;
    }

    /// <summary>"van", "de", "der" …: parts of a surname that are also ordinary words, never removed alone.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "der", "den", "de", "het", "ten", "ter", "te", "op", "in", "la", "le", "du", "des", "dit", "mevrouw", "meneer", "heer", "dhr", "mevr",
    };

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.[\p{L}]{2,}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();

    /// <summary>IBAN: two letters, two digits, then 10 to 30 letters and digits, perhaps in groups of four.</summary>
    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Iban();

    /// <summary>A street with a house number ("Dorpsstraat 12a", "Kerkweg 3-5", "Lange Nieuwstraat 104 bus 3").</summary>
    [GeneratedRegex(@"\b[\p{L}'\-]*(?:straat|laan|weg|plein|kade|gracht|singel|dijk|steeg|pad|hof|dreef|baan|lei|markt|park|veld|kaai|wal)\s\d{1,5}(?:\s?[a-zA-Z]\b|-\d{1,4})?(?:\s(?:bus|bis)\s?\d{1,4})?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Address();

    /// <summary>A Dutch postcode ("1234 AB", "1234AB") with the place after it, or a Belgian one before a place name ("9000 Gent").</summary>
    [GeneratedRegex(@"\b\d{4}\s?[A-Z]{2}\b(?:\s+\p{Lu}[\p{L}\-']+)?|\b[1-9]\d{3}\s+\p{Lu}[\p{L}\-']+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Postcode();

    /// <summary>
    /// Phone numbers as people write them: +31 6 12345678, 06-12345678, 010 123 45 67,
    /// 0032 9 123 45 67, 0470 12 34 56. At least nine digits, so years and amounts stay, and
    /// never a complaint's reference number ("2026-000123").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?!\d{4}-\d{6}(?![\p{N}]))(?:\+|00)?\d(?:[\s\-./()]{0,2}\d){8,13}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Phone();

    /// <summary>A citizen service number written as "BSN 123456782" (nine digits alone are caught as a phone number already).</summary>
    [GeneratedRegex(@"\b(?:BSN|burgerservicenummer|rijksregisternummer)\s*:?\s*[\d.\-\s]{9,15}\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex CitizenNumber();

    [GeneratedRegex(@"\[verwijderd\](?:[\s,]*\[verwijderd\])+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CollapseRemoved();
}
