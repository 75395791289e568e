namespace Gehoord.Domain.Complaints;

/// <summary>
/// The short subject by which staff recognise a complaint in a list without opening it: the
/// handler's core once it is written (the handler's own words for what it is really about),
/// before that the first words of the story. Stored on the complaint, so a list of a million
/// complaints never has to cut stories.
/// </summary>
public static class ComplaintSubject
{
    /// <summary>Long enough to recognise a complaint, short enough for one line on a phone.</summary>
    public const int MaxLength = 80;

    public static string From(string? core, string story)
    {
        var source = string.IsNullOrWhiteSpace(core) ? story ?? string.Empty : core;
        // One line: the story's line breaks and runs of spaces would break the table row.
        var text = string.Join(' ', source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Cut(text, MaxLength);
    }

    /// <summary>
    /// The start of <paramref name="text"/> in at most <paramref name="maxLength"/> characters,
    /// cut after a whole word so it never ends in half a word, with "…" when something was left off.
    /// </summary>
    public static string Cut(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length <= maxLength)
        {
            return trimmed;
        }

        var cut = trimmed.LastIndexOf(' ', maxLength - 1);
        var head = cut > maxLength / 2 ? trimmed[..cut] : trimmed[..(maxLength - 1)];
        return head.TrimEnd(',', '.', ';', ':', '-', ' ') + "…";
    }
}
