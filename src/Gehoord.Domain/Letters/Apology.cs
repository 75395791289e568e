using System.Text.RegularExpressions;

namespace Gehoord.Domain.Letters;

/// <summary>
/// Help with an apology in a letter: the five steps of the Excuuskaart (Nationale ombudsman,
/// 2011; docs/rules.md §5, the last two paraphrased). An apology that skips a step often does more
/// harm than none (seed 001 §4.6), so the composer shows the steps whenever a letter apologises.
/// </summary>
public static partial class Apology
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        "Erken wat er mis is gegaan en leg uit hoe het kwam.",
        "Vraag wat het voor de klager betekende en laat zien dat u dat begrijpt.",
        "Kies de vorm en het moment die passen: liefst eerst persoonlijk, daarna op papier.",
        "Meen het en neem verantwoordelijkheid: geen \"als u zich gekwetst voelt\".",
        "Herstel wat kan en zeg wat u doet om herhaling te voorkomen.",
    ];

    /// <summary>True when the text apologises or expresses regret, in Dutch or English.</summary>
    public static bool IsIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Words().IsMatch(text);
    }

    [GeneratedRegex(@"\b(excuses|excuus|excuseer|verontschuldig\w*|sorry|spijt|apolog\w*|regret\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Words();
}
