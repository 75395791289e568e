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
    public void Flesch_douma_of_a_plain_two_sentence_text_computed_by_hand()
    {
        // "Wij hebben uw klacht ontvangen." Wij 1, heb-ben 2, uw 1, klacht 1, ont-van-gen 3: 5 words, 8 syllables.
        // "U hoort binnen zes weken van ons." U 1, hoort 1, bin-nen 2, zes 1, we-ken 2, van 1, ons 1: 7 words, 9 syllables.
        // 12 words, 2 sentences, 17 syllables: 141.667 syllables per 100 words, 6 words per sentence.
        // 206.84 − 0.77 × 141.667 − 0.93 × 6 = 206.84 − 109.083 − 5.58 = 92.177 (easy).
        Assert.Equal(92.176667, Readability.FleschDouma("Wij hebben uw klacht ontvangen. U hoort binnen zes weken van ons."), 5);
    }

    [Fact]
    public void Flesch_douma_of_an_official_sentence_computed_by_hand()
    {
        // Con-form 2, de 1, vi-ge-ren-de 4, re-gel-ge-ving 4, dient 1, uw 1, klacht 1, in-za-ke 3, de 1,
        // ge-dra-ging 3, als 1, niet-ont-van-ke-lijk 5, te 1, wor-den 2, aan-ge-merkt 3:
        // 15 words, 1 sentence, 33 syllables: 220 syllables per 100 words.
        // 206.84 − 0.77 × 220 − 0.93 × 15 = 206.84 − 169.4 − 13.95 = 23.49 (very hard).
        const string text = "Conform de vigerende regelgeving dient uw klacht inzake de gedraging als niet-ontvankelijk te worden aangemerkt.";
        Assert.Equal(23.49, Readability.FleschDouma(text), 6);
        // "dient" alone is no official word; "dient te" is, and here "te" is far away.
        Assert.Equal(["conform", "vigerende", "inzake", "gedraging", "niet-ontvankelijk"], OfficialWords.Find(text).Select(h => h.Word.ToLowerInvariant()));
    }

    [Fact]
    public void A_sentence_wrapped_by_hand_is_still_one_long_sentence()
    {
        const string wrapped = "Wij hebben uw klacht over de behandeling van uw aanvraag voor bijzondere bijstand\r\nontvangen en wij gaan die nu zorgvuldig onderzoeken samen met de afdeling die erover gaat.\n\nWaar gaat het over?\nDe aanvraag.";

        Assert.Equal(3, Readability.Sentences(wrapped).Count);
        Assert.Single(Readability.LongSentences(wrapped));
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

    [Theory]
    [InlineData("the", 1)]
    [InlineData("we", 1)]
    [InlineData("you", 1)]
    [InlineData("yes", 1)]
    [InlineData("time", 1)]
    [InlineData("phone", 1)]
    [InlineData("case", 1)]
    [InlineData("table", 2)]
    [InlineData("simple", 2)]
    [InlineData("people", 2)]
    [InlineData("agree", 2)]
    [InlineData("complaint", 2)]
    [InlineData("happy", 2)]
    [InlineData("tomorrow", 3)]
    [InlineData("apology", 4)]
    [InlineData("Ombudsman,", 3)]
    [InlineData("2027", 1)]
    public void English_syllables_are_vowel_groups_without_a_silent_final_e(string word, int expected) =>
        Assert.Equal(expected, Readability.EnglishSyllables(word));

    [Fact]
    public void Flesch_reading_ease_follows_the_formula()
    {
        // "Thank you for your complaint." 5 words: 1 + 1 + 1 + 1 + 2 ("com-plaint") = 6 syllables.
        // "We will phone you tomorrow." 5 words: 1 + 1 + 1 ("phone", silent e) + 1 + 3 = 7 syllables.
        // 10 words, 2 sentences, 13 syllables: words per sentence 5, syllables per word 1.3.
        // 206.835 − 1.015 × 5 − 84.6 × 1.3 = 206.835 − 5.075 − 109.98 = 91.78.
        Assert.Equal(91.78, Readability.FleschReadingEase("Thank you for your complaint. We will phone you tomorrow."), 6);
    }

    [Fact]
    public void Flesch_reading_ease_punishes_long_words_and_sentences()
    {
        // One sentence of 12 words. Syllables by the heuristic (vowel groups; the "e" in "-ed"
        // is not final, so it counts): notwithstanding 4 (o, i, a, i), the 1, aforementioned 6
        // (a, o, e, e, io, e), considerations 5 (o, i, e, a, io), your 1, complaint 2, has 1,
        // been 1, administratively 7 (a, i, i, a, i, e, y), processed 3 (o, e, e), and 1,
        // finalised 4 (i, a, i, e): 36 syllables, 3 per word.
        // 206.835 − 1.015 × 12 − 84.6 × 3 = 206.835 − 12.18 − 253.8 = −59.145.
        var score = Readability.FleschReadingEase(
            "Notwithstanding the aforementioned considerations your complaint has been administratively processed and finalised.");
        Assert.Equal(-59.145, score, 6);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("nl-BE")]
    public void Score_uses_flesch_douma_for_dutch(string language) =>
        Assert.Equal(Readability.FleschDouma("Wij bellen u morgen."), Readability.Score("Wij bellen u morgen.", language));

    [Theory]
    [InlineData("en")]
    [InlineData("EN-gb")]
    public void Score_uses_flesch_reading_ease_for_english(string language) =>
        Assert.Equal(91.78, Readability.Score("Thank you for your complaint. We will phone you tomorrow.", language), 6);

    [Fact]
    public void Score_refuses_a_language_it_cannot_measure() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Readability.Score("Bonjour.", "fr"));
}
