using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Letters;

namespace Gehoord.Web.Features.Demo;

/// <summary>
/// The demo complaints of a Flemish city under the Bestuursdecreet: fewer than the Dutch set,
/// but every kind of stage and channel, written as a Flemish citizen and staff member would.
/// The steps come from the same domain as the Dutch ones; the organisation's profile makes
/// them Flemish: 45 days, the II.77 grounds, the 14 ombudsnormen, the Vlaamse Ombudsdienst,
/// and a longer term only with the complainant's written consent.
/// </summary>
public sealed partial class DemoComplaints
{
    private const string FlemishCity = "Voorbeeldstad";
    private const string FlemishPostalCode = "9999";

    private static IEnumerable<Demo> FlemishComplaints() =>
    [
        new(Channel.Counter, 0, "Burgerzaken",
            "Mijn nieuwe identiteitskaart zou vandaag klaarliggen aan het loket. Ik had er een halve dag verlof voor genomen en ze was er niet.",
            new Complainant("Mevrouw Vermeersch"), Stage.ResolvedOnTheSpot,
            WhatWasDone: "Excuses aangeboden. De kaart lag bij het verkeerde loket en is meteen meegegeven."),
        new(Channel.Phone, 2, "Onthaal",
            "Meneer belt voor de derde keer naar het onthaal. Hij zou teruggebeld worden over zijn bewonerskaart, maar niemand van de stadsdiensten heeft hem gebeld.",
            new Complainant("Meneer Van Damme", Phone: "0470 12 34 56", PreferredContact: PreferredContact.Phone), Stage.Received),
        new(Channel.WebForm, 6, "Omgeving",
            "Ik heb drie maanden geleden via het Omgevingsloket een vergunning aangevraagd voor een tuinhuis. Ik heb nog altijd niets gehoord en aan de telefoon weet niemand waar mijn dossier zit.",
            new Complainant("Jan Janssens", "jan.janssens@example.org", PreferredContact: PreferredContact.Email), Stage.Received, Wishes: CitizenWishes.Explanation),
        new(Channel.Webcare, 1, "Openbaar Domein",
            "Al twee weken worden de PMD-zakken in de Molenstraat niet opgehaald. Het ligt hier vol. Wanneer komt de stad dat oplossen? #voorbeeldstad",
            new Complainant("@hanne_uit_de_molenstraat"), Stage.Received),
        new(Channel.Survey, 4, "Onthaal",
            "Lang aangeschoven aan het onthaal van het stadhuis: op maandagvoormiddag was er maar één loket open.",
            null, Stage.Received, ComplaintKind.Signal),
        new(Channel.Email, 11, "Financiën",
            "Ik kreeg een aanslagbiljet voor de belasting op tweede verblijven voor mijn appartement in de Vaartstraat. Ik woon daar zelf en ben er gedomicilieerd. Mijn mail aan de stadsdiensten bleef onbeantwoord.",
            new Complainant("Dirk Wouters", "dirk.wouters@example.org", "0476 98 76 54"), Stage.Assigned, Wishes: CitizenWishes.CorrectError | CitizenWishes.Explanation),
        new(Channel.ViaOmbudsman, 13, "Financiën",
            "De Vlaamse Ombudsdienst bezorgt ons een klacht over de retributie voor een inname van het openbaar domein. De klager heeft de retributie twee keer betaald en wacht al vijf maanden op de terugbetaling.",
            new Complainant("Pieter De Smet", "pieter.desmet@example.org", PreferredContact: PreferredContact.Email), Stage.Assigned, Wishes: CitizenWishes.CorrectError),
        new(Channel.Letter, 16, "Welzijn",
            "Mijn moeder is 84 en wacht al vier maanden op een antwoord van het Sociaal Huis over de poetsdienst. Ze kan zelf niet meer kuisen. Wij hebben al twee keer een brief gestuurd aan het gemeentebestuur.",
            new Complainant("Mevrouw G. Maes", Street: "Kerkstraat 12", PostalCode: FlemishPostalCode, City: FlemishCity, PreferredContact: PreferredContact.Post, Representative: new Representative("Marleen Maes", "marleen.maes@example.org", "0485 11 22 33", "dochter")),
            Stage.Exploring, Wishes: CitizenWishes.CorrectError | CitizenWishes.Explanation, Script: FlemishExploring),
        new(Channel.WebForm, 30, "Openbaar Domein",
            "Na de rioleringswerken in de Stationsstraat ligt het voetpad voor ons huis al zes weken open. Mijn vader met zijn rollator geraakt niet meer veilig tot aan de bushalte.",
            new Complainant("Sofie Willems", "sofie.willems@example.org", PreferredContact: PreferredContact.Email),
            Stage.Exploring, Wishes: CitizenWishes.CorrectError | CitizenWishes.PreventRecurrence, Script: FlemishClosedAsResolved),
        new(Channel.Letter, 40, "Burgerzaken",
            "Aan het loket van Burgerzaken weigerde een bediende mijn aanvraag voor een parkeerkaart voor personen met een handicap. Ze zei dat ik 'er niet gehandicapt uitzag'. Daarna moest ik drie maanden wachten op een nieuwe afspraak.",
            new Complainant("Mevrouw A. Peeters", "a.peeters@example.org", Street: "Marktplein 3", PostalCode: FlemishPostalCode, City: FlemishCity),
            Stage.Exploring, Wishes: CitizenWishes.Judgement | CitizenWishes.Apology, Respondent: "Loketbediende Burgerzaken", Script: FlemishClosedAfterInvestigation),
        new(Channel.Email, 25, "Omgeving",
            "Tijdens het openbaar onderzoek heb ik een bezwaarschrift ingediend tegen het appartementsblok naast mijn woning. Ik kreeg nooit een ontvangstmelding en mijn bezwaar staat niet in de beslissing van het college van burgemeester en schepenen.",
            new Complainant("Koen Mertens", "koen.mertens@example.org", "0498 76 54 32"),
            Stage.Exploring, Wishes: CitizenWishes.Judgement | CitizenWishes.Explanation, Respondent: "Dienst Omgeving", Script: FlemishJudgedAwaitingClosure),
        new(Channel.Letter, 8, "Financiën",
            "In 2022 heb ik een te hoge retributie betaald voor een parkeerkaart. Ik vraag dat de stad dat nu alsnog rechtzet en mij het verschil terugbetaalt.",
            new Complainant("Meneer L. Claes", "l.claes@example.org", Street: "Vaartstraat 40", PostalCode: FlemishPostalCode, City: FlemishCity),
            Stage.Exploring, Wishes: CitizenWishes.Compensation, Script: FlemishNotHandled),
        new(Channel.Phone, 10, "Welzijn",
            "Mevrouw belt: het Groeipakket voor haar twee kinderen is al twee maanden niet betaald. Aan het loket van het Sociaal Huis zeiden ze dat de stad daar niets mee te maken heeft.",
            new Complainant("Mevrouw Y. Benali", "y.benali@example.org", "0486 23 45 67", PreferredContact: PreferredContact.Phone),
            Stage.Exploring, Wishes: CitizenWishes.Explanation, Script: FlemishForwarded),
        new(Channel.Email, 38, "Omgeving",
            "Mijn aanvraag voor de renovatiepremie van de stad is al vijf maanden in behandeling. Ik heb de werken zelf moeten voorschieten en niemand kan mij zeggen wanneer de premie wordt uitbetaald.",
            new Complainant("Annelies Verstraete", "annelies.verstraete@example.org", PreferredContact: PreferredContact.Email),
            Stage.Exploring, Wishes: CitizenWishes.Judgement | CitizenWishes.CorrectError, Respondent: "Team Wonen", Script: FlemishLongerWithConsent),
    ];

    /// <summary>Core and parts described; a home visit is planned with the daughter, who speaks for her mother.</summary>
    private static void FlemishExploring(Complaint c, DemoHandling h)
    {
        h.CalledComplainant(c, 3, "Met de dochter gebeld. Haar moeder heeft de poetsdienst in juni aangevraagd; sindsdien kwam er geen antwoord op twee brieven.");
        c.DescribeCore("Een aanvraag voor de poetsdienst van het Sociaal Huis blijft al vier maanden zonder antwoord, terwijl mevrouw niet meer zelf kan kuisen.", "Dat de poetsdienst snel start en dat de brieven een antwoord krijgen.", h.Handler, h.Now);
        c.AddPart(h.NewId(), "De aanvraag voor de poetsdienst is na vier maanden niet beslist.", h.Handler, h.Now);
        c.AddPart(h.NewId(), "Twee brieven aan het gemeentebestuur bleven onbeantwoord.", h.Handler, h.Now);
        c.PlanContact(h.NewId(), ContactParty.Complainant, ContactForm.Meeting, h.Moment(2, 14), h.Handler, h.Now);
    }

    private static void FlemishClosedAsResolved(Complaint c, DemoHandling h)
    {
        Resolve(c, h, "Het voetpad ligt zes weken open na rioleringswerken; de vader van mevrouw geraakt niet veilig tot aan de bushalte.", SolutionMeasures.ErrorCorrected | SolutionMeasures.Apology, "De aannemer heeft het voetpad binnen de week hersteld. Excuses aangeboden: de werf had na de werken moeten worden nagekeken.", null, null);
        c.RecordLesson("Na rioleringswerken controleert de dienst Openbaar Domein nu binnen twee weken of de voetpaden hersteld zijn.", LessonLevel.WorkingMethod, othersCouldBeHelped: true, canBePrevented: true, h.Handler, h.Now);
        c.CloseAsResolved(h.Handler, h.Now);
        h.SendLetter(c, LetterKind.ClosingAfterSolution, LetterChannel.Email);
        c.Close(h.Handler, h.Now);
    }

    /// <summary>Judged against the ombudsnormen, closed with the letter that names the Vlaamse Ombudsdienst.</summary>
    private static void FlemishClosedAfterInvestigation(Complaint c, DemoHandling h)
    {
        var parts = Investigate(c, h, "Mevrouw wil een oordeel over de opmerking aan het loket en over de lange wachttijd voor een nieuwe afspraak.", "Een loketbediende zei dat mevrouw 'er niet gehandicapt uitzag'.", "Mevrouw moest drie maanden wachten op een nieuwe afspraak.");
        HearBoth(c, h, -20);
        c.GiveVerdict(parts[0].Id, Verdict.Founded, factsEstablished: true, "De loketbediende erkent de opmerking. Zo spreken wij niemand aan.", h.Handler, h.Now);
        c.GiveVerdict(parts[1].Id, Verdict.Founded, factsEstablished: true, "Een aanvraag voor een parkeerkaart hoort binnen enkele weken een afspraak te krijgen.", h.Handler, h.Now);
        c.AssessStandard(h.Profile.StandardFor(6), breached: true, "Mevrouw werd aan het loket niet correct bejegend.", h.Handler, h.Now);
        c.AssessStandard(h.Profile.StandardFor(12), breached: true, "Drie maanden wachten op een afspraak is geen redelijke termijn.", h.Handler, h.Now);
        c.AssessStandard(h.Profile.StandardFor(2), breached: false, null, h.Handler, h.Now);
        c.AssessLawfulness(true, "De aanvraag is uiteindelijk volgens de regels behandeld.", h.Handler, h.Now);
        c.Judge(h.Handler, h.Now);
        c.RecordLesson("Loketbedienden van Burgerzaken volgen een vorming over het onthaal van personen met een handicap; aanvragen voor een parkeerkaart krijgen binnen twee weken een afspraak.", LessonLevel.WorkingMethod, othersCouldBeHelped: true, canBePrevented: true, h.Handler, h.Now);
        c.CloseAfterInvestigation(h.Referral, h.Handler, h.Now);
        h.SendLetter(c, LetterKind.ClosingAfterInvestigation, LetterChannel.Post);
        c.Close(h.Handler, h.Now);
    }

    private static void FlemishJudgedAwaitingClosure(Complaint c, DemoHandling h)
    {
        var parts = Investigate(c, h, "Meneer wil een oordeel over hoe de stad zijn bezwaarschrift heeft behandeld.", "Meneer kreeg geen ontvangstmelding van zijn bezwaarschrift.", "Het bezwaar staat niet in de beslissing van het college.");
        HearBoth(c, h, -6);
        c.GiveVerdict(parts[0].Id, Verdict.Founded, factsEstablished: true, "Het bezwaarschrift is op tijd ontvangen, maar er is geen ontvangstmelding verstuurd.", h.Handler, h.Now);
        c.GiveVerdict(parts[1].Id, Verdict.PartlyFounded, factsEstablished: true, "Het bezwaar is wel besproken, maar in de beslissing staat het niet bij naam. Dat is niet duidelijk voor de bezwaarindiener.", h.Handler, h.Now);
        c.AssessStandard(h.Profile.StandardFor(8), breached: true, "Het bezwaarschrift kreeg geen ontvangstmelding.", h.Handler, h.Now);
        c.AssessStandard(h.Profile.StandardFor(2), breached: true, "De beslissing zegt niet wat er met het bezwaar is gebeurd.", h.Handler, h.Now);
        c.AssessLawfulness(true, "Over de vergunning zelf oordeelt deze klacht niet: daarvoor staat het beroep bij de deputatie open.", h.Handler, h.Now);
        c.Judge(h.Handler, h.Now);
    }

    /// <summary>Not handled on a ground of II.77; the notice names the ground and the Vlaamse Ombudsdienst.</summary>
    private static void FlemishNotHandled(Complaint c, DemoHandling h)
    {
        h.CalledComplainant(c, 2, "Met meneer besproken dat de betaling uit 2022 dateert. Hij begrijpt dat de stad daar niet meer over oordeelt, maar vindt het jammer.");
        c.DecideNotToHandle(h.Profile, "II.77-5", "De retributie is in 2022 betaald, meer dan een jaar voor de klacht. De stukken van toen zijn niet meer bewaard.", h.Referral, h.Handler, h.Now);
        h.SendLetter(c, LetterKind.NotHandledNotice, LetterChannel.Post);
        c.Close(h.Handler, h.Now);
    }

    private static void FlemishForwarded(Complaint c, DemoHandling h)
    {
        h.CalledComplainant(c, 1, "Uitgelegd dat het Groeipakket niet door de stad wordt betaald. Mevrouw gaat akkoord dat we haar klacht doorsturen.");
        c.Forward("Fons, de publieke uitbetaler van het Groeipakket", "Het Groeipakket wordt betaald door een uitbetaler van de Vlaamse overheid, niet door de stad.", h.Handler, h.Now);
        h.SendLetter(c, LetterKind.ForwardingNotice, LetterChannel.Email);
        c.Close(h.Handler, h.Now);
    }

    /// <summary>
    /// The Bestuursdecreet knows no postponement: 45 days, and more time only with the
    /// complainant's written consent. The notice to the respondent is still to be written.
    /// </summary>
    private static void FlemishLongerWithConsent(Complaint c, DemoHandling h)
    {
        Investigate(c, h, "Mevrouw wil weten waarom haar renovatiepremie zo lang op zich laat wachten en wil een oordeel over de behandeling.", "De aanvraag voor de renovatiepremie ligt al vijf maanden stil.", "Niemand kan mevrouw zeggen wanneer de premie wordt uitbetaald.");
        c.Extend(h.Profile, Term.Days(21), "Team Wonen en de dienst Financiën moeten allebei gehoord worden; de verantwoordelijke van Financiën is pas over twee weken terug.", h.Day(-2), h.Handler, h.Now);
        h.SendLetter(c, LetterKind.ExtensionNotice, LetterChannel.Email);
    }
}
