using Gehoord.Web.Features.Letters.Documents;

namespace Gehoord.Web.Tests.Letters;

public sealed class LetterEmailTests
{
    [Fact]
    public void Text_typed_into_the_body_cannot_become_html()
    {
        var letter = SampleLetters.Dutch("Zie <script>alert('x')</script> & \"meer\"\n- <b>vet</b>") with { Subject = "<i>Onderwerp</i>" };

        var html = LetterEmail.Render(letter).Html;

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp; &quot;meer&quot;", html, StringComparison.Ordinal);
        Assert.Contains("<li>&lt;b&gt;vet&lt;/b&gt;</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_is_a_small_document_with_paragraphs_breaks_and_a_list()
    {
        var html = LetterEmail.Render(SampleLetters.Dutch()).Html;

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("max-width:40em", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.Contains(SampleLetters.UnicodeSentence + "<br>", html, StringComparison.Ordinal);
        Assert.Contains("<li>wij bellen u binnen een week;</li>\n<li>wij sturen u een verslag.</li>", html, StringComparison.Ordinal);
        Assert.Contains(">Geachte mevrouw Hémon,</p>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Gemeente Voorbeeld</strong><br>\nTelefoon 14 020", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", LetterEmail.Render(SampleLetters.English()).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plain_text_is_the_body_with_the_organisation_below()
    {
        var letter = SampleLetters.Dutch();

        var text = LetterEmail.Render(letter).PlainText;

        Assert.Equal(letter.Body + "\n\nGemeente Voorbeeld\nTelefoon 14 020\nklachten@voorbeeld.nl\nwww.voorbeeld.nl", text);
    }
}
