using System.Globalization;
using System.Text;

namespace Gehoord.Domain.Letters;

/// <summary>
/// Rough readability measures for Dutch letters (RULES.md §5). They are a signal for the writer,
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
    /// The sentences of a text: a sentence ends at ".", "?", "!" or "…" followed by white space
    /// (a closing quote may come between), and at every line break, because letters put
    /// headings, addresses and codes on lines of their own. Pieces without words are left out.
    /// </summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Flush();
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
