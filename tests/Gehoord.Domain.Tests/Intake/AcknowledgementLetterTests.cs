using Gehoord.Domain.Letters;
using Gehoord.Domain.Intake;

namespace Gehoord.Domain.Tests.Intake;

public sealed class AcknowledgementLetterTests
{
    private static readonly AcknowledgementFacts Facts = new(
        OrganisationName: "Gemeente Voorbeeld",
        ReferenceNumber: "2026-000123",
        TrackingCode: "K7Q4-M2XH-9RTA",
        ReceivedOn: TestDates.D("2026-04-24"),
        ComplaintSummary: "Ik heb drie keer gebeld over mijn paspoort. Niemand belde terug. Nu kan ik niet op reis.",
        ComplainantName: "Jansen",
        HandlingDueOn: TestDates.D("2026-06-05"),
        HandlingTerm: "6 weken",
        AdvisoryCommittee: false,
        ContactName: "het klachtenteam",
        ContactPhone: "14 020",
        ContactEmail: "klachten@voorbeeld.nl",
        StatusUrl: "https://klacht.voorbeeld.nl/status",
        OmbudsmanName: "de Nationale ombudsman");

    [Fact]
    public void Subject_and_salutation_name_the_reference_and_the_person()
    {
        var letter = AcknowledgementLetter.Compose(Facts);

        Assert.Equal("Wij hebben uw klacht ontvangen (klachtnummer 2026-000123)", letter.Subject);
        // The name as the citizen gave it: we do not guess whether to write "meneer" or "mevrouw".
        Assert.Equal("Beste Jansen,", letter.Salutation);
        Assert.Equal("Met vriendelijke groet,\nGemeente Voorbeeld", letter.Closing);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Without_a_name_the_salutation_is_neutral(string? name) =>
        Assert.Equal("Beste heer of mevrouw,", AcknowledgementLetter.Compose(Facts with { ComplainantName = name }).Salutation);

    [Fact]
    public void The_letter_says_everything_the_citizen_needs()
    {
        var text = AcknowledgementLetter.ToPlainText(AcknowledgementLetter.Compose(Facts));

        Assert.Contains("op 24 april 2026 ontvangen", text, StringComparison.Ordinal);
        Assert.Contains("Het klachtnummer is 2026-000123.", text, StringComparison.Ordinal);
        Assert.Contains("“Ik heb drie keer gebeld over mijn paspoort. Niemand belde terug. Nu kan ik niet op reis.”", text, StringComparison.Ordinal);
        Assert.Contains("Een medewerker neemt binnenkort contact met u op.", text, StringComparison.Ordinal);
        Assert.Contains("zoeken we samen naar een oplossing", text, StringComparison.Ordinal);
        Assert.Contains("U hoort uiterlijk op 5 juni 2026 van ons. Dat is binnen 6 weken na ontvangst.", text, StringComparison.Ordinal);
        Assert.Contains("Duurt het langer? Dan laten wij u weten waarom.", text, StringComparison.Ordinal);
        Assert.Contains("\nWebsite: https://klacht.voorbeeld.nl/status\n", text, StringComparison.Ordinal);
        Assert.Contains("\nVolgcode: K7Q4-M2XH-9RTA", text, StringComparison.Ordinal);
        Assert.Contains("contact op met het klachtenteam.", text, StringComparison.Ordinal);
        Assert.Contains("\nTelefoon: 14 020", text, StringComparison.Ordinal);
        Assert.Contains("\nE-mail: klachten@voorbeeld.nl", text, StringComparison.Ordinal);
        Assert.Contains(
            "Bent u het niet eens met hoe wij uw klacht afhandelen? Dan kunt u daarna naar de Nationale ombudsman.",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("klachtadviescommissie", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_has_salutation_blank_line_paragraphs_and_closing()
    {
        var letter = new Letter("Onderwerp", "Beste heer of mevrouw,", ["Eén.", "Twee."], "Met vriendelijke groet,\nGemeente");

        Assert.Equal(
            "Beste heer of mevrouw,\n\nEén.\n\nTwee.\n\nMet vriendelijke groet,\nGemeente\n",
            AcknowledgementLetter.ToPlainText(letter));
    }

    [Fact]
    public void With_an_advisory_committee_the_letter_says_so_and_names_the_longer_term()
    {
        var letter = AcknowledgementLetter.Compose(
            Facts with { AdvisoryCommittee = true, HandlingTerm = "10 weken", HandlingDueOn = TestDates.D("2026-07-03") });
        var text = AcknowledgementLetter.ToPlainText(letter);

        Assert.Contains("Een onafhankelijke commissie geeft ons advies over uw klacht. Dit is de klachtadviescommissie.", text, StringComparison.Ordinal);
        Assert.Contains("Daarom duurt de behandeling langer. Wij hebben er 10 weken voor.", text, StringComparison.Ordinal);
        Assert.Contains("U hoort uiterlijk op 3 juli 2026 van ons.", text, StringComparison.Ordinal);
        Assert.Equal(AcknowledgementLetter.Compose(Facts).Paragraphs.Count + 1, letter.Paragraphs.Count);
    }

    [Fact]
    public void A_committee_that_gets_no_extra_time_does_not_make_the_letter_say_it_takes_longer()
    {
        // The Flemish decree keeps 45 days with a committee.
        var text = AcknowledgementLetter.ToPlainText(AcknowledgementLetter.Compose(
            Facts with { AdvisoryCommittee = true, HandlingTerm = "45 dagen", CommitteeTakesLonger = false }));

        Assert.Contains("De commissie nodigt u misschien uit voor een gesprek.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("duurt de behandeling langer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Contact_lines_appear_only_when_given()
    {
        var text = AcknowledgementLetter.ToPlainText(AcknowledgementLetter.Compose(Facts with { ContactPhone = null, ContactEmail = " " }));

        Assert.DoesNotContain("Telefoon:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("E-mail:", text, StringComparison.Ordinal);
        Assert.Contains("Neem dan contact op met het klachtenteam.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_letter_has_the_same_content()
    {
        var letter = AcknowledgementLetter.Compose(
            Facts with { English = true, AdvisoryCommittee = true, HandlingTerm = "10 weeks", ContactName = "the complaints team", OmbudsmanName = "the National Ombudsman" });
        var text = AcknowledgementLetter.ToPlainText(letter);

        Assert.Equal("We have received your complaint (complaint number 2026-000123)", letter.Subject);
        Assert.Equal("Dear Jansen,", letter.Salutation);
        Assert.Equal("Kind regards,\nGemeente Voorbeeld", letter.Closing);
        Assert.Contains("We received it on 24 April 2026.", text, StringComparison.Ordinal);
        Assert.Contains("You will hear from us by 5 June 2026 at the latest.", text, StringComparison.Ordinal);
        Assert.Contains("independent committee", text, StringComparison.Ordinal);
        Assert.Contains("Tracking code: K7Q4-M2XH-9RTA", text, StringComparison.Ordinal);
        Assert.Contains("Then you can go to the National Ombudsman afterwards.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" uw ", text, StringComparison.Ordinal);
        Assert.Equal("Dear Sir or Madam,", AcknowledgementLetter.Compose(Facts with { English = true, ComplainantName = null }).Salutation);
    }

    [Fact]
    public void A_long_summary_is_shortened_on_a_word_boundary()
    {
        var words = string.Join(' ', Enumerable.Range(1, 100).Select(i => $"woord{i}"));

        var shortened = AcknowledgementLetter.ShortenSummary(words);

        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
        Assert.True(shortened.Length <= AcknowledgementLetter.MaxSummaryLength + 1, $"length {shortened.Length}");
        Assert.True(shortened.Length > AcknowledgementLetter.MaxSummaryLength - 10, $"length {shortened.Length}");
        var lastWord = shortened.TrimEnd('…').Split(' ')[^1];
        Assert.Contains($" {lastWord} ", words, StringComparison.Ordinal);
        Assert.Contains($"“{shortened}”", AcknowledgementLetter.Compose(Facts with { ComplaintSummary = words }).Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_summary_is_kept_but_put_on_one_line()
    {
        Assert.Equal("Niemand belde terug. Echt niet.", AcknowledgementLetter.ShortenSummary("  Niemand belde\nterug.\r\n\r\nEcht  niet. "));
        Assert.Equal(new string('x', 300), AcknowledgementLetter.ShortenSummary(new string('x', 300)));
        Assert.Equal(new string('x', 300) + "…", AcknowledgementLetter.ShortenSummary(new string('x', 301)));
    }

    [Fact]
    public void An_empty_summary_leaves_out_the_quote() =>
        Assert.DoesNotContain("U schreef ons", AcknowledgementLetter.Compose(Facts with { ComplaintSummary = " " }).Paragraphs[0], StringComparison.Ordinal);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_sentence_of_the_dutch_letter_has_at_most_20_words(bool advisoryCommittee)
    {
        var letter = AcknowledgementLetter.Compose(Facts with { AdvisoryCommittee = advisoryCommittee, HandlingTerm = advisoryCommittee ? "10 weken" : "6 weken" });

        // Split as an editor would: on ". ", "? " and "! ", and on line breaks, since the
        // website, code and phone lines stand on their own.
        var sentences = new[] { letter.Subject, letter.Salutation }
            .Concat(letter.Paragraphs)
            .Append(letter.Closing)
            .SelectMany(p => p.Split('\n'))
            .SelectMany(line => line.Split([". ", "? ", "! "], StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        Assert.True(sentences.Count > 20, $"only {sentences.Count} sentences: the split is wrong");
        Assert.All(sentences, s => Assert.True(
            s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 20,
            $"sentence too long: {s}"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_dutch_letter_is_easy_to_read(bool advisoryCommittee)
    {
        var letter = AcknowledgementLetter.Compose(Facts with { AdvisoryCommittee = advisoryCommittee, HandlingTerm = advisoryCommittee ? "10 weken" : "6 weken" });

        var score = Readability.FleschDouma(AcknowledgementLetter.ToPlainText(letter));

        Assert.True(score >= 60, $"Flesch-Douma {score:0.0}");
        Assert.Empty(Readability.LongSentences(AcknowledgementLetter.ToPlainText(letter)));
    }
}
