using System.Text;
using Gehoord.Web.Features.Letters.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Gehoord.Web.Tests.Letters;

public sealed class LetterPdfTests
{
    [Fact]
    public void A_letter_is_a_pdf_whose_text_can_be_read_back()
    {
        var pdf = LetterPdf.Render(SampleLetters.Dutch());

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        var text = Text(document.GetPage(1));
        Assert.Contains("Uw klacht over de “vergunning”", text, StringComparison.Ordinal);
        Assert.Contains("Ons kenmerk: 2026-0012", text, StringComparison.Ordinal);
        Assert.Contains("Datum: 23 november 2026", text, StringComparison.Ordinal);
        Assert.Contains(SampleLetters.UnicodeSentence, text, StringComparison.Ordinal);
        Assert.Contains("Noëlle Hémon", text, StringComparison.Ordinal);
        Assert.Contains("wij bellen u binnen een week;", text, StringComparison.Ordinal);
        Assert.Contains("Pagina 1 van 1", text, StringComparison.Ordinal);
        Assert.Equal("Uw klacht over de “vergunning”", document.Information.Title);
        Assert.Equal("Gemeente Voorbeeld", document.Information.Author);
    }

    [Fact]
    public void The_font_is_embedded_so_the_letter_needs_nothing_on_the_reader_s_machine()
    {
        var pdf = LetterPdf.Render(SampleLetters.Dutch());

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        Assert.NotEmpty(letters);
        Assert.All(letters, l => Assert.Contains("Atkinson", l.FontName, StringComparison.Ordinal));
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void The_address_sits_where_a_window_envelope_shows_it_and_bullets_hang_in_the_margin()
    {
        var pdf = LetterPdf.Render(SampleLetters.Dutch());

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        const double PointsPerMillimetre = 72 / 25.4;
        var name = page.GetWords().First(w => w.Text == "Noëlle");
        var fromTop = (page.Height - name.BoundingBox.Top) / PointsPerMillimetre;
        var fromLeft = name.BoundingBox.Left / PointsPerMillimetre;
        Assert.InRange(fromTop, 45, 90);
        Assert.InRange(fromLeft, 20, 30);

        var bullet = page.Letters.First(l => l.Value == "•");
        var item = page.GetWords().First(w => w.Text == "wij" && Math.Abs(w.BoundingBox.Bottom - bullet.BoundingBox.Bottom) < 3);
        Assert.True(bullet.BoundingBox.Right < item.BoundingBox.Left, "the bullet stands before the item");
        Assert.InRange(item.BoundingBox.Left / PointsPerMillimetre, 30, 32);
    }

    [Fact]
    public void A_long_letter_runs_over_several_pages_numbered_of_the_total()
    {
        var pdf = LetterPdf.Render(SampleLetters.Long());

        using var document = PdfDocument.Open(pdf);
        var pages = document.NumberOfPages;
        Assert.True(pages >= 2, $"{pages} page(s)");
        Assert.Contains($"Pagina 1 van {pages}", Text(document.GetPage(1)), StringComparison.Ordinal);
        var last = Text(document.GetPage(pages));
        Assert.Contains($"Pagina {pages} van {pages}", last, StringComparison.Ordinal);
        Assert.Contains("Alinea 80:", last, StringComparison.Ordinal);
        var all = string.Concat(document.GetPages().Select(Text));
        Assert.All(Enumerable.Range(1, 80), i => Assert.Contains($"Alinea {i}:", all, StringComparison.Ordinal));
    }

    /// <summary>
    /// Pins the layout to where PDFsharp 6.5.0 and 6.2.4 both put it (their renders are identical
    /// pixel for pixel), so a PDFsharp update or a layout change that moves text shows up here.
    /// Positions in points from the bottom left; the right edge catches a change in measuring.
    /// </summary>
    [Theory]
    [InlineData("Gemeente", 70.87, 755.93, 147.99)]
    [InlineData("Noëlle", 70.87, 689.82, 101.63)]
    [InlineData("Datum:", 70.87, 548.09, 105.02)]
    [InlineData("“vergunning”", 167.34, 498.13, 236.14)]
    [InlineData("kosten.", 481.45, 445.66, 515.85)]
    [InlineData("•", 75.12, 388.37, 79.94)]
    [InlineData("klachtenteam", 89.45, 339.26, 154.79)]
    [InlineData("Pagina", 468.39, 34.08, 495.72)]
    public void Words_stay_where_they_were_measured(string text, double left, double bottom, double right)
    {
        using var document = PdfDocument.Open(LetterPdf.Render(SampleLetters.Dutch()));

        var word = document.GetPage(1).GetWords().First(w => w.Text == text);
        Assert.Equal(left, word.BoundingBox.Left, 0.05);
        Assert.Equal(bottom, word.BoundingBox.Bottom, 0.05);
        Assert.Equal(right, word.BoundingBox.Right, 0.05);
    }

    [Fact]
    public void A_long_letter_breaks_its_pages_where_it_was_measured()
    {
        using var document = PdfDocument.Open(LetterPdf.Render(SampleLetters.Long()));

        var firstParagraphs = document.GetPages()
            .Select(page => page.GetWords().SkipWhile(w => w.Text != "Alinea").Skip(1).First().Text)
            .ToList();
        Assert.Equal(["1:", "13:", "33:", "53:", "73:"], firstParagraphs);
    }

    [Fact]
    public void An_english_letter_has_english_labels()
    {
        var pdf = LetterPdf.Render(SampleLetters.English());

        using var document = PdfDocument.Open(pdf);
        var text = Text(document.GetPage(1));
        Assert.Contains("Our reference: 2026-0012", text, StringComparison.Ordinal);
        Assert.Contains("Date: 23 November 2026", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Letters_can_be_rendered_in_parallel()
    {
        var sizes = Enumerable.Range(0, 8).AsParallel().Select(_ => LetterPdf.Render(SampleLetters.Dutch()).Length).ToList();

        Assert.All(sizes, size => Assert.True(size > 1000));
    }

    private static string Text(UglyToad.PdfPig.Content.Page page) => ContentOrderTextExtractor.GetText(page);
}
