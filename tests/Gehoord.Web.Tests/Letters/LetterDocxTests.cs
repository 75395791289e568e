using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gehoord.Web.Features.Letters.Documents;

namespace Gehoord.Web.Tests.Letters;

public sealed class LetterDocxTests
{
    [Fact]
    public void A_letter_is_a_valid_word_document_with_every_part()
    {
        var docx = LetterDocx.Render(SampleLetters.Dutch());

        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        Assert.Contains("Gemeente Voorbeeld", text, StringComparison.Ordinal);
        Assert.Contains("Noëlle Hémon", text, StringComparison.Ordinal);
        Assert.Contains("Datum: 23 november 2026", text, StringComparison.Ordinal);
        Assert.Contains("Ons kenmerk: 2026-0012", text, StringComparison.Ordinal);
        Assert.Contains(SampleLetters.UnicodeSentence, text, StringComparison.Ordinal);
        Assert.Contains("Dit staat op een nieuwe regel.", text, StringComparison.Ordinal);

        var subject = body.Elements<Paragraph>().Single(p => p.InnerText == "Uw klacht over de “vergunning”");
        Assert.NotNull(subject.Descendants<Bold>().SingleOrDefault());

        var withBreak = body.Elements<Paragraph>().Single(p => p.InnerText.Contains(SampleLetters.UnicodeSentence, StringComparison.Ordinal));
        Assert.Single(withBreak.Descendants<Break>());

        Assert.Equal("Uw klacht over de “vergunning”", document.PackageProperties.Title);
        Assert.Equal("nl-NL", document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Descendants<Languages>().Single().Val!.Value);
    }

    [Fact]
    public void Bullet_items_are_a_real_list()
    {
        var docx = LetterDocx.Render(SampleLetters.Dutch());

        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart!;
        var items = main.Document!.Body!.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.Equal(["wij bellen u binnen een week;", "wij sturen u een verslag."], items.Select(p => p.InnerText));
        var level = main.NumberingDefinitionsPart!.Numbering!.Descendants<Level>().Single();
        Assert.Equal(NumberFormatValues.Bullet, level.NumberingFormat!.Val!.Value);
    }

    [Fact]
    public void The_footer_numbers_pages_with_fields()
    {
        var docx = LetterDocx.Render(SampleLetters.Dutch());

        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var footer = document.MainDocumentPart!.FooterParts.Single().Footer!;
        var fields = footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim().Split(' ')[0]).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        Assert.StartsWith("Pagina 1 van 1", footer.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_letter_is_marked_english()
    {
        var docx = LetterDocx.Render(SampleLetters.English());

        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart!;
        Assert.Equal("en-GB", main.StyleDefinitionsPart!.Styles!.Descendants<Languages>().Single().Val!.Value);
        Assert.Contains("Our reference: 2026-0012", main.Document!.Body!.InnerText, StringComparison.Ordinal);
        Assert.StartsWith("Page 1 of 1", main.FooterParts.Single().Footer!.InnerText, StringComparison.Ordinal);
    }
}
