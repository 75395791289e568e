using Gehoord.Domain.Letters;

namespace Gehoord.Domain.Tests.Letters;

public sealed class ReadabilityTests
{
    [Theory]
    [InlineData("klacht", 1)]
    [InlineData("de", 1)]
    [InlineData("behandeling", 4)]
    [InlineData("uiterlijk", 3)]
    [InlineData("ontvangen", 3)]
    [InlineData("klachtadviescommissie", 6)]
    [InlineData("nieuw", 1)]
    [InlineData("mooie", 2)]
    [InlineData("groei", 1)]
    [InlineData("leeuw", 1)]
    [InlineData("bureau", 2)]
    [InlineData("ruïne", 3)]
    [InlineData("ideeën", 3)]
    [InlineData("geïnteresseerd", 5)]
    [InlineData("België", 3)]
    [InlineData("Oplossing", 3)]
    [InlineData("2026", 1)]
    [InlineData("baby", 2)]
    public void Syllables_are_vowel_groups(string word, int expected) =>
        Assert.Equal(expected, Readability.Syllables(word));

    [Fact]
    public void Sentences_end_at_punctuation_followed_by_space_and_at_line_breaks()
    {
        var sentences = Readability.Sentences("Wat nu? Wij bellen u. Fijn! U schreef: “Het is 3.5 km.” Daarna\nVolgcode: K7Q4-M2XH-9RTA");

        Assert.Equal(["Wat nu?", "Wij bellen u.", "Fijn!", "U schreef: “Het is 3.5 km.”", "Daarna", "Volgcode: K7Q4-M2XH-9RTA"], sentences);
    }

    [Fact]
    public void Flesch_douma_follows_the_formula()
    {
        // 4 words, 1 sentence, syllables 1 + 2 + 1 + 2 = 6: 206.84 − 0.77 × 150 − 0.93 × 4 = 87.62.
        Assert.Equal(87.62, Readability.FleschDouma("Wij bellen u morgen."), 6);
    }

    [Fact]
    public void A_plain_sentence_scores_higher_than_an_official_one()
    {
        var plain = Readability.FleschDouma("Wij hebben uw klacht gekregen. Wij bellen u deze week. Dan praten we over wat u wilt.");
        var official = Readability.FleschDouma(
            "Hierbij bevestigen wij de ontvangst van uw klaagschrift inzake de gedraging van een medewerker, "
            + "welke conform de toepasselijke klachtenregeling in behandeling is genomen en binnen de wettelijke termijn zal worden afgehandeld.");

        Assert.True(plain > 80, $"plain text scored {plain:0.0}");
        Assert.True(official < 30, $"official text scored {official:0.0}");
    }

    [Fact]
    public void Text_without_words_has_no_score() =>
        Assert.True(double.IsNaN(Readability.FleschDouma(" … \n ")));

    [Fact]
    public void Long_sentences_are_flagged()
    {
        var longSentence = string.Join(' ', Enumerable.Repeat("woord", 21)) + ".";

        Assert.Equal([longSentence], Readability.LongSentences($"Kort. {longSentence} Ook kort."));
        Assert.Empty(Readability.LongSentences(string.Join(' ', Enumerable.Repeat("woord", 20)) + "."));
    }
}
