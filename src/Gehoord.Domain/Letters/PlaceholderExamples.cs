using Gehoord.Domain.Intake;

namespace Gehoord.Domain.Letters;

/// <summary>
/// Realistic values for every placeholder, in Dutch and English, so a template can be read and
/// scored the way a citizen will see it. A template full of "{bevindingen}" says nothing about
/// readability: the handler's own sentences are half the letter. The values are written at B1,
/// as we ask handlers to write, so a low score points at the template and not at the example.
/// </summary>
public static class PlaceholderExamples
{
    private static readonly Dictionary<string, string> Dutch = new(StringComparer.Ordinal)
    {
        ["aanhef"] = "Beste mevrouw El Amrani,",
        ["naam_ontvanger"] = "mevrouw S. El Amrani",
        ["organisatie"] = "Gemeente Rivierstad",
        ["telefoon"] = "14 0123",
        ["email"] = "klachten@rivierstad.nl",
        ["behandelaar"] = "Jan de Vries",
        ["klachtnummer"] = "2027-0042",
        ["datum_ontvangst"] = "3 maart 2027",
        ["samenvatting"] = "Ik heb drie keer gebeld over mijn parkeerkaart. Niemand heeft mij teruggebeld.",
        ["kern"] = "U hebt drie keer gebeld over uw parkeerkaart. U bent niet teruggebeld. En u kreeg geen antwoord op uw mail.",
        ["uiterlijk_op"] = "14 april 2027",
        ["termijn"] = "6 weken",
        ["adviescommissie"] = AcknowledgementLetter.CommitteeParagraph(english: false, takesLonger: true),
        ["keten"] = LetterFacts.ChainParagraph("het waterschap", "de put wordt voor 1 mei gerepareerd.", english: false),
        ["volgadres"] = "https://rivierstad.nl/klacht",
        ["volgcode"] = "K7Q4-M2XH",
        ["gesprek_datum"] = "10 maart 2027",
        ["gesprek_samenvatting"] = "U vertelde dat u drie keer hebt gebeld over uw parkeerkaart. Niemand belde u terug. Daardoor kon u een week niet bij uw huis parkeren.",
        ["grond"] = "het gaat over iets van meer dan een jaar geleden",
        ["grond_artikel"] = "artikel 9:8 van de Algemene wet bestuursrecht",
        ["motivering"] = "Wat u beschrijft, gebeurde in januari 2025. Dat is meer dan een jaar geleden. Wij kunnen nu niet meer goed nagaan wat er toen is gebeurd.",
        ["doorgestuurd_naar"] = "de Belastingdienst",
        ["nieuwe_datum"] = "12 mei 2027",
        ["reden_verdaging"] = "Wij willen eerst met de medewerker praten. Hij is nu drie weken met verlof.",
        ["horen_datum"] = "24 maart 2027 om 10.00 uur",
        ["horen_vorm"] = "een gesprek op ons kantoor aan de Markt 1",
        ["horen_wie"] = "mevrouw El Amrani, de heer Bakker en Jan de Vries",
        ["verslag"] = "Mevrouw El Amrani vertelde dat zij drie keer heeft gebeld. Zij kreeg geen antwoord. De heer Bakker zei dat de berichten niet bij hem zijn aangekomen.",
        ["oplossing"] = "U krijgt uw nieuwe parkeerkaart binnen een week. De heer Bakker belt u vrijdag om dat te bevestigen.",
        ["bevindingen"] = "U hebt op 1, 3 en 7 februari gebeld. Elke keer is er een bericht voor de medewerker gemaakt. Die berichten zijn niet bij hem aangekomen.",
        ["oordelen"] =
            "Klachtonderdeel 1: U bent niet teruggebeld.\n"
            + "Oordeel: gegrond.\n"
            + "Waarom: Wij hadden beloofd u binnen twee dagen te bellen. Dat is niet gebeurd.\n"
            + "\n"
            + "Klachtonderdeel 2: De medewerker was onvriendelijk aan de telefoon.\n"
            + "Oordeel: geen oordeel.\n"
            + "Waarom: Wij weten niet meer wat er precies is gezegd. Daarom kunnen wij hier niet over oordelen.",
        ["les"] = "Wij zetten alle belverzoeken nu in één lijst. Zo raakt er geen bericht meer kwijt.",
        ["ombudsman"] = "de Nationale ombudsman",
        ["ombudsman_termijn"] = "binnen één jaar na de datum van deze brief",
        ["gedrag"] = "U hebt onze medewerkers aan de telefoon uitgescholden. Op 2 maart hebt u een medewerker bedreigd.",
        ["gedragsregels"] =
            "- U belt alleen op dinsdag tussen 9.00 en 12.00 uur.\n"
            + "- U belt alleen met de heer Bakker.\n"
            + "- U komt alleen naar ons kantoor als u een afspraak hebt.",
        ["gedragslijn_evaluatie"] = "1 september 2027",
        ["reden_intrekking"] = "Het probleem is al opgelost. U hebt uw parkeerkaart gekregen.",
    };

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["aanhef"] = "Dear Ms El Amrani,",
        ["naam_ontvanger"] = "Ms S. El Amrani",
        ["organisatie"] = "Rivierstad Council",
        ["telefoon"] = "14 0123",
        ["email"] = "klachten@rivierstad.nl",
        ["behandelaar"] = "Jan de Vries",
        ["klachtnummer"] = "2027-0042",
        ["datum_ontvangst"] = "3 March 2027",
        ["samenvatting"] = "I called three times about my parking permit. Nobody called me back.",
        ["kern"] = "You called us three times about your parking permit. Nobody called you back. And you got no answer to your email.",
        ["uiterlijk_op"] = "14 April 2027",
        ["termijn"] = "6 weeks",
        ["adviescommissie"] = AcknowledgementLetter.CommitteeParagraph(english: true, takesLonger: true),
        ["keten"] = LetterFacts.ChainParagraph("het waterschap", "de put wordt voor 1 mei gerepareerd.", english: true),
        ["volgadres"] = "https://rivierstad.nl/complaint",
        ["volgcode"] = "K7Q4-M2XH",
        ["gesprek_datum"] = "10 March 2027",
        ["gesprek_samenvatting"] = "You told us you called three times about your parking permit. Nobody called you back. So for a week you could not park near your home.",
        ["grond"] = "the events are more than a year old",
        ["grond_artikel"] = "article 9:8 of the General Administrative Law Act",
        ["motivering"] = "What you describe happened in January 2025. That is more than a year ago. We can no longer find out well what happened then.",
        ["doorgestuurd_naar"] = "the Tax Office",
        ["nieuwe_datum"] = "12 May 2027",
        ["reden_verdaging"] = "We want to talk to the member of staff first. He is on leave for three weeks.",
        ["horen_datum"] = "24 March 2027 at 10 am",
        ["horen_vorm"] = "a talk at our office at Markt 1",
        ["horen_wie"] = "Ms El Amrani, Mr Bakker and Jan de Vries",
        ["verslag"] = "Ms El Amrani said she called three times. She got no answer. Mr Bakker said the messages did not reach him.",
        ["oplossing"] = "You will get your new parking permit within a week. Mr Bakker will call you on Friday to confirm this.",
        ["bevindingen"] = "You called on 1, 3 and 7 February. Each time, a note was made for the member of staff. Those notes did not reach him.",
        ["oordelen"] =
            "Complaint part 1: Nobody called you back.\n"
            + "Verdict: founded.\n"
            + "Why: We had promised to call you within two days. That did not happen.\n"
            + "\n"
            + "Complaint part 2: The member of staff was rude on the phone.\n"
            + "Verdict: no judgement.\n"
            + "Why: We no longer know what was said. So we cannot judge this part.",
        ["les"] = "We now keep all call-back requests in one list. That way no message gets lost.",
        ["ombudsman"] = "the National Ombudsman",
        ["ombudsman_termijn"] = "within one year of the date of this letter",
        ["gedrag"] = "You swore at our staff on the phone. On 2 March you threatened a member of staff.",
        ["gedragsregels"] =
            "- You only call on Tuesdays between 9 am and 12 noon.\n"
            + "- You only call Mr Bakker.\n"
            + "- You only come to our office when you have an appointment.",
        ["gedragslijn_evaluatie"] = "1 September 2027",
        ["reden_intrekking"] = "The problem has been solved. You got your parking permit.",
    };

    /// <summary>The example values for "nl" or "en" (a region such as "nl-BE" is allowed).</summary>
    public static IReadOnlyDictionary<string, string> For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var code = language.Trim().ToLowerInvariant();
        if (code == "nl" || code.StartsWith("nl-", StringComparison.Ordinal))
        {
            return Dutch;
        }

        if (code == "en" || code.StartsWith("en-", StringComparison.Ordinal))
        {
            return English;
        }

        throw new ArgumentOutOfRangeException(nameof(language), language, "Examples exist for Dutch (nl) and English (en) only.");
    }
}
