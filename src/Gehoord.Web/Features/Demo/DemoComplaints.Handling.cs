using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Letters;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Letters;
using Gehoord.Web.Persistence;

namespace Gehoord.Web.Features.Demo;

/// <summary>
/// Demo complaints further along: every stage after exploration and every outcome, each built
/// only through the domain's own steps so the demo can never show a state the rules forbid.
/// </summary>
public sealed partial class DemoComplaints
{
    private const string ConductEmail = "t.vandijk@example.org";

    private static IEnumerable<Demo> HandledComplaints() =>
    [
        new(Channel.Email, 6, "Sociaal Domein",
            "Ik heb in september bijzondere bijstand aangevraagd voor een nieuwe koelkast. Ik kreeg een afwijzing zonder uitleg. Bellen helpt niet, ik word steeds doorverbonden.",
            new Complainant("Noor Hendriks", "noor.hendriks@example.org", "06 23 45 67 89", PreferredContact: PreferredContact.Phone),
            Stage.Exploring, Wishes: CitizenWishes.Explanation | CitizenWishes.CorrectError, Respondent: "Team Inkomen", Script: ExploringInFull),
        new(Channel.Letter, 10, "Belastingen",
            "Ik heb dit jaar twee aanslagen afvalstoffenheffing gekregen voor hetzelfde adres. Ik heb er één betaald. Nu krijg ik een aanmaning voor de tweede.",
            new Complainant("W. Verhoeven", "w.verhoeven@example.org", Street: "Beukenlaan 7", PostalCode: "1234 GH", City: "Voorbeeld"),
            Stage.Exploring, Wishes: CitizenWishes.CorrectError, Script: SolutionWithoutCheck),
        new(Channel.WebForm, 35, "Openbare Ruimte",
            "De lantaarnpaal voor ons huis is al zes weken kapot. Ik heb het twee keer gemeld via de app. Het is 's avonds zo donker dat mijn moeder met de rollator bijna viel.",
            new Complainant("Sanne de Boer", "sanne.deboer@example.org", PreferredContact: PreferredContact.Email),
            Stage.Exploring, Wishes: CitizenWishes.CorrectError | CitizenWishes.PreventRecurrence, Script: ClosedAsResolved),
        new(Channel.Phone, 28, "Sociaal Domein",
            "Mevrouw belt: haar huurtoeslag is stopgezet en ze kan de huur van deze maand niet betalen. Bij de gemeente kon niemand haar helpen, ze dacht dat de gemeente de toeslag regelt.",
            new Complainant("Mevrouw L. Kramer", Phone: "06 34 56 78 90", PreferredContact: PreferredContact.Phone),
            Stage.Exploring, Wishes: CitizenWishes.Explanation, Script: ClosedAfterWarmReferral),
        new(Channel.Letter, 21, "Burgerzaken",
            "De medewerker aan de balie weigerde mijn aanvraag voor een rijbewijs aan te nemen omdat mijn pasfoto niet goed zou zijn. De fotograaf zegt dat de foto aan alle eisen voldoet. Ik moest een nieuwe afspraak maken en een dag extra vrij nemen.",
            new Complainant("Karim Ouali", "k.ouali@example.org", Street: "Stationsweg 21", PostalCode: "1234 JK", City: "Voorbeeld"),
            Stage.Exploring, Wishes: CitizenWishes.Judgement | CitizenWishes.Compensation, Respondent: "Baliemedewerker Burgerzaken", Script: InvestigatingWithHearings),
        new(Channel.Email, 30, "Wonen en Vergunningen",
            "Handhaving heeft mijn schutting laten weghalen terwijl ik een vergunning heb. Ze kwamen zonder aankondiging, namen geen foto's en mijn brief daarover is nooit beantwoord.",
            new Complainant("Jeroen Smits", "jeroen.smits@example.org", "06 45 67 89 01"),
            Stage.Exploring, Wishes: CitizenWishes.Judgement | CitizenWishes.Apology, Respondent: "Team Handhaving", Script: JudgedAwaitingClosure),
        new(Channel.Letter, 45, "Belastingen",
            "Mijn kwijtscheldingsverzoek lag drie maanden stil. Intussen stuurde de gemeente een dwangbevel met extra kosten. Aan de telefoon zei een medewerker dat ik 'het maar had moeten betalen'.",
            new Complainant("Dhr. H. Postma", "h.postma@example.org", Street: "Schoolstraat 3", PostalCode: "1235 AB", City: "Voorbeeld"),
            Stage.Exploring, Wishes: CitizenWishes.Judgement | CitizenWishes.Compensation, Respondent: "Team Invordering", Script: ClosedAfterInvestigation),
        new(Channel.WebForm, 50, "Openbare Ruimte",
            "De buitendienst heeft de heg bij ons hofje gesnoeid tijdens het broedseizoen. Ik heb de medewerkers gewezen op een nest en werd weggestuurd met de woorden 'daar gaan wij niet over'.",
            new Complainant("Ingrid Vos", "ingrid.vos@example.org", PreferredContact: PreferredContact.Email),
            Stage.Exploring, Wishes: CitizenWishes.Judgement | CitizenWishes.PreventRecurrence, Respondent: "Buitendienst Groen", Committee: true, Script: CommitteeAdviceNotFollowed),
        new(Channel.Letter, 12, "Wonen en Vergunningen",
            "In 2023 heeft een ambtenaar mij verkeerd geadviseerd over de bouw van mijn dakkapel. Daardoor heb ik toen te veel leges betaald. Ik wil dat de gemeente dat alsnog erkent.",
            new Complainant("A. Janssen", "a.janssen@example.org", Street: "Dorpsstraat 40", PostalCode: "1235 CD", City: "Voorbeeld"),
            Stage.Exploring, Wishes: CitizenWishes.Judgement | CitizenWishes.Compensation, Script: NotHandledAfterContact),
        new(Channel.Email, 9, "Klantcontactcentrum",
            "De chauffeur van buslijn 12 reed gisteren door zonder te stoppen, terwijl ik bij de halte stond te zwaaien. Ik kwam daardoor te laat op mijn werk.",
            new Complainant("Tom Bakker", "tom.bakker@example.org", PreferredContact: PreferredContact.Email),
            Stage.Exploring, Script: Forwarded),
        new(Channel.Phone, 14, "Burgerzaken",
            "Meneer belt: hij heeft drie weken geleden een uittreksel uit de BRP aangevraagd en nog niets ontvangen. Hij heeft het nodig voor zijn hypotheek.",
            new Complainant("Dhr. M. Dekker", Phone: "06 56 78 90 12"),
            Stage.Exploring, Wishes: CitizenWishes.CorrectError, Script: Withdrawn),
        new(Channel.WebForm, 5, "Openbare Ruimte",
            "Het fietspad langs de provinciale weg ligt vol gaten. Ik ben gevallen en mijn fiets is kapot.",
            new Complainant("Lotte Willems", "lotte.willems@example.org", PreferredContact: PreferredContact.Email),
            Stage.Exploring, Wishes: CitizenWishes.CorrectError | CitizenWishes.Compensation, Script: ForwardedAwaitingLetter),
        new(Channel.Letter, 40, "Burgerzaken",
            "Mijn aanvraag voor een gehandicaptenparkeerkaart is na vier maanden afgewezen. Aan de balie zei een medewerker dat ik er 'niet gehandicapt uitzag'.",
            new Complainant("Mevrouw R. Aydin", "r.aydin@example.org", Street: "Molenweg 8", PostalCode: "1234 KL", City: "Voorbeeld"),
            Stage.Exploring, Wishes: CitizenWishes.Judgement | CitizenWishes.Apology, Respondent: "Baliemedewerker Burgerzaken", Script: JudgedClosingLetterToWrite),
        new(Channel.Letter, 30, "Sociaal Domein",
            "Het wijkteam zou de aanpassing van mijn badkamer regelen. Na vier maanden is er nog niets gebeurd en ik kan niet meer zelf douchen. Niemand belt terug.",
            new Complainant("Mevrouw R. Willems", "r.willems@example.org", Street: "Zonnebloemstraat 9", PostalCode: "1235 EF", City: "Voorbeeld"),
            Stage.Exploring, Wishes: CitizenWishes.Judgement | CitizenWishes.CorrectError, Respondent: "Wijkteam Noord", Script: ExtendedByFourWeeks),
        new(Channel.WebForm, 40, "Openbare Ruimte",
            "Na de herbestrating van de Kastanjelaan liggen de stoeptegels voor ons huis los. Mijn buurvrouw is erover gestruikeld.",
            new Complainant("Peter van Leeuwen", "p.vanleeuwen@example.org", PreferredContact: PreferredContact.Email),
            Stage.Exploring, Wishes: CitizenWishes.CorrectError, Script: ReopenedAfterClosure),
        new(Channel.Email, 60, "Klantcontactcentrum",
            "Ik heb nu al tien keer gevraagd waarom mijn parkeervergunning is ingetrokken. Niemand geeft antwoord. Jullie zijn allemaal incompetent en ik blijf bellen tot iemand mij helpt.",
            new Complainant("Dhr. T. van Dijk", ConductEmail, "06 67 89 01 23"),
            Stage.Exploring, Wishes: CitizenWishes.Explanation, Script: WithConductArrangement),
        new(Channel.Email, 4, "Burgerzaken",
            "Weer geen antwoord op mijn vraag over de parkeervergunning. Nu is ook mijn afspraak voor een nieuw paspoort zonder bericht verzet.",
            new Complainant("Dhr. T. van Dijk", ConductEmail, "06 67 89 01 23"),
            Stage.Assigned, Wishes: CitizenWishes.Explanation),
    ];

    /// <summary>Core, two parts, the respondent has a copy and the handler has planned a call.</summary>
    private static void ExploringInFull(Complaint c, DemoHandling h)
    {
        h.CalledComplainant(c, 1, "Mevrouw legt uit dat haar koelkast kapot is en dat ze de afwijzing niet begrijpt. Ze wil weten waarom, en of ze opnieuw kan aanvragen.");
        c.DescribeCore("Mevrouw kreeg een afwijzing op bijzondere bijstand zonder uitleg en komt telefonisch niet bij iemand die het kan uitleggen.", "Uitleg over de afwijzing en een nieuwe beoordeling van haar aanvraag.", h.Handler, h.Now);
        c.AddPart(h.NewId(), "De afwijzing is niet gemotiveerd.", h.Handler, h.Now);
        c.AddPart(h.NewId(), "Mevrouw werd aan de telefoon steeds doorverbonden.", h.Handler, h.Now);
        c.InformRespondent(c.Respondents[0].Id, h.Day(-2), h.Handler, h.Now, h.Profile.Words);
        c.PlanContact(h.NewId(), ContactParty.Complainant, ContactForm.Phone, h.Moment(1, 10), h.Handler, h.Now);
    }

    private static void SolutionWithoutCheck(Complaint c, DemoHandling h)
    {
        h.CalledComplainant(c, 2, "Meneer heeft inderdaad twee aanslagen gekregen; het adres staat dubbel in het systeem.");
        c.DescribeCore("Een dubbele aanslag afvalstoffenheffing door een dubbele registratie van het adres, met een onterechte aanmaning.", "Dat de tweede aanslag en de aanmaning vervallen.", h.Handler, h.Now);
        c.StartResolving(h.Handler, h.Now);
        c.RecordSolution(SolutionMeasures.ErrorCorrected | SolutionMeasures.Apology, "De tweede aanslag en de aanmaning zijn ingetrokken en de dubbele registratie is verwijderd. Excuses aangeboden per brief.", null, null, null, null, null, h.Handler, h.Now);
    }

    private static void ClosedAsResolved(Complaint c, DemoHandling h)
    {
        Resolve(c, h, "Een kapotte lantaarnpaal is ondanks twee meldingen niet gerepareerd; het is gevaarlijk donker voor de moeder van mevrouw.", SolutionMeasures.ErrorCorrected | SolutionMeasures.Explanation, "De lamp is vervangen. Uitgelegd dat de melding door een fout in de koppeling met de aannemer bleef liggen.", null, null);
        c.RecordLesson("Meldingen uit de app kwamen niet bij de aannemer aan. De koppeling is hersteld en wordt nu wekelijks gecontroleerd.", LessonLevel.WorkingMethod, othersCouldBeHelped: true, canBePrevented: true, h.Handler, h.Now);
        c.CloseAsResolved(h.Handler, h.Now);
        h.SendLetter(c, LetterKind.ClosingAfterSolution, LetterChannel.Email);
        c.Close(h.Handler, h.Now);
    }

    private static void ClosedAfterWarmReferral(Complaint c, DemoHandling h)
    {
        Resolve(c, h, "Mevrouw verloor haar huurtoeslag en weet niet bij wie ze moet zijn; ze dreigt een huurachterstand te krijgen.", SolutionMeasures.WarmReferral | SolutionMeasures.Explanation, "Uitgelegd dat de Dienst Toeslagen over de huurtoeslag gaat. Samen met mevrouw gebeld en een afspraak gemaakt; de schuldhulp van de gemeente helpt met de huur van deze maand.", "Dienst Toeslagen", "mevrouw K. Bos, team Herstel");
        c.RecordLesson("Balie en telefoon weten niet goed wie over toeslagen gaat. Er is een korte instructie gemaakt met het nummer van de Dienst Toeslagen.", LessonLevel.WorkingMethod, othersCouldBeHelped: true, canBePrevented: true, h.Handler, h.Now);
        c.CloseAsResolved(h.Handler, h.Now);
        c.Close(h.Handler, h.Now);
    }

    private static void InvestigatingWithHearings(Complaint c, DemoHandling h)
    {
        Investigate(c, h, "Meneer vindt dat zijn aanvraag ten onrechte is geweigerd en wil daarover een oordeel.", "De aanvraag is geweigerd op grond van een pasfoto die wel voldeed.", "Meneer moest een extra dag vrij nemen.");
        var complainant = c.InviteToHearing(h.NewId(), HearingParty.Complainant, null, HearingForm.InPerson, h.Day(-10), h.Day(-5), h.Handler, h.Now);
        c.RecordHearingHeld(complainant.Id, h.Day(-5), "Meneer liet de foto en de verklaring van de fotograaf zien. Hij vraagt vergoeding van een dag verlof.", h.Handler, h.Now);
        c.InviteToHearing(h.NewId(), HearingParty.Respondent, null, HearingForm.Phone, h.Day(-3), h.Day(4), h.Handler, h.Now);
    }

    private static void JudgedAwaitingClosure(Complaint c, DemoHandling h)
    {
        var parts = Investigate(c, h, "Meneer wil een oordeel over de manier waarop de schutting is verwijderd.", "De schutting is verwijderd zonder aankondiging.", "Er zijn geen foto's gemaakt van de situatie.", "De brief van meneer is niet beantwoord.");
        HearBoth(c, h, -8);
        c.GiveVerdict(parts[0].Id, Verdict.Founded, factsEstablished: true, "Een aankondiging is voorgeschreven en is niet verstuurd.", h.Handler, h.Now);
        c.GiveVerdict(parts[1].Id, Verdict.NoJudgement, factsEstablished: false, "Of er foto's zijn gemaakt, is niet meer vast te stellen: de toezichthouder is uit dienst en het dossier is onvolledig.", h.Handler, h.Now);
        c.GiveVerdict(parts[2].Id, Verdict.Founded, factsEstablished: true, "De brief is ontvangen op de afdeling en niet beantwoord.", h.Handler, h.Now);
        Assess(c, h, lawful: false, "Zonder aankondiging is de last onder bestuursdwang niet goed uitgevoerd.");
        c.Judge(h.Handler, h.Now);
    }

    private static void ClosedAfterInvestigation(Complaint c, DemoHandling h)
    {
        var parts = Investigate(c, h, "Meneer wil een oordeel over de lange behandeltijd en over de opmerking aan de telefoon.", "Het kwijtscheldingsverzoek lag drie maanden stil en intussen kwam een dwangbevel.", "Een medewerker zei aan de telefoon dat meneer 'het maar had moeten betalen'.");
        HearBoth(c, h, -25);
        c.GiveVerdict(parts[0].Id, Verdict.Founded, factsEstablished: true, "Tijdens een kwijtscheldingsverzoek hoort de invordering stil te staan. De kosten van het dwangbevel worden terugbetaald.", h.Handler, h.Now);
        c.GiveVerdict(parts[1].Id, Verdict.PartlyFounded, factsEstablished: true, "De medewerker erkent een ongelukkige opmerking, maar bedoelde dat betalen onder voorbehoud mogelijk was. Dat is niet duidelijk uitgelegd.", h.Handler, h.Now);
        Assess(c, h, lawful: false, "Het dwangbevel had tijdens de behandeling van het kwijtscheldingsverzoek niet mogen worden uitgevaardigd.");
        c.Judge(h.Handler, h.Now);
        c.RecordLesson("Een kwijtscheldingsverzoek zet de invordering nu automatisch stil in het belastingsysteem.", LessonLevel.Policy, othersCouldBeHelped: true, canBePrevented: true, h.Handler, h.Now);
        c.CloseAfterInvestigation(h.Referral, h.Handler, h.Now);
        h.SendLetter(c, LetterKind.ClosingAfterInvestigation, LetterChannel.Post);
        c.Close(h.Handler, h.Now);
    }

    private static void CommitteeAdviceNotFollowed(Complaint c, DemoHandling h)
    {
        var parts = Investigate(c, h, "Mevrouw wil een oordeel over het snoeien tijdens het broedseizoen en over hoe zij werd behandeld.", "De heg is gesnoeid terwijl er een nest in zat.", "Mevrouw werd weggestuurd toen zij de medewerkers wees op het nest.");
        HearBoth(c, h, -20);
        c.GiveVerdict(parts[0].Id, Verdict.PartlyFounded, factsEstablished: true, "Er is gesnoeid in het broedseizoen, maar de medewerkers hebben het deel met het nest daarna ongemoeid gelaten.", h.Handler, h.Now);
        c.GiveVerdict(parts[1].Id, Verdict.Founded, factsEstablished: true, "De medewerkers hadden mevrouw moeten aanhoren en de melding moeten doorgeven.", h.Handler, h.Now);
        Assess(c, h, lawful: true, "De Wet natuurbescherming verbiedt het verstoren van een bewoond nest; dat is niet aangetoond.");
        c.RecordCommitteeAdvice(
            "De commissie heeft klager en de buitendienst gehoord. Vast staat dat in april is gesnoeid en dat er een nest in de heg zat.",
            "De commissie adviseert beide onderdelen gegrond te verklaren.",
            "Snoei geen heggen tussen 15 maart en 15 juli zonder controle op nesten.",
            h.Day(-7),
            h.Handler,
            h.Now);
        c.DecideOnCommitteeAdvice(false, "Het college verklaart het eerste onderdeel deels gegrond: de medewerkers hebben het deel met het nest na de opmerking van klager gespaard. De aanbeveling wordt wel overgenomen.", h.Handler, h.Now);
        c.Judge(h.Handler, h.Now);
    }

    private static void NotHandledAfterContact(Complaint c, DemoHandling h)
    {
        h.CalledComplainant(c, 2, "Met meneer besproken dat het advies uit 2023 dateert. Hij begrijpt dat de gemeente daar niet meer over oordeelt, maar is teleurgesteld.");
        c.DecideNotToHandle(h.Profile, "9:8-1b", "Het advies over de dakkapel is in 2023 gegeven, meer dan een jaar voor de klacht. Wat er toen precies is gezegd, is niet meer goed na te gaan.", h.Referral, h.Handler, h.Now);
    }

    private static void Forwarded(Complaint c, DemoHandling h)
    {
        c.Forward("Vervoersbedrijf Regio Voorbeeld", "De busdienst wordt uitgevoerd door het vervoersbedrijf; de gemeente gaat niet over de chauffeurs.", h.Handler, h.Now);
        h.SendLetter(c, LetterKind.ForwardingNotice, LetterChannel.Email);
        c.Close(h.Handler, h.Now);
    }

    /// <summary>Withdrawn; the optional confirmation is still to be written, so the complaint is not closed yet.</summary>
    private static void Withdrawn(Complaint c, DemoHandling h)
    {
        h.CalledComplainant(c, 1, "Het uittreksel bleek naar een oud adres gestuurd. Een nieuw uittreksel is dezelfde dag gemaakt.");
        c.Withdraw("Meneer belde dat hij het uittreksel heeft ontvangen en de klacht intrekt.", h.Handler, h.Now);
    }

    /// <summary>Forwarded; the required notice to the complainant is still to be written.</summary>
    private static void ForwardedAwaitingLetter(Complaint c, DemoHandling h) =>
        c.Forward("Provincie Voorbeeld", "Het fietspad langs de provinciale weg is van de provincie; de provincie gaat over het onderhoud en de schade.", h.Handler, h.Now);

    /// <summary>Judged and in closing; the required closing letter after investigation is still to be written.</summary>
    private static void JudgedClosingLetterToWrite(Complaint c, DemoHandling h)
    {
        var parts = Investigate(c, h, "Mevrouw wil een oordeel over de lange behandeltijd en over de opmerking aan de balie.", "De aanvraag lag vier maanden stil zonder medisch onderzoek.", "Een medewerker zei dat mevrouw 'er niet gehandicapt uitzag'.");
        HearBoth(c, h, -12);
        c.GiveVerdict(parts[0].Id, Verdict.Founded, factsEstablished: true, "De aanvraag had binnen acht weken beslist moeten zijn, na een medisch advies.", h.Handler, h.Now);
        c.GiveVerdict(parts[1].Id, Verdict.Founded, factsEstablished: true, "De medewerker erkent de opmerking. Zo spreken wij niemand aan.", h.Handler, h.Now);
        Assess(c, h, lawful: false, "De beslistermijn van acht weken is overschreden.");
        c.Judge(h.Handler, h.Now);
        c.RecordLesson("Aanvragen voor een parkeerkaart krijgen binnen twee weken een medisch advies. Baliemedewerkers bespreken de opmerking in het teamoverleg.", LessonLevel.WorkingMethod, othersCouldBeHelped: true, canBePrevented: true, h.Handler, h.Now);
        c.CloseAfterInvestigation(h.Referral, h.Handler, h.Now);
    }

    private static void ExtendedByFourWeeks(Complaint c, DemoHandling h)
    {
        Investigate(c, h, "Mevrouw wil weten waarom de aanpassing zo lang duurt en wil een oordeel over het uitblijven van contact.", "De aanpassing van de badkamer duurt al vier maanden.", "Het wijkteam belt niet terug.");
        c.Extend(h.Profile, Term.Weeks(4), "Het wijkteam en de aannemer moeten allebei gehoord worden; de aannemer is pas over drie weken beschikbaar.", null, h.Handler, h.Now);
        h.SendLetter(c, LetterKind.ExtensionNotice, LetterChannel.Post);
    }

    private static void ReopenedAfterClosure(Complaint c, DemoHandling h)
    {
        Resolve(c, h, "Losliggende stoeptegels na de herbestrating zijn een gevaar voor voetgangers.", SolutionMeasures.ErrorCorrected, "De aannemer heeft de tegels opnieuw gelegd.", null, null);
        c.RecordLesson("Na herbestrating wordt het werk nu binnen een maand nagelopen.", LessonLevel.WorkingMethod, othersCouldBeHelped: true, canBePrevented: true, h.Handler, h.Now);
        c.CloseAsResolved(h.Handler, h.Now);
        c.Close(h.Handler, h.Now);
        c.Reopen(h.Profile, "Meneer mailde opnieuw: na de regen liggen dezelfde tegels weer los.", h.Handler, h.Now);
    }

    private static void WithConductArrangement(Complaint c, DemoHandling h)
    {
        h.CalledComplainant(c, 3, "Meneer was boos en schold. Uitgelegd dat de vergunning is ingetrokken omdat zijn auto op een ander adres staat geregistreerd.");
        c.DescribeCore("Meneer begrijpt niet waarom zijn parkeervergunning is ingetrokken en voelt zich niet gehoord.", "Een uitleg en zijn vergunning terug.", h.Handler, h.Now);
        h.Db.ConductArrangements.Add(ConductArrangement.Make(
            h.NewId(),
            c,
            "In de afgelopen zes weken belde meneer gemiddeld vijf keer per dag met het klantcontactcentrum. In drie gesprekken schold hij medewerkers uit en in één gesprek dreigde hij 'langs te komen'.",
            ConductRules.WrittenContactOnly | ConductRules.OneContactPerson,
            null,
            "Bram Behandelaar, klachtbehandelaar",
            h.Day(-14),
            h.Day(-14).AddMonths(6),
            h.Coordinator,
            h.Now));
    }

    private static void Resolve(Complaint c, DemoHandling h, string core, SolutionMeasures measures, string solution, string? referralBody, string? referralContact)
    {
        h.CalledComplainant(c, 2, "Het probleem samen doorgenomen en een oplossing afgesproken.");
        c.DescribeCore(core, "Dat het snel wordt opgelost.", h.Handler, h.Now);
        c.StartResolving(h.Handler, h.Now);
        c.RecordSolution(measures, solution, null, referralBody, referralContact, null, null, h.Handler, h.Now);
        c.RecordSatisfactionCheck(true, true, "De klager is blij met de snelle oplossing.", c.ReceivedOn.AddDays(10), h.Handler, h.Now);
    }

    private static List<ComplaintPart> Investigate(Complaint c, DemoHandling h, string core, params string[] parts)
    {
        h.CalledComplainant(c, 2, "De klager wil geen oplossing alleen, maar een oordeel.");
        c.DescribeCore(core, "Een gemotiveerd oordeel.", h.Handler, h.Now);
        var added = parts.Select(p => c.AddPart(h.NewId(), p, h.Handler, h.Now)).ToList();
        if (c.Respondents.Count > 0)
        {
            c.InformRespondent(c.Respondents[0].Id, c.ReceivedOn.AddDays(3), h.Handler, h.Now, h.Profile.Words);
        }

        c.StartInvestigation("De klager wil een oordeel over de gedraging.", h.Handler, h.Now);
        return added;
    }

    private static void HearBoth(Complaint c, DemoHandling h, int heldDaysFromToday)
    {
        var hearing = c.InviteToHearing(h.NewId(), HearingParty.Both, null, HearingForm.InPerson, h.Day(heldDaysFromToday - 7), h.Day(heldDaysFromToday), h.Handler, h.Now);
        c.RecordHearingHeld(hearing.Id, h.Day(heldDaysFromToday), "Klager en beklaagde hebben hun kant verteld. De feiten zijn samen doorgenomen; het verslag is aan beiden gestuurd.", h.Handler, h.Now, h.Profile.Words);
    }

    private static void Assess(Complaint c, DemoHandling h, bool lawful, string lawfulness)
    {
        c.AssessStandard(h.Profile.StandardFor(3), breached: true, "De klager is niet serieus genomen.", h.Handler, h.Now);
        c.AssessStandard(h.Profile.StandardFor(4), breached: false, null, h.Handler, h.Now);
        c.AssessLawfulness(lawful, lawfulness, h.Handler, h.Now);
    }

    /// <summary>What every demo script needs: the staff who act, the profile, and dates relative to today.</summary>
    private sealed class DemoHandling(GehoordDbContext db, Organisation organisation, Actor handler, Actor coordinator, DateTimeOffset now, Func<Complaint, string> statusUrl, TimeZoneInfo timeZone)
    {
        private readonly JurisdictionProfile _profile = organisation.Profile();

        public GehoordDbContext Db => db;

        public JurisdictionProfile Profile => _profile;

        public Actor Handler => handler;

        public Actor Coordinator => coordinator;

        public DateTimeOffset Now => now;

        public OmbudsmanReferral Referral => new(_profile.OmbudsmanName, _profile.OmbudsmanTerm);

        public DateOnly Day(int fromToday) => DateOnly.FromDateTime(now.DateTime).AddDays(fromToday);

        public DateTimeOffset Moment(int daysFromToday, int hour) =>
            new(Day(daysFromToday).ToDateTime(new TimeOnly(hour, 0)), now.Offset);

        public Guid NewId() => Guid.CreateVersion7(now);

        /// <summary>The personal contact the government owes the complainant, some days after receipt.</summary>
        public void CalledComplainant(Complaint c, int daysAfterReceipt, string summary)
        {
            var heldOn = c.ReceivedOn.AddDays(daysAfterReceipt);
            var heldAt = new DateTimeOffset(heldOn.ToDateTime(new TimeOnly(10, 30)), now.Offset);
            c.RecordContact(NewId(), ContactParty.Complainant, ContactForm.Phone, heldAt < now ? heldAt : now, summary, soundRecordingAnnounced: false, handler, now);
        }

        /// <summary>
        /// Sends the task's letter from Gehoord's default template, as a handler would without
        /// editing; the domain's completeness check applies, so demo data cannot hold a letter
        /// the rules would refuse.
        /// </summary>
        public void SendLetter(Complaint c, LetterKind kind, LetterChannel channel, LetterRecipient recipient = LetterRecipient.Complainant)
        {
            var task = c.LetterTasks.First(t => t.Kind == kind && t.Recipient == recipient && !t.IsDone);
            var language = LetterWriter.LanguageFor(c, recipient);
            var request = new LetterRequest(kind, recipient, language, task.Id);
            var letterCase = LetterWriter.CaseFor(organisation, c, statusUrl(c), handler.Name, null, timeZone);
            var template = DefaultLetterTemplates.For(_profile.Code, kind, recipient, language)
                ?? throw new InvalidOperationException($"No default template for {kind} to {recipient}.");
            var draft = LetterWriter.Fill(new ChosenTemplate(template.Subject, template.Body, 0), letterCase, request);
            var sentTo = LetterWriter.ComplainantAddress(c.Complainant, channel);
            c.SendLetter(letterCase, request, draft.Subject, draft.Body, channel, sentTo, 0, handler, now);
        }
    }
}
