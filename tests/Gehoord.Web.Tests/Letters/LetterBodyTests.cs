using Gehoord.Web.Features.Letters.Documents;

namespace Gehoord.Web.Tests.Letters;

public sealed class LetterBodyTests
{
    [Fact]
    public void Blank_lines_separate_paragraphs_newlines_break_lines_and_dashes_make_bullets()
    {
        var blocks = LetterBody.Blocks("Geachte heer,\r\n\r\nEerste regel\r\ntweede regel\nU kunt:\n- bellen\n- mailen\n\n\n\nGroet");

        Assert.Collection(
            blocks,
            b => Assert.Equal(["Geachte heer,"], Assert.IsType<LetterParagraph>(b).Lines),
            b => Assert.Equal(["Eerste regel", "tweede regel", "U kunt:"], Assert.IsType<LetterParagraph>(b).Lines),
            b => Assert.Equal(["bellen", "mailen"], Assert.IsType<LetterBulletList>(b).Items),
            b => Assert.Equal(["Groet"], Assert.IsType<LetterParagraph>(b).Lines));
    }

    [Fact]
    public void An_empty_body_has_no_blocks()
    {
        Assert.Empty(LetterBody.Blocks("\n \n"));
    }
}
