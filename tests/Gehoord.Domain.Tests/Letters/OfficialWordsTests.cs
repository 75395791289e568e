using Gehoord.Domain.Letters;

namespace Gehoord.Domain.Tests.Letters;

public sealed class OfficialWordsTests
{
    [Fact]
    public void The_list_holds_at_least_seventy_distinct_words_with_alternatives()
    {
        Assert.True(OfficialWords.All.Count >= 70, $"only {OfficialWords.All.Count} words");
        Assert.Equal(OfficialWords.All.Count, OfficialWords.All.Select(w => w.Word.ToLowerInvariant()).Distinct().Count());
        Assert.All(OfficialWords.All, w => Assert.False(string.IsNullOrWhiteSpace(w.Alternative), w.Word));
    }

    [Theory]
    [InlineData("ontvankelijk", "kan behandeld worden")]
    [InlineData("gedraging", "wat iemand deed")]
    [InlineData("verdagen", "uitstellen")]
    [InlineData("inzake", "over")]
    [InlineData("conform", "volgens")]
    [InlineData("dient te", "moet")]
    [InlineData("teneinde", "om")]
    [InlineData("derhalve", "daarom")]
    public void The_words_from_the_rules_are_listed(string word, string alternative) =>
        Assert.Contains(new OfficialWord(word, alternative), OfficialWords.All);

    [Fact]
    public void Hits_are_whole_words_case_insensitive_in_order_of_position()
    {
        const string text = "Indien u reeds betaald hebt, dan is uw klacht Conform de regels.";

        var hits = OfficialWords.Find(text);

        Assert.Equal(["indien", "reeds", "conform"], hits.Select(h => h.Word));
        Assert.Equal("Indien", text.Substring(hits[0].Index, hits[0].Length));
        Assert.Equal("reeds", text.Substring(hits[1].Index, hits[1].Length));
        Assert.Equal("Conform", text.Substring(hits[2].Index, hits[2].Length));
        Assert.Equal("volgens", hits[2].Alternative);
    }

    [Theory]
    [InlineData("Mijn dochter belde u.")]
    [InlineData("De conformiteit van het product.")]
    [InlineData("Er zijn veel mogelijkheden.")]
    [InlineData("Hij was thansen niet.")]
    [InlineData("Wij bellen u binnenkort.")]
    [InlineData("De ontvangst van uw brief.")]
    [InlineData("Het verzoekschrift ligt hier.")]
    public void A_word_inside_another_word_is_no_hit(string text) =>
        Assert.Empty(OfficialWords.Find(text));

    [Fact]
    public void A_phrase_is_one_hit_even_across_a_line_break()
    {
        var hits = OfficialWords.Find("U dient\nte betalen in het   kader van de wet.");

        Assert.Equal(["dient te", "in het kader van"], hits.Select(h => h.Word));
        Assert.Equal("dient\nte".Length, hits[0].Length);
    }

    [Fact]
    public void The_longest_entry_wins_where_entries_overlap()
    {
        var hits = OfficialWords.Find("Uw klacht is niet-ontvankelijk. Wij verzoeken u te bellen.");

        Assert.Equal(["niet-ontvankelijk", "wij verzoeken u"], hits.Select(h => h.Word));
    }

    [Fact]
    public void Punctuation_around_a_word_does_not_block_a_hit()
    {
        var hits = OfficialWords.Find("(Derhalve) \"thans\", d.d. 3 maart; c.q. morgen.");

        Assert.Equal(["derhalve", "thans", "d.d.", "c.q."], hits.Select(h => h.Word));
    }

    [Fact]
    public void Inflections_are_their_own_entries()
    {
        var hits = OfficialWords.Find("De behandeling is verdaagd. Wij verstrekken informatie over de verdaging.");

        Assert.Equal(["verdaagd", "verstrekken", "verdaging"], hits.Select(h => h.Word));
        Assert.Equal(["uitgesteld", "geven", "uitstel"], hits.Select(h => h.Alternative));
    }

    [Fact]
    public void Plain_text_has_no_hits() =>
        Assert.Empty(OfficialWords.Find("Wij hebben uw klacht gekregen. Wij bellen u deze week. Dan praten we over wat u wilt."));
}
