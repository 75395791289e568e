using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Demo;

/// <summary>
/// About twenty fictional complaints over every channel and the stages intake knows, several
/// after the cases in seed 001 (a locked-out tenant, a carer's allowance lost between two
/// agencies, a veteran's widow without an answer, a flooded cellar, a driveway dispute).
/// Dates are relative to today so that the deadline signals show on time, due soon and overdue.
/// The handled complaints (DemoComplaints.Handling.cs) add every later stage and outcome. An
/// organisation under the Bestuursdecreet gets the Flemish set instead (DemoComplaints.Flanders.cs).
/// </summary>
public sealed partial class DemoComplaints(GehoordDbContext db, ComplaintIntake intake, HttpOrganisationScope scope, Clock clock)
{
    private enum Stage
    {
        Received,
        Assigned,
        Exploring,
        ResolvedOnTheSpot,
    }

    private sealed record Demo(
        Channel Channel,
        int DaysAgo,
        string Unit,
        string Story,
        Complainant? Complainant,
        Stage Stage,
        ComplaintKind Kind = ComplaintKind.Complaint,
        CitizenWishes Wishes = CitizenWishes.None,
        string? Respondent = null,
        bool Committee = false,
        string? WhatWasDone = null,
        string Language = "nl",
        Action<Complaint, DemoHandling>? Script = null);

    private static readonly Demo[] Complaints =
    [
        new(Channel.Phone, 3, "Wonen en Vergunningen",
            "Ik stond zaterdagavond met mijn twee kinderen buiten. Na het vervangen van het slot paste onze sleutel niet meer. De storingsdienst zei dat ik bij de woningcorporatie moest zijn, de corporatie stuurde me terug naar de gemeente. Niemand hielp ons.",
            new Complainant("Samira El Amrani", Phone: "06 12 34 56 78", PreferredContact: PreferredContact.Phone), Stage.Exploring, Wishes: CitizenWishes.Apology | CitizenWishes.PreventRecurrence),
        new(Channel.Letter, 20, "Sociaal Domein",
            "Mijn mantelzorgwaardering is al twee jaar niet uitbetaald. De gemeente zegt dat de SVB het regelt en de SVB zegt dat het bij de gemeente ligt. Ik word van het kastje naar de muur gestuurd.",
            new Complainant("J. Bakker", Street: "Kerkstraat 12", PostalCode: "1234 AB", City: "Voorbeeld", PreferredContact: PreferredContact.Post), Stage.Received, Wishes: CitizenWishes.CorrectError | CitizenWishes.Explanation),
        new(Channel.Letter, 50, "Belastingen",
            "Mijn man was veteraan. Sinds zijn overlijden heb ik drie brieven gestuurd over de kwijtschelding van de aanslag. Ik heb nooit een antwoord gekregen. Ik wacht nu al maanden.",
            new Complainant("Mevrouw A. de Groot-Visser", Street: "Lindelaan 4", PostalCode: "1234 CD", City: "Voorbeeld", PreferredContact: PreferredContact.Post), Stage.Assigned, Wishes: CitizenWishes.BeHeard | CitizenWishes.Explanation),
        new(Channel.WebForm, 9, "Openbare Ruimte",
            "Na de rioolwerkzaamheden in onze straat liep mijn kelder twee keer onder water. De aannemer zegt dat de gemeente verantwoordelijk is. Ik heb schade aan mijn cv-ketel en wasmachine.",
            new Complainant("Peter Jansen", "p.jansen@example.org", "020 123 45 67", PreferredContact: PreferredContact.Email), Stage.Exploring, Wishes: CitizenWishes.Compensation | CitizenWishes.Explanation),
        new(Channel.Email, 12, "Wonen en Vergunningen",
            "Mijn buurman zet al maanden zijn aanhanger voor mijn inrit. Ik heb drie keer gebeld en er gebeurt niks. Ik kan mijn auto niet kwijt.",
            new Complainant("Erik Mulder", "erik.mulder@example.org", PreferredContact: PreferredContact.Email), Stage.Received),
        new(Channel.Counter, 0, "Burgerzaken",
            "Mijn paspoort zou vandaag klaarliggen, dat was beloofd. Ik had er vrij voor genomen en het lag er niet.",
            new Complainant("Mevrouw Yılmaz"), Stage.ResolvedOnTheSpot, WhatWasDone: "Excuses aangeboden, het paspoort is met voorrang gemaakt en kan morgen zonder afspraak worden opgehaald."),
        new(Channel.Phone, 2, "Klantcontactcentrum",
            "Meneer belde voor de derde keer. Hij zou teruggebeld worden over zijn afvalpas, maar dat is nooit gebeurd.",
            new Complainant("Dhr. Pietersen", Phone: "06 98 76 54 32"), Stage.Received),
        new(Channel.Webcare, 1, "Klantcontactcentrum",
            "Is hij er weer niet? Al drie keer gebeld voor een afspraak met mijn consulent en steeds is hij afwezig. #slechtgeholpen",
            new Complainant("@jeroen_v"), Stage.Received),
        new(Channel.Survey, 4, "Burgerzaken",
            "Lang gewacht aan de balie, er waren maar twee loketten open.",
            null, Stage.Received, ComplaintKind.Signal),
        new(Channel.WebForm, 6, "Burgerzaken",
            "Er was niemand bij de receptie toen ik kwam voor mijn afspraak om 9 uur.",
            new Complainant(PreferredContact: PreferredContact.NoContact), Stage.Received),
        new(Channel.Internal, 5, "Klantcontactcentrum",
            "Ik kan in het nieuwe systeem de status van een aanvraag niet zien. Klanten bellen en ik moet ze steeds doorverbinden. Dat geeft veel irritatie aan de telefoon.",
            new Complainant("Medewerker KCC (intern)", "kcc@voorbeeld.nl"), Stage.Received, Wishes: CitizenWishes.PreventRecurrence),
        new(Channel.ViaOmbudsman, 15, "Belastingen",
            "De ombudsman stuurt ons een klacht door over de afhandeling van een bezwaar tegen een parkeerboete. Klager heeft na acht maanden nog geen beslissing.",
            new Complainant("R. Hoekstra", "r.hoekstra@example.org", PreferredContact: PreferredContact.Email), Stage.Assigned),
        new(Channel.WebForm, 10, "Openbare Ruimte",
            "Een handhaver heeft mij op de markt onbeschoft toegesproken en uitgelachen toen ik vroeg waarom ik een boete kreeg. Dat vind ik schandalig.",
            new Complainant("Fatima Bouzid", "f.bouzid@example.org", PreferredContact: PreferredContact.Email), Stage.Exploring, Wishes: CitizenWishes.Apology | CitizenWishes.Judgement, Respondent: "Handhaver P. de Wit", Committee: true),
        new(Channel.Email, 8, "Belastingen",
            "De WOZ-waarde van mijn huis is veel te hoog. De uitleg in de brief begrijp ik niet. Niemand kon het mij aan de telefoon uitleggen.",
            new Complainant("Hans de Vries", "hdevries@example.org"), Stage.Received, Wishes: CitizenWishes.Explanation),
        new(Channel.Phone, 0, "Openbare Ruimte",
            "Weer geen vuilnisophaal deze week in de Populierstraat.",
            new Complainant("Mevrouw Smit", Phone: "0123 456 789"), Stage.ResolvedOnTheSpot, WhatWasDone: "Melding doorgezet naar de inzameldienst; de container wordt morgen alsnog geleegd. Mevrouw gebeld ter bevestiging."),
        new(Channel.Counter, 1, "Burgerzaken",
            "Bewoner kreeg een verkeerde parkeervergunning mee: een ander kenteken.",
            new Complainant("Dhr. Kok"), Stage.ResolvedOnTheSpot, WhatWasDone: "Vergunning direct aangepast en opnieuw afgedrukt."),
        new(Channel.WebForm, 7, "Burgerzaken",
            "I have been waiting for five weeks for an appointment to register at the municipality. I cannot open a bank account without it.",
            new Complainant("Ana Costa", "ana.costa@example.org", PreferredContact: PreferredContact.Email), Stage.Received, Wishes: CitizenWishes.CorrectError, Language: "en"),
        new(Channel.Letter, 25, "Openbare Ruimte",
            "De rolstoelingang van het gemeentehuis is al weken kapot. Ik moet via de achterdeur met het afval naar binnen. Dat is vernederend.",
            new Complainant("G. Vermeulen", Street: "Molenweg 88", PostalCode: "1235 EF", City: "Voorbeeld", Representative: new Representative("Karin Vermeulen", "karin.vermeulen@example.org", Relationship: "dochter")), Stage.Exploring, Wishes: CitizenWishes.CorrectError | CitizenWishes.Apology),
        new(Channel.Webcare, 3, "Sociaal Domein",
            "Van het kastje naar de muur gestuurd voor mijn bijstandsuitkering. Niemand neemt op bij het team Werk en Inkomen.",
            new Complainant("@lisa_woont_hier", "lisa@example.org"), Stage.Received),
        new(Channel.Email, 38, "Wonen en Vergunningen",
            "Ik heb in oktober een klacht ingediend over geluidsoverlast van een horecazaak. Ik heb sindsdien alleen een ontvangstbevestiging gekregen.",
            new Complainant("Marco Visser", "m.visser@example.org", "06 11 22 33 44"), Stage.Assigned),
    ];

    public async Task SeedAsync(Guid organisationId, CancellationToken cancellationToken = default)
    {
        scope.Use(organisationId);
        if (await db.Complaints.AnyAsync(cancellationToken))
        {
            return;
        }

        var organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == organisationId, cancellationToken);
        var accounts = DemoSeeder.AccountsFor(organisationId);
        var employee = await StaffAsync(accounts, StaffRoles.Employee, cancellationToken);
        var handler = await StaffAsync(accounts, StaffRoles.Handler, cancellationToken);
        var coordinator = await StaffAsync(accounts, StaffRoles.Coordinator, cancellationToken);
        var today = clock.Today;
        var statusPage = await intake.StatusPageAsync(organisation, cancellationToken);
        var handling = new DemoHandling(db, organisation, handler, coordinator, clock.Now, c => ComplaintIntake.StatusUrl(statusPage, c), clock.TimeZone);

        var demos = organisation.ProfileCode == JurisdictionProfileCode.VlBestuursdecreet
            ? FlemishComplaints()
            : Complaints.Concat(HandledComplaints());
        foreach (var demo in demos)
        {
            var unit = organisation.Units.Single(u => u.Name == demo.Unit);
            var citizenChannel = demo.Channel == Channel.WebForm;
            var complaint = await intake.RegisterAsync(
                organisation,
                new ComplaintRegistration(
                    demo.Channel,
                    demo.Kind,
                    today.AddDays(-demo.DaysAgo),
                    demo.Story,
                    demo.Complainant,
                    today.AddDays(-demo.DaysAgo - 2),
                    demo.Committee,
                    demo.Wishes,
                    Language: demo.Language),
                citizenChannel ? [] : [unit.Id],
                [],
                citizenChannel ? Actor.Citizen : employee,
                cancellationToken);
            MarkAcknowledgementSent(complaint);
            Progress(complaint, demo, unit, employee, handler, coordinator);
            demo.Script?.Invoke(complaint, handling);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A demo complaint's acknowledgement went out on the morning after it came in, before what
    /// happened next; left in the outbox, it would leave when the app starts and land in the
    /// case file after the closing letter. It is not sent to the demo's example addresses.
    /// </summary>
    private void MarkAcknowledgementSent(Complaint complaint)
    {
        var acknowledgement = db.OutboxMessages.Local
            .FirstOrDefault(m => m.ComplaintId == complaint.Id && m.Purpose == ComplaintIntake.AcknowledgementPurpose && m.SentAt is null);
        if (acknowledgement is not null)
        {
            var now = clock.Now;
            var nextMorning = new DateTimeOffset(complaint.ReceivedOn.AddDays(1).ToDateTime(new TimeOnly(9, 0)), now.Offset);
            var at = nextMorning < now ? nextMorning : now;
            acknowledgement.SentAt = at;
            complaint.RecordAcknowledgementEmail(acknowledgement.Id, acknowledgement.To, acknowledgement.Subject, acknowledgement.Body, at);
        }
    }

    private void Progress(Complaint complaint, Demo demo, Unit unit, Actor employee, Actor handler, Actor coordinator)
    {
        var now = clock.Now;
        if (demo.Channel == Channel.WebForm && demo.Stage != Stage.Received)
        {
            complaint.AddUnit(unit.Id, unit.Name, coordinator, now);
        }

        if (demo.Respondent is not null)
        {
            complaint.AddRespondent(Guid.CreateVersion7(now), demo.Respondent, null, unit.Id, coordinator, now);
        }

        switch (demo.Stage)
        {
            case Stage.ResolvedOnTheSpot:
                complaint.ResolveOnTheSpot(demo.Story, demo.WhatWasDone!, employee, now);
                break;
            case Stage.Assigned:
                complaint.AssignHandler(handler, coordinator, now);
                break;
            case Stage.Exploring:
                complaint.AssignHandler(handler, coordinator, now);
                complaint.StartExploration(handler, now);
                break;
            default:
                break;
        }
    }

    private async Task<Actor> StaffAsync(IReadOnlyList<DemoAccount> accounts, string role, CancellationToken cancellationToken)
    {
        var email = accounts.Single(a => a.Role == role).Email;
        var user = await db.Users.SingleAsync(u => u.Email == email, cancellationToken);
        return Actor.Staff(user.Id, user.DisplayName);
    }
}
