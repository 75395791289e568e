using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gehoord.Web.Features.Letters.Documents;

/// <summary>
/// A letter as a Word document, for a handler who wants to adjust it before sending: the same
/// parts as the PDF, with real bullets (a numbering definition, so Word and screen readers see
/// a list) and "Pagina {PAGE} van {NUMPAGES}" as fields Word keeps up to date.
/// </summary>
public static class LetterDocx
{
    private const int BulletNumberingId = 1;

    // Twentieths of a point: A4 and 25 mm margins, as the PDF.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1417;

    public static byte[] Render(LetterDocument letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var language = letter.IsEnglish ? "en-GB" : "nl-NL";

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = letter.Subject;
            package.PackageProperties.Creator = letter.OrganisationName;
            package.PackageProperties.Language = language;

            var main = package.AddMainDocumentPart();
            AddStyles(main, language);
            AddFonts(main);
            AddBulletNumbering(main);
            var footerId = AddFooter(main, letter);

            var body = new Body();
            body.Append(Paragraph(letter.OrganisationName, bold: true, size: 32, after: 0));
            foreach (var line in letter.OrganisationLines)
            {
                body.Append(Paragraph(line, size: 18, after: 0));
            }

            // Empty paragraphs push the address down to where a window envelope shows it.
            body.Append(Paragraph(string.Empty), Paragraph(string.Empty));
            body.Append(LinesParagraph(letter.RecipientLines, after: 480));
            body.Append(Paragraph(LetterTexts.DateLine(letter), after: 0));
            body.Append(Paragraph(LetterTexts.ReferenceLine(letter), after: 360));
            body.Append(Paragraph(letter.Subject, bold: true, after: 240));

            foreach (var block in LetterBody.Blocks(letter.Body))
            {
                switch (block)
                {
                    case LetterParagraph paragraph:
                        body.Append(LinesParagraph(paragraph.Lines));
                        break;
                    case LetterBulletList list:
                        for (var i = 0; i < list.Items.Count; i++)
                        {
                            body.Append(BulletParagraph(list.Items[i], last: i == list.Items.Count - 1));
                        }

                        break;
                    default:
                        throw new InvalidOperationException("Unknown letter block " + block.GetType().Name);
                }
            }

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
                new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
                new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 709, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main, string language)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts
                    {
                        Ascii = LetterFontResolver.FamilyName,
                        HighAnsi = LetterFontResolver.FamilyName,
                        ComplexScript = LetterFontResolver.FamilyName,
                        EastAsia = LetterFontResolver.FamilyName,
                    },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "160", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }

    /// <summary>
    /// Word substitutes a font it lacks by the family and alternative named here, so a reader
    /// without Atkinson Hyperlegible still gets a plain sans-serif.
    /// </summary>
    private static void AddFonts(MainDocumentPart main)
    {
        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(
            new Font(
                new AltName { Val = "Arial" },
                new FontFamily { Val = FontFamilyValues.Swiss },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = LetterFontResolver.FamilyName });
    }

    private static void AddBulletNumbering(MainDocumentPart main)
    {
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = "•" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });
    }

    private static string AddFooter(MainDocumentPart main, LetterDocument letter)
    {
        var footer = main.AddNewPart<FooterPart>();
        var (page, of) = letter.IsEnglish ? ("Page ", " of ") : ("Pagina ", " van ");
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
            TextRun(page, size: 18),
            Field("PAGE", size: 18),
            TextRun(of, size: 18),
            Field("NUMPAGES", size: 18)));
        return main.GetIdOfPart(footer);
    }

    private static SimpleField Field(string name, int size) =>
        new(TextRun("1", size)) { Instruction = " " + name + " \\* MERGEFORMAT " };

    private static Paragraph Paragraph(string text, bool bold = false, int? size = null, int? after = null) =>
        new(Properties(after), TextRun(text, size, bold));

    /// <summary>One paragraph whose lines are separated by line breaks, as in the plain-text body.</summary>
    private static Paragraph LinesParagraph(IReadOnlyList<string> lines, int? after = null)
    {
        var paragraph = new Paragraph(Properties(after));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                paragraph.Append(new Run(new Break()));
            }

            paragraph.Append(TextRun(lines[i]));
        }

        return paragraph;
    }

    private static Paragraph BulletParagraph(string text, bool last) => new(
        new ParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId }),
            new SpacingBetweenLines { After = last ? "160" : "0" }),
        TextRun(text));

    private static ParagraphProperties Properties(int? after) =>
        after is { } value
            ? new ParagraphProperties(new SpacingBetweenLines { After = value.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            : new ParagraphProperties();

    private static Run TextRun(string text, int? size = null, bool bold = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (size is { } halfPoints)
        {
            properties.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var run = new Run();
        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        // Without "preserve" Word drops the spaces around "Pagina " and " van ".
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
