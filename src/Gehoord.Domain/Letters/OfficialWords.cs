using System.Text.RegularExpressions;

namespace Gehoord.Domain.Letters;

/// <summary>An official Dutch word or phrase and what a B1 reader would understand instead.</summary>
public sealed record OfficialWord(string Word, string Alternative);

/// <summary>Where an official word sits in a text: <see cref="Index"/> and <see cref="Length"/> are in characters.</summary>
public sealed record OfficialWordHit(string Word, string Alternative, int Index, int Length);

/// <summary>
/// Official words that make a letter harder than it needs to be (docs/rules.md §5, "Heerlijk Helder"
/// in seed 004), each with a plain alternative, so the letter editor can suggest a rewrite.
/// Matching is on whole words and phrases only. Inflected forms are listed as entries of their
/// own instead of matching word starts: a prefix rule that catches "verstrekt" from
/// "verstrek" would also catch words nobody means, and Dutch verbs change their stem
/// ("verdagen", "verdaagd"), so a prefix would miss forms anyway.
/// </summary>
public static class OfficialWords
{
    public static IReadOnlyList<OfficialWord> All { get; } =
    [
        new("ontvankelijk", "kan behandeld worden"),
        new("niet-ontvankelijk", "kan niet behandeld worden"),
        new("niet ontvankelijk", "kan niet behandeld worden"),
        new("gedraging", "wat iemand deed"),
        new("gedragingen", "wat iemand deed"),
        new("verdagen", "uitstellen"),
        new("verdaagd", "uitgesteld"),
        new("verdaging", "uitstel"),
        new("inzake", "over"),
        new("conform", "volgens"),
        new("dient te", "moet"),
        new("dienen te", "moeten"),
        new("teneinde", "om"),
        new("ten einde", "om"),
        new("derhalve", "daarom"),
        new("middels", "met"),
        new("alsmede", "en"),
        new("omtrent", "over"),
        new("aangaande", "over"),
        new("doch", "maar"),
        new("indien", "als"),
        new("thans", "nu"),
        new("reeds", "al"),
        new("ten behoeve van", "voor"),
        new("in het kader van", "bij, voor"),
        new("wij verzoeken u", "wilt u"),
        new("verzoeken wij u", "wilt u"),
        new("retour", "terug"),
        new("woonachtig", "wonend"),
        new("verstrekken", "geven"),
        new("verstrekt", "gegeven, geeft"),
        new("hiertoe", "daarvoor"),
        new("onverwijld", "meteen"),
        new("terstond", "meteen"),
        new("bijgaand", "bij deze brief"),
        new("bijgaande", "de ... bij deze brief"),
        new("vigerend", "geldend"),
        new("vigerende", "geldende"),
        new("ingevolge", "volgens"),
        new("krachtens", "volgens"),
        new("overeenkomstig", "volgens"),
        new("naar aanleiding van", "na, door"),
        new("ten aanzien van", "over"),
        new("met betrekking tot", "over"),
        new("ter zake", "hierover"),
        new("hieromtrent", "hierover"),
        new("desalniettemin", "toch"),
        new("niettemin", "toch"),
        new("echter", "maar"),
        new("evenwel", "maar"),
        new("alwaar", "waar"),
        new("aldus", "zo"),
        new("voornoemd", "genoemd"),
        new("voornoemde", "genoemde"),
        new("bovengenoemd", "hierboven genoemd"),
        new("bovengenoemde", "hierboven genoemde"),
        new("onderhavig", "dit"),
        new("onderhavige", "deze"),
        new("dan wel", "of"),
        new("te allen tijde", "altijd"),
        new("ten spoedigste", "zo snel mogelijk"),
        new("in behandeling nemen", "behandelen"),
        new("in behandeling genomen", "behandeld"),
        new("uitsluitend", "alleen"),
        new("behoudens", "behalve"),
        new("doorgaans", "meestal"),
        new("ter hand stellen", "geven"),
        new("verzoek", "vraag"),
        new("verzocht", "gevraagd"),
        new("nader", "later, meer"),
        new("nadere", "meer"),
        new("hetgeen", "wat"),
        new("zulks", "dat"),
        new("voorts", "verder"),
        new("tevens", "ook"),
        new("aanvang", "begin"),
        new("trachten", "proberen"),
        new("tracht", "probeert"),
        new("alvorens", "voordat"),
        new("dientengevolge", "daardoor"),
        new("mits", "als"),
        new("gelieve", "wilt u"),
        new("klaagschrift", "klachtbrief"),
        new("aanhangig", "in behandeling"),
        new("ambtshalve", "uit onszelf"),
        new("heden", "vandaag"),
        new("per omgaande", "meteen"),
        new("d.d.", "van"),
        new("c.q.", "of"),
        new("e.e.a.", "dit"),
        new("een en ander", "dit"),
        new("mitsdien", "daarom"),
        new("geschieden", "gebeuren"),
        new("geschiedt", "gebeurt"),
        new("verwittigen", "laten weten"),
        new("doen toekomen", "sturen"),
        new("toezenden", "sturen"),
        new("zorgdragen", "zorgen"),
        new("zorg dragen voor", "zorgen voor"),
        new("vermits", "omdat"),
        new("gezien het feit dat", "omdat"),
        new("ten gevolge van", "door"),
        new("bijgevolg", "daarom"),
        new("in casu", "in dit geval"),
        new("uwerzijds", "van u"),
        new("onzerzijds", "van ons"),
        new("ter kennis brengen", "laten weten"),
        new("kennisnemen", "lezen"),
        new("kennis nemen van", "lezen"),
        new("voornemens", "van plan"),
        new("opteren", "kiezen"),
        new("inzage", "bekijken"),
        new("woonplaats kiezen", "een adres opgeven"),
        new("onverminderd", "ook met"),
        new("ressorteren", "vallen onder"),
    ];

    // One pattern, longest entries first: .NET tries alternatives in order, so at any position
    // "niet-ontvankelijk" wins over "ontvankelijk" and "dient te" is one hit, not two.
    // Letters and digits on either side block a match, so "doch" stays out of "dochter" and
    // "conform" out of "conformiteit"; a hyphen or punctuation does not block it.
    private static readonly Regex Pattern = new(
        @"(?<![\p{L}\p{N}])(?:"
        + string.Join('|', All.Select(w => w.Word).OrderByDescending(w => w.Length).Select(Phrase))
        + @")(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Dictionary<string, OfficialWord> ByWord =
        All.ToDictionary(w => Normalise(w.Word), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every official word in the text, case-insensitive and on whole words, in order of position.</summary>
    public static IReadOnlyList<OfficialWordHit> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pattern.Matches(text)
            .Select(m =>
            {
                var word = ByWord[Normalise(m.Value)];
                return new OfficialWordHit(word.Word, word.Alternative, m.Index, m.Length);
            })
            .OrderBy(h => h.Index)
            .ToList();
    }

    // The words of a phrase may be split by any white space, a line break included, because
    // letters wrap wherever the editor wraps them.
    private static string Phrase(string word) =>
        string.Join(@"\s+", word.Split(' ').Select(Regex.Escape));

    private static string Normalise(string match) =>
        string.Join(' ', match.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
