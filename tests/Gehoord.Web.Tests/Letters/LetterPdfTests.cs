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
