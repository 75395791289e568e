using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Letters;
using Xunit.Abstractions;

namespace Gehoord.Domain.Tests.Letters;

public sealed class DefaultLetterTemplatesTests(ITestOutputHelper output)
{
    private static readonly JurisdictionProfileCode Nl = JurisdictionProfileCode.NlAwb;
    private static readonly JurisdictionProfileCode Vl = JurisdictionProfileCode.VlBestuursdecreet;

    public static TheoryData<JurisdictionProfileCode, LetterKind, LetterRecipient, string> Shipped()
    {
        var data = new TheoryData<JurisdictionProfileCode, LetterKind, LetterRecipient, string>();
        foreach (var (profile, kind, recipient, language) in DefaultLetterTemplates.All.Where(k => k.Profile != JurisdictionProfileCode.Custom))
        {
            data.Add(profile, kind, recipient, language);
        }

        return data;
    }

    [Fact]
    public void Every_listed_combination_has_a_template() =>
        Assert.All(DefaultLetterTemplates.All, k => Assert.NotNull(DefaultLetterTemplates.For(k.Profile, k.Kind, k.Recipient, k.Language)));

    [Fact]
    public void Every_kind_to_the_complainant_exists_in_dutch_and_flemish_and_english()
    {
        foreach (var kind in Enum.GetValues<LetterKind>())
        {
            Assert.NotNull(DefaultLetterTemplates.For(Nl, kind, LetterRecipient.Complainant, "nl"));
            Assert.NotNull(DefaultLetterTemplates.For(Vl, kind, LetterRecipient.Complainant, "nl"));
            Assert.NotNull(DefaultLetterTemplates.For(Nl, kind, LetterRecipient.Complainant, "en"));
            Assert.NotNull(DefaultLetterTemplates.For(Vl, kind, LetterRecipient.Complainant, "en"));
        }
    }

    [Theory]
    [InlineData(LetterKind.ExtensionNotice)]
    [InlineData(LetterKind.HearingInvitation)]
    public void Respondents_get_dutch_and_flemish_letters_only(LetterKind kind)
    {
        Assert.NotNull(DefaultLetterTemplates.For(Nl, kind, LetterRecipient.Respondent, "nl"));
        Assert.NotNull(DefaultLetterTemplates.For(Vl, kind, LetterRecipient.Respondent, "nl"));
        Assert.Null(DefaultLetterTemplates.For(Nl, kind, LetterRecipient.Respondent, "en"));
        Assert.Null(DefaultLetterTemplates.For(Vl, kind, LetterRecipient.Respondent, "en"));
    }

    [Fact]
    public void There_is_nothing_else()
    {
        Assert.Null(DefaultLetterTemplates.For(Nl, LetterKind.ClosingAfterInvestigation, LetterRecipient.Respondent, "nl"));
        Assert.Null(DefaultLetterTemplates.For(Nl, LetterKind.Acknowledgement, LetterRecipient.Complainant, "fr"));
        Assert.Equal((13 * 3) + (11 * 3), DefaultLetterTemplates.All.Count);
    }

    [Fact]
    public void Custom_uses_the_dutch_awb_texts()
    {
        foreach (var kind in Enum.GetValues<LetterKind>())
        {
            Assert.Same(
                DefaultLetterTemplates.For(Nl, kind, LetterRecipient.Complainant, "nl"),
                DefaultLetterTemplates.For(JurisdictionProfileCode.Custom, kind, LetterRecipient.Complainant, "nl"));
        }
    }

    [Fact]
    public void Language_codes_are_read_case_insensitively() =>
        Assert.Same(
            DefaultLetterTemplates.For(Nl, LetterKind.Acknowledgement, LetterRecipient.Complainant, "en"),
            DefaultLetterTemplates.For(Nl, LetterKind.Acknowledgement, LetterRecipient.Complainant, " EN "));

    [Fact]
    public void Only_the_flemish_english_extension_differs_from_the_dutch_english_one()
    {
        foreach (var kind in Enum.GetValues<LetterKind>())
        {
            var nl = DefaultLetterTemplates.For(Nl, kind, LetterRecipient.Complainant, "en");
            var vl = DefaultLetterTemplates.For(Vl, kind, LetterRecipient.Complainant, "en");
            Assert.Equal(kind != LetterKind.ExtensionNotice, ReferenceEquals(nl, vl));
        }

        Assert.Contains("You agreed that we take more time", DefaultLetterTemplates.For(Vl, LetterKind.ExtensionNotice, LetterRecipient.Complainant, "en")!.Body, StringComparison.Ordinal);
        Assert.Contains("four more weeks", DefaultLetterTemplates.For(Nl, LetterKind.ExtensionNotice, LetterRecipient.Complainant, "en")!.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Templates_use_only_known_placeholders_and_name_the_case_in_the_subject(JurisdictionProfileCode profile, LetterKind kind, LetterRecipient recipient, string language)
    {
        var template = Template(profile, kind, recipient, language);

        Assert.Empty(LetterPlaceholders.Unknown(template.Subject + template.Body));
        Assert.Contains("{klachtnummer}", template.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Templates_have_the_agreed_shape(JurisdictionProfileCode profile, LetterKind kind, LetterRecipient recipient, string language)
    {
        var body = Template(profile, kind, recipient, language).Body;
        var closing = language == "nl" ? "Met vriendelijke groet," : "Kind regards,";

        Assert.StartsWith("{aanhef}\n\n", body, StringComparison.Ordinal);
        Assert.EndsWith($"\n\n{closing}\n{{behandelaar}}\n{{organisatie}}", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", body, StringComparison.Ordinal);
        Assert.All(body.Split('\n'), line => Assert.Equal(line.Trim(), line));
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Templates_carry_what_their_kind_must_say(JurisdictionProfileCode profile, LetterKind kind, LetterRecipient recipient, string language)
    {
        var body = Template(profile, kind, recipient, language).Body;

        foreach (var placeholder in Required(kind, recipient))
        {
            Assert.Contains($"{{{placeholder}}}", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("nl", "U kunt ons altijd blijven schrijven.")]
    [InlineData("en", "You can always keep writing to us.")]
    public void A_conduct_arrangement_says_the_citizen_may_keep_writing(string language, string sentence)
    {
        Assert.Contains(sentence, Template(Nl, LetterKind.ConductArrangement, LetterRecipient.Complainant, language).Body, StringComparison.Ordinal);
        Assert.Contains(sentence, Template(Vl, LetterKind.ConductArrangement, LetterRecipient.Complainant, language).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Klopt dit met wat wij hebben besproken?")]
    [InlineData("en", "Is this what we talked about?")]
    public void A_closing_after_a_solution_asks_the_control_question(string language, string question)
    {
        Assert.Contains(question, Template(Nl, LetterKind.ClosingAfterSolution, LetterRecipient.Complainant, language).Body, StringComparison.Ordinal);
        Assert.Contains(question, Template(Vl, LetterKind.ClosingAfterSolution, LetterRecipient.Complainant, language).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "Waar wij het niet goed hebben gedaan, bieden wij u onze excuses aan.")]
    [InlineData("en", "Where we did not do well, we say sorry to you.")]
    public void The_apology_in_a_closing_after_investigation_is_a_paragraph_the_handler_can_delete(string language, string apology)
    {
        foreach (var profile in new[] { Nl, Vl })
        {
            Assert.Contains($"\n\n{apology}\n\n", Template(profile, LetterKind.ClosingAfterInvestigation, LetterRecipient.Complainant, language).Body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Filled_templates_read_at_b1(JurisdictionProfileCode profile, LetterKind kind, LetterRecipient recipient, string language)
    {
        var text = DefaultLetterTemplates.Filled(profile, kind, recipient, language);

        Assert.Empty(LetterPlaceholders.Remaining(text));
        var score = Readability.Score(text, language);
        Assert.True(score >= 60, $"score {score:0.0}");
        Assert.Empty(Readability.LongSentences(text));
        if (language == "nl")
        {
            Assert.Empty(OfficialWords.Find(text));
        }
    }

    [Fact]
    public void Flemish_texts_name_flemish_law_only_and_dutch_texts_dutch_law_only()
    {
        foreach (var (profile, kind, recipient, language) in DefaultLetterTemplates.All)
        {
            var template = Template(profile, kind, recipient, language);
            var text = template.Subject + "\n" + template.Body;
            if (profile == Vl)
            {
                Assert.DoesNotContain("Awb", text, StringComparison.Ordinal);
                Assert.DoesNotContain("Algemene wet bestuursrecht", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Nationale ombudsman", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("National Ombudsman", text, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                Assert.DoesNotContain("Bestuursdecreet", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Vlaamse", text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void The_flemish_texts_refer_to_the_bestuursdecreet_and_confirm_the_consent_for_more_time()
    {
        Assert.Contains("Bestuursdecreet", Template(Vl, LetterKind.NotHandledNotice, LetterRecipient.Complainant, "nl").Body, StringComparison.Ordinal);
        Assert.Contains("U gaf ons toestemming", Template(Vl, LetterKind.ExtensionNotice, LetterRecipient.Complainant, "nl").Body, StringComparison.Ordinal);
        Assert.Contains("vier weken", Template(Nl, LetterKind.ExtensionNotice, LetterRecipient.Complainant, "nl").Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_score_table_lists_every_shipped_text()
    {
        var table = DefaultLetterTemplates.ScoreTable();
        output.WriteLine(table);

        var lines = table.TrimEnd('\n').Split('\n');
        Assert.Equal("| profile | kind | recipient | language | score |", lines[0]);
        Assert.Equal(DefaultLetterTemplates.All.Count(k => k.Profile != JurisdictionProfileCode.Custom), lines.Length - 2);
        Assert.Contains("| NL-Awb | Acknowledgement | Complainant | nl |", table, StringComparison.Ordinal);
        Assert.Contains("| VL-Bestuursdecreet | HearingInvitation | Respondent | nl |", table, StringComparison.Ordinal);
    }

    private static LetterTemplateText Template(JurisdictionProfileCode profile, LetterKind kind, LetterRecipient recipient, string language) =>
        DefaultLetterTemplates.For(profile, kind, recipient, language)
            ?? throw new InvalidOperationException($"No template for {profile} {kind} {recipient} {language}.");

    // The placeholders that carry what docs/rules.md §1, §2 and §6 ask of each letter.
    private static string[] Required(LetterKind kind, LetterRecipient recipient) => (kind, recipient) switch
    {
        (LetterKind.Acknowledgement, _) => ["datum_ontvangst", "samenvatting", "uiterlijk_op", "termijn", "volgadres", "volgcode", "telefoon", "email", "ombudsman"],
        (LetterKind.ContactConfirmation, _) => ["gesprek_datum", "gesprek_samenvatting"],
        (LetterKind.NotHandledNotice, _) => ["grond", "grond_artikel", "motivering", "ombudsman", "ombudsman_termijn", "telefoon"],
        (LetterKind.ForwardingNotice, _) => ["doorgestuurd_naar"],
        (LetterKind.ExtensionNotice, _) => ["reden_verdaging", "nieuwe_datum"],
        (LetterKind.HearingInvitation, _) => ["horen_datum", "horen_vorm", "horen_wie"],
        (LetterKind.HearingReport, _) => ["horen_datum", "verslag"],
        (LetterKind.ClosingAfterSolution, _) => ["gesprek_samenvatting", "oplossing", "les", "ombudsman"],
        (LetterKind.ClosingAfterInvestigation, _) => ["kern", "bevindingen", "oordelen", "les", "ombudsman", "ombudsman_termijn"],
        (LetterKind.ConductArrangement, _) => ["gedrag", "gedragsregels", "gedragslijn_evaluatie"],
        (LetterKind.WithdrawalConfirmation, _) => ["reden_intrekking"],
        _ => [],
    };
}
