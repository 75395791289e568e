using Gehoord.Domain.Letters;

namespace Gehoord.Domain.Tests.Letters;

public sealed class PlaceholderExamplesTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Every_placeholder_has_an_example(string language)
    {
        var examples = PlaceholderExamples.For(language);

        Assert.All(LetterPlaceholders.All, p => Assert.False(string.IsNullOrWhiteSpace(examples.GetValueOrDefault(p.Name)), p.Name));
        Assert.Equal(LetterPlaceholders.All.Count, examples.Count);
    }

    [Theory]
    [InlineData("nl", "3 maart 2027", "Beste mevrouw El Amrani,", "Oordeel: gegrond.")]
    [InlineData("en", "3 March 2027", "Dear Ms El Amrani,", "Verdict: founded.")]
    public void Examples_follow_the_agreed_formats(string language, string date, string salutation, string verdict)
    {
        var examples = PlaceholderExamples.For(language);

        Assert.Equal(date, examples["datum_ontvangst"]);
        Assert.Equal(salutation, examples["aanhef"]);
        Assert.Contains(verdict, examples["oordelen"], StringComparison.Ordinal);
        Assert.All(examples["gedragsregels"].Split('\n'), line => Assert.StartsWith("- ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Dutch_examples_use_no_official_words() =>
        Assert.All(PlaceholderExamples.For("nl"), e => Assert.Empty(OfficialWords.Find(e.Value)));

    [Fact]
    public void Other_languages_have_no_examples() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PlaceholderExamples.For("fr"));
}
