using System.Text;
using System.Text.RegularExpressions;

namespace Gehoord.Domain.Intake;

/// <summary>
/// Finds hidden complaints in a message while staff type it: phrases such as "ik wacht al vier weken"
/// or "is hij er weer niet?" that are no explicit complaint but do express dissatisfaction, which by
/// definition makes them a complaint (seed 003, "Veel verborgen klachten").
/// </summary>
/// <remarks>
/// It is a hint for staff, not a verdict: it errs on the side of fewer marks on polite, neutral text,
/// because a page full of false alarms teaches staff to ignore the marks.
/// </remarks>
public static class HiddenComplaintRecogniser
{
    // Phrases that precede a word and turn it around: "niet ontevreden", "geen klacht", "niet zo boos".
    // Conjunctions end the reach of the negation: in "geen antwoord en boos" the anger stands.
    private static readonly Regex NegationBefore = new(
        @"\b(?:niet|geen|nooit|niets|niks|allerminst)\s+(?:(?!(?:en|maar|want|dus|omdat)\b)\w+\s+){0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        DutchDissatisfactionLexicon.MatchTimeout);

    public static IReadOnlyList<DissatisfactionSignal> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // The patterns are written without accents and straight quotes. Folding keeps one character
        // per character, so every index found in the folded text is also right in the original.
        var folded = Fold(text);
        var candidates = new List<Candidate>();
        foreach (var rule in DutchDissatisfactionLexicon.Rules)
        {
            try
            {
                for (var match = rule.Pattern.Match(folded); match.Success; match = match.NextMatch())
                {
                    if (match.Length == 0 || (rule.Negatable && IsNegated(folded, match.Index)))
                    {
                        continue;
                    }

                    candidates.Add(new Candidate(match.Index, match.Length, rule));
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A hint that is missing is better than an intake page that fails while typing;
                // the other rules still run.
            }
        }

        return SelectLongest(candidates, text);
    }

    public static bool ContainsHiddenComplaint(string? text) => Find(text).Count > 0;

    /// <summary>The standard explanation for a kind, in plain Dutch (B1) for staff.</summary>
    public static string Explain(DissatisfactionSignalKind kind) => DutchDissatisfactionLexicon.Explain(kind);

    private static List<DissatisfactionSignal> SelectLongest(List<Candidate> candidates, string text)
    {
        // Longest first, so "ik wacht al vier weken" wins over "al vier weken"; on equal length the
        // earliest, then the rule listed first, which keeps the result stable for the page.
        var ordered = candidates
            .OrderByDescending(c => c.Length)
            .ThenBy(c => c.Start)
            .ThenBy(c => c.Rule.Order);
        var taken = new List<Candidate>();
        foreach (var candidate in ordered)
        {
            if (!taken.Exists(t => candidate.Start < t.Start + t.Length && t.Start < candidate.Start + candidate.Length))
            {
                taken.Add(candidate);
            }
        }

        return taken
            .OrderBy(c => c.Start)
            .Select(c => new DissatisfactionSignal(
                c.Start,
                c.Length,
                text.Substring(c.Start, c.Length),
                c.Rule.Kind,
                c.Rule.Explanation))
            .ToList();
    }

    private static bool IsNegated(string folded, int start)
    {
        const int Reach = 40;
        var from = Math.Max(0, start - Reach);
        var before = folded[from..start];
        var clauseBreak = before.LastIndexOfAny(['.', '!', '?', ',', ';', ':', '\n']);
        if (clauseBreak >= 0)
        {
            before = before[(clauseBreak + 1)..];
        }

        try
        {
            return NegationBefore.IsMatch(before);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    internal static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });

    private static char FoldChar(char c)
    {
        if (c < 128)
        {
            return c;
        }

        switch (c)
        {
            case '\u2018' or '\u2019' or '\u00B4' or '\u0060':
                return '\'';
            case '\u2013' or '\u2014':
                return '-';
            case '\u00A0':
                return ' ';
            default:
                break;
        }

        // "geïnformeerd" and "geinformeerd" must match alike; only a single base letter may replace
        // the character, or the indexes would shift.
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && decomposed[0] < 128 && char.IsLetter(decomposed[0]) ? decomposed[0] : c;
    }

    private sealed record Candidate(int Start, int Length, LexiconRule Rule);
}
