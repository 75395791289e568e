using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Gehoord.Web.Features.Letters.Documents;

/// <summary>The two bodies of one e-mail; mail programs show the HTML and fall back to the text.</summary>
public sealed record LetterEmailBody(string Html, string PlainText);

/// <summary>
/// A letter as an e-mail. Mail programs strip style sheets, so the HTML uses inline styles
/// only; the body is typed by staff and may quote a citizen, so every piece of text is encoded.
/// </summary>
public static class LetterEmail
{
    // Leaves é, ë, € and “ ” readable in the source while still encoding < > & " '.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string ParagraphStyle = "margin:0 0 1em 0;";
    private const string ListStyle = "margin:0 0 1em 0;padding-left:1.5em;";
    private const string SignatureStyle = "margin:2em 0 0 0;padding-top:1em;border-top:1px solid #cccccc;font-size:14px;color:#444444;";

    public static LetterEmailBody Render(LetterDocument letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return new LetterEmailBody(Html(letter), PlainText(letter));
    }

    private static string PlainText(LetterDocument letter)
    {
        var text = new StringBuilder(letter.Body.TrimEnd());
        text.Append("\n\n").Append(letter.OrganisationName);
        foreach (var line in letter.OrganisationLines)
        {
            text.Append('\n').Append(line);
        }

        return text.ToString();
    }

    private static string Html(LetterDocument letter)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(letter.IsEnglish ? "en" : "nl").Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encoder.Encode(letter.Subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background-color:#ffffff;\">\n")
            .Append("<div style=\"max-width:40em;margin:0 auto;padding:1.5em 1em;font-family:'Atkinson Hyperlegible',Verdana,Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;\">\n");

        foreach (var block in LetterBody.Blocks(letter.Body))
        {
            switch (block)
            {
                case LetterParagraph paragraph:
                    html.Append("<p style=\"").Append(ParagraphStyle).Append("\">")
                        .AppendJoin("<br>\n", paragraph.Lines.Select(Encoder.Encode))
                        .Append("</p>\n");
                    break;
                case LetterBulletList list:
                    html.Append("<ul style=\"").Append(ListStyle).Append("\">\n");
                    foreach (var item in list.Items)
                    {
                        html.Append("<li>").Append(Encoder.Encode(item)).Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                default:
                    throw new InvalidOperationException("Unknown letter block " + block.GetType().Name);
            }
        }

        html.Append("<p style=\"").Append(SignatureStyle).Append("\"><strong>").Append(Encoder.Encode(letter.OrganisationName)).Append("</strong>");
        foreach (var line in letter.OrganisationLines)
        {
            html.Append("<br>\n").Append(Encoder.Encode(line));
        }

        html.Append("</p>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }
}
