using System.Text;
using Gehoord.Domain.Intake;

namespace Gehoord.Domain.Tests.Intake;

public sealed class HiddenComplaintRecogniserTests
{
    private const DissatisfactionSignalKind Waiting = DissatisfactionSignalKind.Waiting;
    private const DissatisfactionSignalKind Promise = DissatisfactionSignalKind.BrokenPromise;
    private const DissatisfactionSignalKind Reach = DissatisfactionSignalKind.NotReachable;
    private const DissatisfactionSignalKind Again = DissatisfactionSignalKind.Repetition;
    private const DissatisfactionSignalKind Unheard = DissatisfactionSignalKind.Unheard;
    private const DissatisfactionSignalKind Rude = DissatisfactionSignalKind.Rudeness;
    private const DissatisfactionSignalKind Error = DissatisfactionSignalKind.Error;
    private const DissatisfactionSignalKind Escalation = DissatisfactionSignalKind.Escalation;
    private const DissatisfactionSignalKind Emotion = DissatisfactionSignalKind.Emotion;
    private const DissatisfactionSignalKind Unhappy = DissatisfactionSignalKind.Dissatisfaction;

    // Sentences with a hidden complaint, the phrase that must be marked and its kind.
    // The first twelve are the remarks and hidden complaints of seed 003 ("Voorbeelden van verborgen klachten").
    public static TheoryData<string, string, DissatisfactionSignalKind> WithComplaint => new()
    {
        { "Wilt u vragen of de servicemonteur dit keer op tijd komt?", "dit keer op tijd", Again },
        { "De vorige keer was de servicemonteur niet op tijd. Dat was lastig.", "De vorige keer was de servicemonteur niet op tijd", Again },
        { "Ik wacht al vier weken op een reactie.", "Ik wacht al vier weken", Waiting },
        { "U reageert niet op mijn verzoek/vraag. Ik word aan het lijntje gehouden.", "aan het lijntje gehouden", Unheard },
        { "U reageert niet op mijn verzoek/vraag.", "U reageert niet", Unheard },
        { "Is hij er weer niet?", "Is hij er weer niet", Reach },
        { "Ik kan deze persoon niet bereiken. Dat is vervelend.", "kan deze persoon niet bereiken", Reach },
        { "Er was niemand bij de receptie.", "Er was niemand bij de receptie", Reach },
        { "Er was niemand bij de receptie om mij te helpen. Gaat dat altijd zo hier?", "Er was niemand bij de receptie", Reach },
        { "Ik zou teruggebeld worden.", "Ik zou teruggebeld worden", Promise },
        { "Ik ben niet gebeld, zoals beloofd. Dat is waardeloos.", "niet gebeld, zoals beloofd", Promise },
        { "Fijn dat u er bent, u ruimt uw rommel tenminste op.", "u ruimt uw rommel tenminste op", Unhappy },
        { "Uw collega ruimt zijn rotzooi niet op.", "ruimt zijn rotzooi niet op", Unhappy },

        // Waiting: always with a duration or "nog steeds".
        { "ik wacht nu al 3 weken op mijn huurtoeslag", "ik wacht nu al 3 weken", Waiting },
        { "kan iemand ff reageren? wacht al 2 wkn op antwoord!!", "wacht al 2 wkn", Waiting },
        { "We wachten nog steeds op de monteur.", "We wachten nog steeds", Waiting },
        { "Ik heb al twee maanden op een beslissing gewacht.", "Ik heb al twee maanden op een beslissing gewacht", Waiting },
        { "Mijn moeder zit nu al drie weken zonder warm water.", "zit nu al drie weken zonder warm water", Waiting },
        { "De lekkage is er al een maand en nog steeds niet gerepareerd.", "al een maand en nog steeds niet gerepareerd", Waiting },
        { "Waarom duurt het zo lang?", "Waarom duurt het zo lang", Waiting },
        { "Waar blijft mijn vergunning?", "Waar blijft mijn vergunning", Waiting },
        { "De monteur kwam weer te laat.", "kwam weer te laat", Waiting },
        { "sta nu al een uur te wachten bij het loket", "sta nu al een uur te wachten", Waiting },
        { "Hallo, het lukt al twee dagen niet om in te loggen.", "lukt al twee dagen niet", Waiting },
        { "IK WACHT AL VIER WEKEN OP EEN REACTIE", "IK WACHT AL VIER WEKEN", Waiting },
        { "ik heb nog steeds geen antwoord op mijn bezwaar", "nog steeds geen antwoord", Waiting },
        { "Ik wacht al drie maanden op mijn premie, dit is te zot voor woorden.", "Ik wacht al drie maanden", Waiting },

        // Broken promises.
        { "Uw collega zou mij vorige week terugbellen.", "Uw collega zou mij vorige week terugbellen", Promise },
        { "Mij is beloofd dat het vóór de zomer klaar zou zijn.", "Mij is beloofd", Promise },
        { "Jullie hebben de afspraak niet nagekomen.", "afspraak niet nagekomen", Promise },
        { "ik zou ff teruggebeld worden maar niks gehoord", "ik zou ff teruggebeld worden", Promise },
        { "Jullie medewerker is niet komen opdagen.", "niet komen opdagen", Promise },

        // Not reachable.
        { "Niemand neemt op als ik bel.", "Niemand neemt op", Reach },
        { "De telefoon wordt nooit opgenomen.", "telefoon wordt nooit opgenomen", Reach },
        { "Jullie zijn slecht bereikbaar.", "slecht bereikbaar", Reach },
        { "Ik krijg niemand aan de lijn.", "krijg niemand aan de lijn", Reach },
        { "Ik hing een half uur in de wacht.", "hing een half uur in de wacht", Reach },
        { "Er werd weer niet opgenomen.", "werd weer niet opgenomen", Reach },

        // Repetition.
        { "Dit is voor de zoveelste keer dat de lift kapot is.", "voor de zoveelste keer", Again },
        { "Elke keer krijg ik een andere medewerker.", "Elke keer krijg ik een andere", Again },
        { "Ik heb al drie keer gebeld.", "heb al drie keer gebeld", Again },
        { "Ik word van het kastje naar de muur gestuurd.", "van het kastje naar de muur", Again },
        { "De verwarming is alweer kapot.", "alweer kapot", Again },
        { "Moet ik alles steeds opnieuw uitleggen?", "Moet ik alles steeds opnieuw uitleggen", Again },

        // Not heard.
        { "Ik heb nooit meer iets gehoord.", "nooit meer iets gehoord", Unheard },
        { "Ik heb geen reactie gekregen op mijn mail.", "geen reactie gekregen", Unheard },
        { "Niemand luistert naar ons.", "Niemand luistert", Unheard },
        { "Ik voel me niet serieus genomen.", "voel me niet serieus genomen", Unheard },
        { "Ze doen er toch niks mee.", "doen er toch niks mee", Unheard },
        { "Ik heb nu al vijf keer gebeld en niemand helpt me.", "niemand helpt me", Unheard },
        { "Ze zeggen steeds dat het morgen komt maar er gebeurt niks.", "er gebeurt niks", Unheard },

        // Rudeness.
        { "De medewerker aan de balie was erg onbeschoft.", "onbeschoft", Rude },
        { "Ik werd gewoon uitgelachen.", "uitgelachen", Rude },
        { "Hij was grof tegen mijn vader.", "grof", Rude },
        { "Ze hing zomaar op.", "hing zomaar op", Rude },

        // Errors.
        { "De afrekening klopt niet.", "klopt niet", Error },
        { "Er is iets fout gegaan met mijn betaling.", "is iets fout gegaan", Error },
        { "U heeft mij ten onrechte een boete gegeven.", "ten onrechte", Error },
        { "Die naheffing is onterecht.", "onterecht", Error },
        { "Ik kreeg een verkeerde factuur.", "verkeerde factuur", Error },
        { "Ik ben verkeerd geïnformeerd over de huur.", "verkeerd geïnformeerd", Error },

        // Escalation.
        { "Ik ga naar de ombudsman.", "Ik ga naar de ombudsman", Escalation },
        { "Als dit niet wordt opgelost, neem ik een advocaat.", "neem ik een advocaat", Escalation },
        { "Ik stap naar de krant.", "Ik stap naar de krant", Escalation },
        { "Ik wil uw leidinggevende spreken.", "wil uw leidinggevende", Escalation },

        // Emotion.
        { "Ik ben het zat!", "Ik ben het zat", Emotion },
        { "Ik ben het wachten moe.", "Ik ben het wachten moe", Emotion },
        { "Ik ben erg teleurgesteld in de gemeente.", "teleurgesteld", Emotion },
        { "Ik ben echt boos.", "boos", Emotion },

        // General dissatisfaction, sarcasm and the announcing "niet klagen, maar".
        { "Dit is schandalig.", "schandalig", Unhappy },
        { "Belachelijk dat ik hiervoor moet betalen.", "Belachelijk", Unhappy },
        { "Ik ben ontevreden over de afhandeling.", "ontevreden", Unhappy },
        { "Ik ben niet tevreden over het contact.", "niet tevreden", Unhappy },
        { "Ik ben slecht geholpen aan de telefoon.", "slecht geholpen", Unhappy },
        { "Wat een waardeloze service.", "waardeloze", Unhappy },
        { "Ik wil niet klagen, maar de trap is vies.", "Ik wil niet klagen, maar", Unhappy },
        { "Nou, mooi hoor.", "Nou, mooi hoor", Unhappy },
    };

    // Neutral questions, thanks, praise, negated dissatisfaction and ordinary requests.
    public static TheoryData<string> WithoutComplaint => new()
    {
        "Wanneer wordt mijn container geleegd?",
        "Bedankt voor de snelle reactie!",
        "Ik ben keurig geholpen door uw collega.",
        "Geen probleem, ik kom morgen langs.",
        "Ik ben niet ontevreden over de afhandeling.",
        "Ik ben tevreden over de reparatie.",
        "Ik wacht op uw antwoord.",
        "Ik wacht op de bus.",
        "Ik wacht graag op uw voorstel.",
        "Ik wil mijn adres wijzigen per 1 mei.",
        "Ik verhuis volgende maand naar Utrecht, wat moet ik doorgeven?",
        "Kan ik een afspraak maken voor volgende week dinsdag?",
        "Mag ik mijn afspraak verzetten naar vrijdag?",
        "Ik zou graag teruggebeld worden over mijn aanvraag.",
        "Ik zou het fijn vinden als u mij terugbelt.",
        "Zou u mij kunnen terugbellen?",
        "Ik ben volgende week niet bereikbaar, bel me gerust daarna.",
        "Hoe kan ik een parkeervergunning aanvragen?",
        "Wat zijn de openingstijden van het stadskantoor?",
        "Top geregeld, dank u wel!",
        "Ik heb de verkeerde naam ingevuld, kan ik dat aanpassen?",
        "Het kan geen kwaad om het nog eens te controleren.",
        "Ik ben niet boos, alleen benieuwd hoe het ervoor staat.",
        "Mag het grof vuil al op zondagavond aan de straat?",
        "Kunt u mij laten weten hoe lang de procedure duurt?",
        "Zoals afgesproken stuur ik u hierbij de foto's.",
        "Dit is geen klacht, ik wil alleen iets doorgeven.",
        "De monteur was op tijd en heel vriendelijk.",
        "Elke keer als ik bel word ik goed geholpen.",
        "Het zat gewoon in de brievenbus.",
        "Ik heb al twee keer eerder een vergunning gekregen.",
        "Is het verkeerd als ik mijn afval op maandag buiten zet?",
        "Ik hoef geen reactie, het is alleen ter informatie.",
        "Fijn dat de monteur zo snel kon komen.",
        "Geen haast, volgende week is ook goed.",
    };

    [Theory]
    [MemberData(nameof(WithComplaint))]
    public void Marks_the_phrase_that_signals_dissatisfaction(string text, string phrase, DissatisfactionSignalKind kind)
    {
        var signals = HiddenComplaintRecogniser.Find(text);

        var signal = signals.FirstOrDefault(s => s.Phrase == phrase);
        Assert.True(
            signal is not null,
            $"Expected \"{phrase}\" to be marked, got: {string.Join(" | ", signals.Select(s => $"{s.Kind}: \"{s.Phrase}\""))}");
        Assert.Equal(kind, signal.Kind);
        Assert.True(HiddenComplaintRecogniser.ContainsHiddenComplaint(text));
    }

    [Theory]
    [MemberData(nameof(WithoutComplaint))]
    public void Leaves_neutral_text_unmarked(string text)
    {
        var signals = HiddenComplaintRecogniser.Find(text);

        Assert.True(signals.Count == 0, $"Unexpected marks: {string.Join(" | ", signals.Select(s => $"{s.Kind}: \"{s.Phrase}\""))}");
        Assert.False(HiddenComplaintRecogniser.ContainsHiddenComplaint(text));
    }

    [Fact]
    public void Precision_on_the_neutral_set_is_perfect_and_recall_on_the_complaint_set_is_complete()
    {
        // A summary over both tables, so a regression shows up as one number as well as one row.
        var neutral = WithoutComplaint.Cast<object[]>().Select(row => (string)row[0]).ToList();
        var complaints = WithComplaint.Cast<object[]>().Select(row => (string)row[0]).ToList();

        Assert.DoesNotContain(neutral, HiddenComplaintRecogniser.ContainsHiddenComplaint);
        Assert.All(complaints, t => Assert.True(HiddenComplaintRecogniser.ContainsHiddenComplaint(t), t));
        Assert.True(complaints.Count >= 40);
        Assert.True(neutral.Count >= 25);
    }

    [Fact]
    public void Negation_turns_a_signal_off_and_only_the_negated_word()
    {
        Assert.Equal(Unhappy, Assert.Single(HiddenComplaintRecogniser.Find("Ik ben ontevreden.")).Kind);
        Assert.Empty(HiddenComplaintRecogniser.Find("Ik ben niet ontevreden."));
        Assert.Empty(HiddenComplaintRecogniser.Find("Ik ben helemaal niet zo boos."));

        // The negation reaches no further than its own clause: the anger after the comma stands.
        var signal = Assert.Single(HiddenComplaintRecogniser.Find("Geen probleem, maar ik ben wel boos."));
        Assert.Equal("boos", signal.Phrase);
    }

    [Fact]
    public void Waiting_needs_a_duration_or_still()
    {
        Assert.Empty(HiddenComplaintRecogniser.Find("Ik wacht op de bus."));
        Assert.Empty(HiddenComplaintRecogniser.Find("ik wacht op uw antwoord"));

        Assert.Equal("Ik wacht al vier weken", Assert.Single(HiddenComplaintRecogniser.Find("Ik wacht al vier weken op de bus.")).Phrase);
        Assert.Equal("ik wacht nog steeds", Assert.Single(HiddenComplaintRecogniser.Find("ik wacht nog steeds op uw antwoord")).Phrase);
        Assert.Equal("ik wacht al lang", Assert.Single(HiddenComplaintRecogniser.Find("ik wacht al lang op uw antwoord")).Phrase);
        Assert.Equal("Wij wachten al 10 dagen", Assert.Single(HiddenComplaintRecogniser.Find("Wij wachten al 10 dagen.")).Phrase);
    }

    [Theory]
    [InlineData("Ik wacht al vier weken op een reactie.")]
    [InlineData("ÉÉN VRAAG: Ik wacht al één maand! Niemand neemt op, is hij er wéér niet? Ik ben teleurgesteld.")]
    [InlineData("Geachte heer/mevrouw,\r\n\r\nMijn buurvrouw wacht al 3 weken. De monteur zou komen — maar is niet gekomen zoals afgesproken.\r\n")]
    [InlineData("Ik ben verkeerd geïnformeerd; de coördinator is onbereikbaar.")]
    public void Indexes_point_into_the_original_text(string text)
    {
        var signals = HiddenComplaintRecogniser.Find(text);

        Assert.NotEmpty(signals);
        Assert.All(signals, s => Assert.Equal(s.Phrase, text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Accents_and_capitals_keep_the_span_on_the_original_characters()
    {
        const string Text = "Privé-vraag: IK BEN VERKEERD GEÏNFORMEERD én ik wacht al één week.";

        var signals = HiddenComplaintRecogniser.Find(Text);

        Assert.Collection(
            signals,
            s =>
            {
                Assert.Equal(Error, s.Kind);
                Assert.Equal("VERKEERD GEÏNFORMEERD", s.Phrase);
                Assert.Equal(Text.IndexOf("VERKEERD", StringComparison.Ordinal), s.Start);
            },
            s =>
            {
                Assert.Equal(Waiting, s.Kind);
                Assert.Equal("ik wacht al één week", s.Phrase);
            });
    }

    [Fact]
    public void Signals_are_sorted_and_never_overlap_and_the_longest_wins()
    {
        const string Text =
            "Ik ben het zat. Ik wacht al vier weken en heb nog steeds geen antwoord. " +
            "Niemand neemt op en de rekening klopt niet. Ik ga naar de ombudsman.";

        var signals = HiddenComplaintRecogniser.Find(Text);

        Assert.Equal(
            ["Ik ben het zat", "Ik wacht al vier weken", "nog steeds geen antwoord", "Niemand neemt op", "klopt niet", "Ik ga naar de ombudsman"],
            signals.Select(s => s.Phrase));
        for (var i = 1; i < signals.Count; i++)
        {
            Assert.True(signals[i - 1].Start + signals[i - 1].Length <= signals[i].Start, $"{signals[i - 1].Phrase} overlaps {signals[i].Phrase}");
        }
    }

    [Fact]
    public void Overlapping_matches_keep_the_longest()
    {
        // "al drie weken geen reactie", "geen reactie" and "geen reactie ontvangen" all match here.
        const string Text = "Ik heb al drie weken geen reactie ontvangen.";

        var signal = Assert.Single(HiddenComplaintRecogniser.Find(Text));

        Assert.Equal("al drie weken geen reactie", signal.Phrase);
        Assert.Equal(Waiting, signal.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t")]
    public void Nothing_to_read_gives_no_signals(string? text)
    {
        Assert.Empty(HiddenComplaintRecogniser.Find(text));
        Assert.False(HiddenComplaintRecogniser.ContainsHiddenComplaint(text));
    }

    [Fact]
    public void A_long_pasted_text_is_handled_quickly_and_still_marked()
    {
        var builder = new StringBuilder();
        while (builder.Length < 9_900)
        {
            builder.Append("Ik wil graag weten wanneer de container wordt geleegd en hoe ik een afspraak maak. ");
        }

        builder.Append("Ik wacht al vier weken op een reactie. ");
        while (builder.Length < 19_940)
        {
            builder.Append("wacht wacht al al al niet niet geen ");
        }

        builder.Append(". Ik ben het zat.");
        var text = builder.ToString();
        // Speed is bounded by the per-match regex timeout, not asserted here (timed tests flake
        // on a busy machine); what must hold is that a long paste is still searched whole.
        var signals = HiddenComplaintRecogniser.Find(text);

        Assert.InRange(text.Length, 19_900, 20_000);
        Assert.Contains(signals, s => s.Phrase == "Ik wacht al vier weken");
        Assert.Contains(signals, s => s.Phrase == "Ik ben het zat");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("wacht al ")]
    [InlineData("niet ")]
    [InlineData("ik zou ")]
    public void Repetitive_input_without_punctuation_does_not_blow_up(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 20_000 / unit.Length));

        var signals = HiddenComplaintRecogniser.Find(text);

        // No exception, and whatever is found lies inside the text without overlaps.
        Assert.All(signals, s => Assert.Equal(s.Phrase, text.Substring(s.Start, s.Length)));
        Assert.True(signals.Zip(signals.Skip(1)).All(p => p.First.Start + p.First.Length <= p.Second.Start));
    }

    [Theory]
    [MemberData(nameof(WithComplaint))]
    public void Every_signal_explains_itself_in_Dutch(string text, string phrase, DissatisfactionSignalKind kind)
    {
        _ = phrase;
        _ = kind;
        Assert.All(HiddenComplaintRecogniser.Find(text), s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Explanation));
            Assert.Contains("klacht", s.Explanation, StringComparison.Ordinal);
            Assert.EndsWith(".", s.Explanation, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Each_kind_has_its_own_explanation()
    {
        var kinds = Enum.GetValues<DissatisfactionSignalKind>();
        var explanations = kinds.Select(HiddenComplaintRecogniser.Explain).ToList();

        Assert.All(explanations, e => Assert.Contains("klacht", e, StringComparison.Ordinal));
        Assert.Equal(kinds.Length, explanations.Distinct().Count());
        Assert.Equal(
            "De klant wacht al lang: dat is ongenoegen over de snelheid. Registreer het als klacht.",
            HiddenComplaintRecogniser.Explain(Waiting));
    }
}
