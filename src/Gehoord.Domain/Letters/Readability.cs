using System.Globalization;
using System.Text;

namespace Gehoord.Domain.Letters;

/// <summary>
/// Rough readability measures for Dutch letters (docs/rules.md §5). They are a signal for the writer,
/// not a verdict: a short sentence full of official words can still be hard.
/// </summary>
public static class Readability
{
    /// <summary>Sentences longer than this are flagged (B1 guidance).</summary>
    public const int MaxWordsPerSentence = 20;

    // Vowel spellings that are spoken as one sound, longest first so "ooi" wins over "oo".
    private static readonly string[] Groups =
    [
        "aai", "ooi", "oei", "eeu", "ieu", "eau",
        "aa", "ee", "oo", "uu", "ei", "ie", "ui", "oe", "eu", "ou", "au",
    ];

    /// <summary>
    /// Flesch-Douma: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.
    /// 60–70 is normal, above 70 fairly easy. NaN for text without words, which has no score.
    /// </summary>
    public static double FleschDouma(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = Sentences(text);
        var words = sentences.SelectMany(Words).ToList();
        if (words.Count == 0)
        {
            return double.NaN;
        }

        var syllablesPer100Words = 100.0 * words.Sum(Syllables) / words.Count;
        var wordsPerSentence = (double)words.Count / sentences.Count;
        return 206.84 - (0.77 * syllablesPer100Words) - (0.93 * wordsPerSentence);
    }

    /// <summary>
    /// Flesch reading ease for English: 206.835 − 1.015 × words per sentence − 84.6 × syllables
    /// per word, with syllables from <see cref="EnglishSyllables"/>. 60–70 is plain English, above
    /// 70 fairly easy. NaN for text without words. Sentences and words are cut as for Dutch, so
    /// both scores see the same letter the same way.
    /// </summary>
    public static double FleschReadingEase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = Sentences(text);
        var words = sentences.SelectMany(Words).ToList();
        if (words.Count == 0)
        {
            return double.NaN;
        }

        var wordsPerSentence = (double)words.Count / sentences.Count;
        var syllablesPerWord = (double)words.Sum(EnglishSyllables) / words.Count;
        return 206.835 - (1.015 * wordsPerSentence) - (84.6 * syllablesPerWord);
    }

    /// <summary>
    /// The score that fits the letter's language: Flesch-Douma for Dutch ("nl", also "nl-BE"),
    /// Flesch reading ease for English ("en", "en-GB"). The two scales are built to read alike
    /// (60 and up is fine), so one threshold serves both.
    /// </summary>
    public static double Score(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        return LanguageOf(language) switch
        {
            "nl" => FleschDouma(text),
            "en" => FleschReadingEase(text),
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Only Dutch (nl) and English (en) letters have a readability score."),
        };
    }

    /// <summary>
    /// English syllables by a common heuristic: groups of vowels (a, e, i, o, u, y) count one
    /// each, and a final "e" after a consonant is silent ("time", "case") unless the word ends in
    /// consonant + "le" ("table", "simple"), where it is spoken. "agree" keeps its final
    /// syllable because "ee" is one group, not a silent "e". At least 1, so numbers count once.
    /// Misses such as "-ed" endings ("asked") are accepted: the score is a signal, not a count.
    /// </summary>
    public static int EnglishSyllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = new string(word.ToLowerInvariant().Where(char.IsLetter).ToArray());
        var count = 0;
        var inGroup = false;
        foreach (var c in letters)
        {
            var vowel = IsEnglishVowel(c);
            if (vowel && !inGroup)
            {
                count++;
            }

            inGroup = vowel;
        }

        if (letters.Length >= 2 && letters[^1] == 'e' && !IsEnglishVowel(letters[^2])
            && !(letters.Length >= 3 && letters[^2] == 'l' && !IsEnglishVowel(letters[^3])))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    private static bool IsEnglishVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string LanguageOf(string language)
    {
        var code = language.Trim().ToLowerInvariant();
        var dash = code.IndexOfAny(['-', '_']);
        return dash < 0 ? code : code[..dash];
    }

    /// <summary>
    /// The sentences of a text: a sentence ends at ".", "?", "!" or "…" followed by white space
    /// (a closing quote may come between), and at a line break, because letters put headings,
    /// addresses and codes on lines of their own; unless the next line goes on in lower case,
    /// which is one sentence wrapped by hand. Pieces without words are left out.
    /// </summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r')
            {
                // A line that goes on in lower case is one sentence wrapped by hand, not a new
                // line of its own: counting it as two would hide a long sentence.
                if (ContinuesOnNextLine(text, i))
                {
                    current.Append(' ');
                }
                else
                {
                    Flush();
                }

                continue;
            }

            current.Append(c);
            if (c is '.' or '?' or '!' or '…')
            {
                var next = i + 1;
                while (next < text.Length && text[next] is '"' or '\'' or '”' or '’' or ')')
                {
                    current.Append(text[next]);
                    next++;
                }

                i = next - 1;
                if (next == text.Length || char.IsWhiteSpace(text[next]))
                {
                    Flush();
                }
            }
        }

        Flush();
        return sentences;

        void Flush()
        {
            var sentence = current.ToString().Trim();
            if (Words(sentence).Count > 0)
            {
                sentences.Add(sentence);
            }

            current.Clear();
        }
    }

    private static bool ContinuesOnNextLine(string text, int lineBreak)
    {
        var next = lineBreak + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r')
        {
            next++;
        }

        return next < text.Length && char.IsLower(text[next]);
    }

    /// <summary>The words of a text: pieces between white space that hold a letter or a digit.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .ToList();
    }

    /// <summary>Sentences with more words than <see cref="MaxWordsPerSentence"/>.</summary>
    public static IReadOnlyList<string> LongSentences(string text) =>
        Sentences(text).Where(s => Words(s).Count > MaxWordsPerSentence).ToList();

    /// <summary>
    /// Counts syllables as groups of vowels (a, e, i, o, u, y), where a spelling such as "ij",
    /// "oe" or "aai" is one group. A vowel with a diaeresis ("ruïne", "ideeën") starts a new
    /// group, as it does in speech. Every word counts at least one syllable, so numbers and
    /// abbreviations do not lower the count to zero.
    /// </summary>
    public static int Syllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var count = 0;
        var run = new StringBuilder();
        foreach (var raw in word)
        {
            var (letter, diaeresis) = BaseLetter(raw);
            if (IsVowel(letter))
            {
                if (diaeresis && run.Length > 0)
                {
                    count += GroupsIn(run.ToString());
                    run.Clear();
                }

                run.Append(letter);
            }
            else
            {
                count += GroupsIn(run.ToString());
                run.Clear();
            }
        }

        count += GroupsIn(run.ToString());
        return Math.Max(1, count);
    }

    // "ij" needs no entry: the "j" ends the run, so "i" before it is already one group.
    private static int GroupsIn(string run)
    {
        var count = 0;
        var i = 0;
        while (i < run.Length)
        {
            var group = Groups.FirstOrDefault(g => string.CompareOrdinal(run, i, g, 0, g.Length) == 0 && i + g.Length <= run.Length);
            i += group?.Length ?? 1;
            count++;
        }

        return count;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static (char Letter, bool Diaeresis) BaseLetter(char c)
    {
        var decomposed = char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD);
        var diaeresis = decomposed.Length > 1 && decomposed[1..].Contains('\u0308', StringComparison.Ordinal);
        var letter = decomposed.FirstOrDefault(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark);
        return (letter, diaeresis);
    }
}
