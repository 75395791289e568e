namespace Gehoord.Domain.Letters;

/// <summary>What the plain-language check found in a letter: the score, long sentences and official words.</summary>
public sealed record PlainLanguageReport(double Score, IReadOnlyList<string> LongSentences, IReadOnlyList<OfficialWordHit> OfficialWords)
{
    /// <summary>docs/rules.md §5: aim for 60 or more.</summary>
    public const double Target = 60;

    public bool MeetsTarget => !double.IsNaN(Score) && Score >= Target;

    /// <summary>How the score reads, in the words docs/rules.md uses: "normaal", "vrij makkelijk", "makkelijk".</summary>
    public string Verdict => Score switch
    {
        double.NaN => "geen tekst",
        >= 80 => "makkelijk",
        >= 70 => "vrij makkelijk",
        >= 60 => "normaal",
        >= 50 => "vrij moeilijk",
        _ => "moeilijk",
    };
}

/// <summary>
/// The plain-language check the composer and the template editor show (docs/rules.md §5): a signal
/// for the writer, never a block on sending, because a correct letter that scores 58 must still go out.
/// </summary>
public static class PlainLanguage
{
    public static PlainLanguageReport Check(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new PlainLanguageReport(
            Readability.Score(text, language),
            Readability.LongSentences(text),
            language == "en" ? [] : OfficialWords.Find(text));
    }
}
