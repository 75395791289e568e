using System.Globalization;

namespace Gehoord.Domain.Intake;

/// <summary>
/// The phrases of a complaint's story that signal dissatisfaction, as found at intake and kept
/// with the complaint ("start:length:Kind;…"): the case page marks them, and what was marked
/// stays what it was even when the lexicon grows.
/// </summary>
public static class HiddenComplaintMarks
{
    public static string? Encode(IReadOnlyList<DissatisfactionSignal> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return signals.Count == 0
            ? null
            : string.Join(';', signals.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Start}:{s.Length}:{s.Kind}")));
    }

    /// <summary>The stored marks as signals over <paramref name="text"/>; a mark that no longer fits the text is skipped.</summary>
    public static IReadOnlyList<DissatisfactionSignal> Decode(string? encoded, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(encoded))
        {
            return [];
        }

        var signals = new List<DissatisfactionSignal>();
        var position = 0;
        foreach (var part in encoded.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = part.Split(':');
            if (fields.Length == 3
                && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                && Enum.TryParse<DissatisfactionSignalKind>(fields[2], out var kind)
                && start >= position && length > 0 && start + length <= text.Length)
            {
                signals.Add(new DissatisfactionSignal(start, length, text.Substring(start, length), kind, DutchDissatisfactionLexicon.Explain(kind)));
                position = start + length;
            }
        }

        return signals;
    }
}
