namespace Gehoord.Web.Features.Letters.Documents;

/// <summary>One piece of a letter body: a paragraph or a bullet list.</summary>
public abstract record LetterBlock;

/// <summary>A paragraph; each line after the first starts after a line break.</summary>
public sealed record LetterParagraph(IReadOnlyList<string> Lines) : LetterBlock;

/// <summary>A bullet list; one item per "- " line.</summary>
public sealed record LetterBulletList(IReadOnlyList<string> Items) : LetterBlock;

/// <summary>
/// Reads the structure of a plain-text letter body once, so PDF, Word and e-mail show the same
/// paragraphs, line breaks and bullets.
/// </summary>
public static class LetterBody
{
    private const string BulletPrefix = "- ";

    public static IReadOnlyList<LetterBlock> Blocks(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var blocks = new List<LetterBlock>();
        var lines = new List<string>();
        var items = new List<string>();

        void FlushLines()
        {
            if (lines.Count > 0)
            {
                blocks.Add(new LetterParagraph([.. lines]));
                lines.Clear();
            }
        }

        void FlushItems()
        {
            if (items.Count > 0)
            {
                blocks.Add(new LetterBulletList([.. items]));
                items.Clear();
            }
        }

        // Text pasted from Windows or old Macs carries other line endings; they mean the same.
        var normalised = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var raw in normalised.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                FlushLines();
                FlushItems();
            }
            else if (line.StartsWith(BulletPrefix, StringComparison.Ordinal))
            {
                // A list directly under a sentence ("U kunt:") still starts its own block.
                FlushLines();
                items.Add(line[BulletPrefix.Length..].Trim());
            }
            else
            {
                FlushItems();
                lines.Add(line);
            }
        }

        FlushLines();
        FlushItems();
        return blocks;
    }
}

/// <summary>The fixed words of a letter in its language, shared by the renderers.</summary>
internal static class LetterTexts
{
    public static System.Globalization.CultureInfo Culture(LetterDocument letter) =>
        System.Globalization.CultureInfo.GetCultureInfo(letter.IsEnglish ? "en-GB" : "nl-NL");

    /// <summary>"23 november 2026" or "23 November 2026": written out, as a letter does.</summary>
    public static string Date(LetterDocument letter) =>
        letter.Date.ToString("d MMMM yyyy", Culture(letter));

    public static string DateLine(LetterDocument letter) =>
        (letter.IsEnglish ? "Date: " : "Datum: ") + Date(letter);

    public static string ReferenceLine(LetterDocument letter) =>
        (letter.IsEnglish ? "Our reference: " : "Ons kenmerk: ") + letter.Reference;

    public static string PageOf(LetterDocument letter, int page, int pages) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, letter.IsEnglish ? "Page {0} of {1}" : "Pagina {0} van {1}", page, pages);
}
