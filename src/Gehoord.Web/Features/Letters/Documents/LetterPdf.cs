using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gehoord.Web.Features.Letters.Documents;

/// <summary>
/// A letter as an A4 PDF: letterhead, the address where a window envelope shows it, date and
/// reference, bold subject, the body with wrapping and page breaks, and "Pagina x van n" on
/// every page. The font is embedded, so the letter prints the same everywhere.
/// </summary>
/// <remarks>
/// PDFsharp is pinned to 6.2.4, which is MIT-licensed and needs no licence choice at start-up;
/// 6.5 is AGPL-3.0 or commercial (ADR 8).
/// </remarks>
public static class LetterPdf
{
    private static readonly double Millimetre = XUnit.FromMillimeter(1).Point;
    private static readonly double Margin = 25 * Millimetre;

    // A window envelope (EA5/6, C5 with a left window) shows roughly 50–90 mm from the top,
    // 20–110 mm from the left; the address starts at the margin, inside that window.
    private static readonly double RecipientTop = 50 * Millimetre;
    private static readonly double DateTop = 100 * Millimetre;
    private static readonly double FooterTop = XUnit.FromMillimeter(297 - 15).Point;
    private static readonly double BulletIndent = 6 * Millimetre;

    public static byte[] Render(LetterDocument letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        LetterFontResolver.Register();

        using var document = new PdfDocument();
        document.Info.Title = letter.Subject;
        document.Info.Author = letter.OrganisationName;
        document.Info.Creator = "Gehoord";

        using (var writer = new PageWriter(document))
        {
            writer.Write(letter);
        }

        var pageCount = document.PageCount;
        var footerFont = PageWriter.Font(9, bold: false);
        for (var i = 0; i < pageCount; i++)
        {
            var page = document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            gfx.DrawString(
                LetterTexts.PageOf(letter, i + 1, pageCount),
                footerFont,
                XBrushes.DimGray,
                new XRect(Margin, FooterTop, page.Width.Point - (2 * Margin), footerFont.GetHeight()),
                XStringFormats.TopRight);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    /// <summary>Lays text out top to bottom and starts a new page when the next line does not fit.</summary>
    private sealed class PageWriter(PdfDocument document) : IDisposable
    {
        private readonly XFont _name = Font(16, bold: true);
        private readonly XFont _small = Font(9, bold: false);
        private readonly XFont _text = Font(11, bold: false);
        private readonly XFont _bold = Font(11, bold: true);
        private XGraphics? _gfx;
        private double _y;

        private double Width => document.Pages[^1].Width.Point - (2 * Margin);

        // Leaves room above the footer so body text never runs into "Pagina x van n".
        private static double Bottom => FooterTop - (6 * Millimetre);

        public static XFont Font(double size, bool bold) => new(
            LetterFontResolver.FamilyName,
            size,
            bold ? XFontStyleEx.Bold : XFontStyleEx.Regular,
            new XPdfFontOptions(PdfFontEncoding.Unicode));

        public void Write(LetterDocument letter)
        {
            NewPage();
            if (letter.Logo is { Length: > 0 } logo)
            {
                DrawLogo(logo);
            }

            Line(letter.OrganisationName, _name, Margin);
            foreach (var line in letter.OrganisationLines)
            {
                Line(line, _small, Margin);
            }

            _y = Math.Max(_y + (4 * Millimetre), RecipientTop);
            foreach (var line in letter.RecipientLines)
            {
                Line(line, _text, Margin);
            }

            _y = Math.Max(_y + (8 * Millimetre), DateTop);
            Line(LetterTexts.DateLine(letter), _text, Margin);
            Line(LetterTexts.ReferenceLine(letter), _text, Margin);

            _y += 8 * Millimetre;
            Wrapped(letter.Subject, _bold, Margin, Width);
            _y += 6 * Millimetre;

            var gap = _text.GetHeight() * 0.6;
            foreach (var block in LetterBody.Blocks(letter.Body))
            {
                switch (block)
                {
                    case LetterParagraph paragraph:
                        foreach (var line in paragraph.Lines)
                        {
                            Wrapped(line, _text, Margin, Width);
                        }

                        break;
                    case LetterBulletList list:
                        foreach (var item in list.Items)
                        {
                            Wrapped(item, _text, Margin + BulletIndent, Width - BulletIndent, bullet: "•");
                        }

                        break;
                    default:
                        throw new InvalidOperationException("Unknown letter block " + block.GetType().Name);
                }

                _y += gap;
            }
        }

        public void Dispose() => _gfx?.Dispose();

        /// <summary>
        /// The letterhead logo at the top right, within 45 × 20 mm and in its own proportions,
        /// so it never reaches the address in the envelope window. The upload checks only the
        /// file's signature: an image PDFsharp cannot read leaves the letter without its logo.
        /// </summary>
        private void DrawLogo(byte[] logo)
        {
            try
            {
                using var stream = new MemoryStream(logo, writable: false);
                using var image = XImage.FromStream(stream);
                var scale = Math.Min(45 * Millimetre / image.PointWidth, 20 * Millimetre / image.PointHeight);
                var width = image.PointWidth * scale;
                var height = image.PointHeight * scale;
                _gfx!.DrawImage(image, document.Pages[^1].Width.Point - Margin - width, Margin, width, height);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException or IOException)
            {
                // The letter matters more than its logo.
            }
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = document.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Portrait;
            _gfx = XGraphics.FromPdfPage(page);
            _y = Margin;
        }

        private void Line(string text, XFont font, double x)
        {
            var height = font.GetHeight();
            if (_y + height > Bottom)
            {
                NewPage();
            }

            _gfx!.DrawString(text, font, XBrushes.Black, x, _y, XStringFormats.TopLeft);
            _y += height;
        }

        /// <summary>Word wrap; the bullet goes in the indent of the first line only (hanging indent).</summary>
        private void Wrapped(string text, XFont font, double x, double width, string? bullet = null)
        {
            var first = true;
            foreach (var line in Wrap(text, font, width))
            {
                var height = font.GetHeight();
                if (_y + height > Bottom)
                {
                    NewPage();
                }

                if (first && bullet is not null)
                {
                    _gfx!.DrawString(bullet, font, XBrushes.Black, x - BulletIndent + (1.5 * Millimetre), _y, XStringFormats.TopLeft);
                }

                Line(line, font, x);
                first = false;
            }
        }

        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var current = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (Measure(candidate, font) <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = word;
                // A word longer than the line (a URL, an IBAN) is cut where it must be.
                while (Measure(current, font) > width && current.Length > 1)
                {
                    var cut = current.Length - 1;
                    while (cut > 1 && Measure(current[..cut], font) > width)
                    {
                        cut--;
                    }

                    lines.Add(current[..cut]);
                    current = current[cut..];
                }
            }

            if (current.Length > 0 || lines.Count == 0)
            {
                lines.Add(current);
            }

            return lines;
        }

        private double Measure(string text, XFont font) => _gfx!.MeasureString(text, font).Width;
    }
}
