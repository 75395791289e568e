using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

public abstract class CasePageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly Actor Employee = Actor.Staff("employee-test", "Mila Medewerker");
    private static readonly DemoAccount HandlerAccount = DemoSeeder.Accounts.Single(a => a.Role == Identity.StaffRoles.Handler);
    // A coordinator reads every case and may record what meets a legal term (ADR 10).
    private static readonly DemoAccount CoordinatorAccount = DemoSeeder.Accounts.Single(a => a.Role == Identity.StaffRoles.Coordinator);

    // A real 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private const string Story = "Mijn kelder liep onder na de rioolwerkzaamheden.\nNiemand belt terug.\n\n<b>Echt niet</b> & meer";

    private static CancellationToken Ct => CancellationToken.None;

    private DateOnly Today => factory.Services.GetRequiredService<Clock>().Today;

    [Fact]
    public async Task Every_field_of_the_complaint_is_shown_in_Dutch()
    {
        var complaint = await FullComplaintAsync();
        using var browser = await factory.SignedInAsync(CoordinatorAccount);

        var (response, page) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!;
        Assert.Equal($"Klacht {complaint.Reference}", Normalise(main.QuerySelector("h1")!.TextContent));

        var overview = Section(page, "overzicht");
        Assert.Equal(complaint.Reference.ToString(), Term(overview, "Klachtnummer"));
        Assert.Equal(complaint.TrackingCode, Term(overview, "Volgcode"));
        Assert.Equal("Klacht", Term(overview, "Soort"));
        Assert.Equal("Brief (schriftelijk)", Term(overview, "Kanaal"));
        Assert.Equal("Ontvangen", Term(overview, "Fase"));
        Assert.StartsWith("Trede 1", Term(overview, "Trede van de klachtenladder"), StringComparison.Ordinal);
        Assert.Equal("Nog geen", Term(overview, "Uitkomst"));
        Assert.Equal("Carla Coördinator", Term(overview, "Behandelaar"));
        Assert.Equal(Date(Today), Term(overview, "Datum van ontvangst"));
        var registeredAt = factory.Services.GetRequiredService<Clock>().ToLocal(complaint.RegisteredAt);
        Assert.Equal(registeredAt.ToString("d MMMM yyyy 'om' HH:mm", Dutch), Term(overview, "Geregistreerd op"));
        Assert.Equal(Date(Today.AddDays(-10)), Term(overview, "Datum van de gebeurtenis"));
        Assert.Equal("Engels", Term(overview, "Taal voor brieven"));
        Assert.StartsWith("Ja", Term(overview, "Klachtadviescommissie"), StringComparison.Ordinal);

        // The citizen's words exactly as given: line breaks kept, markup shown as text.
        var words = page.QuerySelector("#eigen-woorden")!;
        Assert.Equal(Story, words.TextContent);
        Assert.Empty(words.Children);
        Assert.Equal(
            ["Dat een fout wordt hersteld", "Excuses", "Iets anders: Een nieuwe deurmat"],
            page.QuerySelectorAll("#wensen li").Select(li => Normalise(li.TextContent)));

        var complainant = Section(page, "klager");
        var person = complainant.QuerySelector("dl")!;
        Assert.Equal("A. Yılmaz", Term(person, "Naam"));
        Assert.Equal("a.yilmaz@example.org", Term(person, "E-mailadres"));
        Assert.Equal("06 1234 5678", Term(person, "Telefoonnummer"));
        Assert.Equal("Dorpsstraat 1 1234 AB Voorbeeld", Term(person, "Adres"));
        Assert.Equal("Telefoon", Term(person, "Voorkeur voor contact"));
        var representative = page.QuerySelector("#gemachtigde")!;
        Assert.Equal("B. Yılmaz", Term(representative, "Naam"));
        Assert.Equal("dochter", Term(representative, "Relatie tot de klager"));
        Assert.Equal("b.yilmaz@example.org", Term(representative, "E-mailadres"));
        Assert.Equal("020 123 4567", Term(representative, "Telefoonnummer"));

        Assert.Equal(["Burgerzaken", "Openbare Ruimte"], page.QuerySelectorAll("#afdelingen li").Select(li => Normalise(li.TextContent)).Order());
        Assert.Equal(["Uitvoerder riolering (Openbare Ruimte)"], page.QuerySelectorAll("#beklaagden li").Select(li => Normalise(li.TextContent)));
        Assert.Equal(["Schade aan de kelder", "Niet teruggebeld"], page.QuerySelectorAll("#klachtonderdelen li").Select(li => Normalise(li.TextContent)));

        var rows = page.QuerySelectorAll("#termijnen-tabel tbody tr").ToList();
        Assert.Equal(complaint.Deadlines.Count, rows.Count);
        Assert.Equal(
            ["Afhandeling", "Melding niet behandelen", "Ontvangstbevestiging", "Persoonlijk contact"],
            rows.Select(r => Normalise(r.QuerySelector("th")!.TextContent)).Order(StringComparer.Ordinal));
        foreach (var deadline in complaint.Deadlines)
        {
            var name = deadline.Kind switch
            {
                DeadlineKind.Acknowledgement => "Ontvangstbevestiging",
                DeadlineKind.PersonalContact => "Persoonlijk contact",
                DeadlineKind.NotHandledNotice => "Melding niet behandelen",
                _ => "Afhandeling",
            };
            var cells = rows.Single(r => Normalise(r.QuerySelector("th")!.TextContent) == name).QuerySelectorAll("td").Select(td => Normalise(td.TextContent)).ToList();
            Assert.Equal(Date(deadline.DueOn), cells[0]);
            Assert.Equal(deadline.TermDescription, cells[1]);
            Assert.EndsWith(DeadlineSignals.DutchName(DeadlineSignals.For(deadline.DueOn, Today)), cells[2], StringComparison.Ordinal);
        }

        Assert.Equal("10 weken", complaint.Deadlines.Single(d => d.Kind == DeadlineKind.Handling).TermDescription);

        var mail = Assert.Single(page.QuerySelectorAll("#e-mails tbody tr"));
        var mailCells = mail.QuerySelectorAll("td").Select(td => Normalise(td.TextContent)).ToList();
        Assert.Equal("a.yilmaz@example.org", mailCells[0]);
        Assert.Equal($"We have received your complaint (complaint number {complaint.Reference})", mailCells[1]);

        var attachments = page.QuerySelectorAll("#bijlagen-tabel tbody tr")
            .Select(r => r.QuerySelectorAll("td").Take(3).Select(td => Normalise(td.TextContent)).ToList())
            .ToList();
        Assert.Contains(attachments, a => a.SequenceEqual(["foto.png downloaden", "image/png", "1 KB"]));
        Assert.Contains(attachments, a => a.SequenceEqual(["brief.pdf downloaden", "application/pdf", "1,5 MB"]));
    }

    [Fact]
    public async Task Timeline_shows_every_event_in_sequence_with_when_who_and_why()
    {
        var complaint = await FullComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);

        var (_, page) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}");

        var items = page.QuerySelectorAll("#tijdlijn-lijst > li").ToList();
        var expected = complaint.Timeline.OrderBy(e => e.Sequence).ToList();
        Assert.Equal(10, expected.Count);
        Assert.Equal(expected.Select(e => e.What), items.Select(li => li.QuerySelector(".gh-timeline__what")!.TextContent));
        Assert.StartsWith("Klacht geregistreerd via brief", items[0].QuerySelector(".gh-timeline__what")!.TextContent, StringComparison.Ordinal);
        var clock = factory.Services.GetRequiredService<Clock>();
        Assert.All(items.Zip(expected), pair =>
        {
            var meta = Normalise(pair.First.QuerySelector(".gh-timeline__meta")!.TextContent);
            Assert.Equal($"{clock.ToLocal(pair.Second.At).ToString("d MMMM yyyy 'om' HH:mm", Dutch)} · {pair.Second.ActorName}", meta);
        });
        Assert.Equal("Reden: Bram is drie weken afwezig.", Normalise(items[^1].QuerySelector(".gh-timeline__why")!.TextContent));
        Assert.Equal("Behandelaar gewijzigd van Bram Behandelaar naar Carla Coördinator.", items[^1].QuerySelector(".gh-timeline__what")!.TextContent);
    }

    [Fact]
    public async Task An_attachment_downloads_with_its_bytes_type_and_safe_name()
    {
        var complaint = await FullComplaintAsync();
        using var browser = await factory.SignedInAsync(CoordinatorAccount);
        var (_, page) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}");

        foreach (var (name, type) in new[] { ("foto.png", "image/png"), ("brief.pdf", "application/pdf") })
        {
            var link = page.QuerySelectorAll("#bijlagen-tabel a").Single(a => a.TextContent.StartsWith(name, StringComparison.Ordinal));
            var response = await browser.Http.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative), Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
            var disposition = response.Content.Headers.ContentDisposition!;
            Assert.Equal("attachment", disposition.DispositionType);
            Assert.Equal(name, disposition.FileNameStar ?? disposition.FileName!.Trim('"'));
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            var expected = name == "foto.png" ? Png : Pdf();
            Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync(Ct));
        }
    }

    [Fact]
    public async Task An_attachment_of_another_complaint_or_an_unknown_one_is_not_found()
    {
        var mine = await FullComplaintAsync();
        var other = await FullComplaintAsync();
        using var browser = await factory.SignedInAsync(CoordinatorAccount);

        var otherAttachment = other.Attachments[0].Id;
        var viaWrongComplaint = await browser.Http.GetAsync(new Uri($"/Staff/Klachten/{mine.Id}?handler=Attachment&attachmentId={otherAttachment}", UriKind.Relative), Ct);
        var unknown = await browser.Http.GetAsync(new Uri($"/Staff/Klachten/{mine.Id}?handler=Attachment&attachmentId={Guid.NewGuid()}", UriKind.Relative), Ct);
        var viaOwnComplaint = await browser.Http.GetAsync(new Uri($"/Staff/Klachten/{other.Id}?handler=Attachment&attachmentId={otherAttachment}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, viaWrongComplaint.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viaOwnComplaint.StatusCode);
    }

    [Fact]
    public async Task A_complaint_of_another_organisation_is_not_found()
    {
        var organisationId = (await factory.NewOrganisationAsync()).Id;
        var theirs = await RegisterAsync(
            new ComplaintRegistration(Channel.Letter, ComplaintKind.Complaint, Today, "Van een andere gemeente.", new Complainant("P. de Vries", Street: "Kerkstraat 2", PostalCode: "9999 ZZ", City: "Elders")),
            files: [new UploadedFile("foto.png", "image/png", Png)],
            organisationId: organisationId);
        using var browser = await factory.SignedInAsync(HandlerAccount);

        var (page, document) = await browser.GetAsync($"/Staff/Klachten/{theirs.Id}");
        var (letter, _) = await browser.GetAsync($"/Staff/Klachten/{theirs.Id}/ontvangstbevestiging");
        var attachment = await browser.Http.GetAsync(new Uri($"/Staff/Klachten/{theirs.Id}?handler=Attachment&attachmentId={theirs.Attachments[0].Id}", UriKind.Relative), Ct);
        var (unknown, _) = await browser.GetAsync($"/Staff/Klachten/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Pagina niet gevonden", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("P. de Vries", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, letter.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, attachment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Without_signing_in_the_case_page_letter_and_attachment_redirect_to_sign_in()
    {
        var complaint = await FullComplaintAsync();
        using var browser = new Browser(factory);

        foreach (var url in new[]
        {
            $"/Staff/Klachten/{complaint.Id}",
            $"/Staff/Klachten/{complaint.Id}/ontvangstbevestiging",
            $"/Staff/Klachten/{complaint.Id}?handler=Attachment&attachmentId={complaint.Attachments[0].Id}",
        })
        {
            var (response, _) = await browser.GetAsync(url);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_anonymous_complaint_says_so_and_owes_no_acknowledgement()
    {
        var complaint = await RegisterAsync(new ComplaintRegistration(Channel.Phone, ComplaintKind.Complaint, Today, "Iemand aan de telefoon was erg onvriendelijk."));
        using var browser = await factory.SignedInAsync(CoordinatorAccount);

        var (_, page) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}");

        Assert.Contains("Anoniem", Section(page, "klager").TextContent, StringComparison.Ordinal);
        Assert.Equal("Telefoon (mondeling)", Term(Section(page, "overzicht"), "Kanaal"));
        Assert.Null(page.QuerySelector("#brief-afdrukken"));
        Assert.Null(page.QuerySelector("#ontvangstbevestiging"));
        var (letter, _) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}/ontvangstbevestiging");
        Assert.Equal(HttpStatusCode.NotFound, letter.StatusCode);
    }

    [Fact]
    public async Task The_printable_letter_has_sender_address_date_reference_tracking_code_and_Dutch_due_date()
    {
        var complaint = await PostalComplaintAsync();
        using var browser = await factory.SignedInAsync(CoordinatorAccount);

        var (_, casePage) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}");
        var href = casePage.QuerySelector("#brief-afdrukken")!.GetAttribute("href")!;
        Assert.Contains("geen e-mailadres", Section(casePage, "ontvangstbevestiging").TextContent, StringComparison.Ordinal);
        var (response, page) = await browser.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/Staff/Klachten/{complaint.Id}/ontvangstbevestiging", href);
        var letter = page.QuerySelector("article.gh-letter")!;
        Assert.Equal("nl", letter.GetAttribute("lang"));
        Assert.StartsWith("Gemeente Voorbeeld", Normalise(letter.QuerySelector(".gh-letter__sender")!.TextContent), StringComparison.Ordinal);
        Assert.Equal("J. Jansen Dorpsstraat 1 1234 AB Voorbeeld", Normalise(letter.QuerySelector("address")!.TextContent));
        Assert.Equal(Date(Today), Term(letter, "Datum"));
        Assert.Equal(complaint.Reference.ToString(), Term(letter, "Ons kenmerk"));
        Assert.Equal($"Wij hebben uw klacht ontvangen (klachtnummer {complaint.Reference})", Term(letter, "Onderwerp"));
        var text = letter.TextContent;
        Assert.Contains("Beste J. Jansen,", text, StringComparison.Ordinal);
        Assert.Contains($"Volgcode: {complaint.TrackingCode}", text, StringComparison.Ordinal);
        var handling = complaint.Deadlines.Single(d => d.Kind == DeadlineKind.Handling);
        Assert.Contains($"U hoort uiterlijk op {Date(handling.DueOn)} van ons.", text, StringComparison.Ordinal);
        Assert.Contains("Met vriendelijke groet,\nGemeente Voorbeeld", text, StringComparison.Ordinal);
        Assert.Contains("Ctrl+P", page.QuerySelector(".gh-no-print")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(letter.QuerySelectorAll("button, form"));
    }

    [Fact]
    public async Task Posting_the_letter_is_recorded_meets_the_deadline_and_removes_the_letter_link()
    {
        var complaint = await PostalComplaintAsync();
        var url = $"/Staff/Klachten/{complaint.Id}";

        // Meeting a legal term is for the case's handler or a coordinator (ADR 10); this case has no handler yet.
        using (var otherHandler = await factory.SignedInAsync(HandlerAccount))
        {
            var (_, seen) = await otherHandler.GetAsync(url);
            Assert.Null(seen.QuerySelector("form#per-post-verstuurd"));
        }

        using var browser = await factory.SignedInAsync(CoordinatorAccount);
        var (_, before) = await browser.GetAsync(url);
        var form = (IHtmlFormElement)before.QuerySelector("form#per-post-verstuurd")!;

        var (response, _) = await browser.SubmitAsync(form, url, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.Headers.Location!.OriginalString);
        var (_, after) = await browser.GetAsync(url);
        Assert.Equal("De ontvangstbevestiging staat genoteerd als verstuurd per post.", Normalise(after.QuerySelector("[role=status]")!.TextContent));
        var last = after.QuerySelectorAll("#tijdlijn-lijst > li")[^1];
        Assert.Equal("Ontvangstbevestiging verstuurd per post.", last.QuerySelector(".gh-timeline__what")!.TextContent);
        Assert.EndsWith("· " + CoordinatorAccount.DisplayName, Normalise(last.QuerySelector(".gh-timeline__meta")!.TextContent), StringComparison.Ordinal);
        var acknowledgement = after.QuerySelectorAll("#termijnen-tabel tbody tr").Single(r => Normalise(r.QuerySelector("th")!.TextContent) == "Ontvangstbevestiging");
        Assert.EndsWith($"Gedaan op {Date(Today)}", Normalise(acknowledgement.QuerySelectorAll("td")[2].TextContent), StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("#brief-afdrukken"));
        Assert.Null(after.QuerySelector("form#per-post-verstuurd"));

        // The message is shown once.
        var (_, again) = await browser.GetAsync(url);
        Assert.Null(again.QuerySelector(".utrecht-alert--ok"));

        // A second click (an old tab) is refused by the domain, in words, not with an error page.
        var (second, refused) = await browser.SubmitAsync(form, url, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("De ontvangstbevestiging is al verstuurd.", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            var stored = await db.Complaints.AsNoTracking().WithEverything().SingleAsync(c => c.Id == complaint.Id, Ct);
            Assert.Equal(Today, stored.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledgement).MetOn);
            Assert.Single(stored.Timeline, e => e.Kind == TimelineEventKind.AcknowledgementSent);
        }

        var (letterPage, letter) = await browser.GetAsync($"{url}/ontvangstbevestiging");
        Assert.Equal(HttpStatusCode.OK, letterPage.StatusCode);
        Assert.Contains("al verstuurd", letter.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_acknowledgement_e_mail_is_shown_waiting_then_sent_and_recorded_in_the_timeline()
    {
        var complaint = await RegisterAsync(new ComplaintRegistration(
            Channel.WebForm, ComplaintKind.Complaint, Today, "De afvalcontainer is al drie weken niet geleegd.", new Complainant("S. Bakker", "s.bakker@example.org")));
        using var browser = await factory.SignedInAsync(CoordinatorAccount);
        var url = $"/Staff/Klachten/{complaint.Id}";

        var (_, waiting) = await browser.GetAsync(url);
        var row = Assert.Single(waiting.QuerySelectorAll("#e-mails tbody tr"));
        Assert.Equal("s.bakker@example.org", Normalise(row.QuerySelectorAll("td")[0].TextContent));
        Assert.Equal($"Wij hebben uw klacht ontvangen (klachtnummer {complaint.Reference})", Normalise(row.QuerySelectorAll("td")[1].TextContent));
        Assert.Equal("Wacht op verzending", Normalise(row.QuerySelectorAll("td")[2].TextContent));
        Assert.NotNull(waiting.QuerySelector("#brief-afdrukken"));

        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Ct);

        var (_, sent) = await browser.GetAsync(url);
        var status = Normalise(Assert.Single(sent.QuerySelectorAll("#e-mails tbody tr")).QuerySelectorAll("td")[2].TextContent);
        Assert.StartsWith($"Verzonden op {Date(Today)} om ", status, StringComparison.Ordinal);
        var last = sent.QuerySelectorAll("#tijdlijn-lijst > li")[^1];
        Assert.Equal("Ontvangstbevestiging verstuurd per e-mail.", last.QuerySelector(".gh-timeline__what")!.TextContent);
        Assert.EndsWith("· Gehoord", Normalise(last.QuerySelector(".gh-timeline__meta")!.TextContent), StringComparison.Ordinal);
        Assert.Null(sent.QuerySelector("#brief-afdrukken"));
        Assert.Contains(Directory.GetFiles(factory.MailDirectory, "*.eml"), file => File.ReadAllText(file).Contains("s.bakker@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_acknowledgement_e_mail_shows_the_error_and_the_letter_stays_available()
    {
        var complaint = await RegisterAsync(new ComplaintRegistration(
            Channel.Email, ComplaintKind.Complaint, Today, "Mijn aanvraag is kwijt.", new Complainant("R. Smit", "r.smit@example.org")));
        await UpdateMailAsync(complaint.Id, m =>
        {
            m.Attempts = 3;
            m.LastError = "SmtpException (MailboxBusy)";
            m.NextAttemptAt = DateTimeOffset.UtcNow.AddHours(1);
        });
        using var browser = await factory.SignedInAsync(CoordinatorAccount);
        var url = $"/Staff/Klachten/{complaint.Id}";

        var (_, failing) = await browser.GetAsync(url);

        var status = Normalise(failing.QuerySelector("#e-mails tbody tr td:nth-child(3)")!.TextContent);
        Assert.Contains("Mislukt: SmtpException (MailboxBusy). Nieuwe poging op ", status, StringComparison.Ordinal);
        Assert.NotNull(failing.QuerySelector("#brief-afdrukken"));

        await UpdateMailAsync(complaint.Id, m =>
        {
            m.Attempts = OutboxDispatcher.MaxAttempts;
            m.GaveUp = true;
        });
        var (_, gaveUp) = await browser.GetAsync(url);

        Assert.Contains(
            $"Mislukt: SmtpException (MailboxBusy). Na {OutboxDispatcher.MaxAttempts} pogingen gestopt.",
            Normalise(gaveUp.QuerySelector("#e-mails tbody tr td:nth-child(3)")!.TextContent),
            StringComparison.Ordinal);
        Assert.NotNull(gaveUp.QuerySelector("#brief-afdrukken"));
    }

    [Fact]
    public async Task The_start_page_links_each_complaint_to_its_case_page()
    {
        var complaint = await RegisterAsync(
            new ComplaintRegistration(Channel.Counter, ComplaintKind.Complaint, Today, "Lang moeten wachten aan de balie."),
            then: async (c, db) =>
            {
                var handler = await db.Users.SingleAsync(u => u.Email == HandlerAccount.Email, Ct);
                c.AssignHandler(Actor.Staff(handler.Id, handler.DisplayName), Employee, DateTimeOffset.UtcNow);
            });
        using var browser = await factory.SignedInAsync(HandlerAccount);

        var (_, page) = await browser.GetAsync("/Staff");

        var link = page.QuerySelectorAll("table a").Single(a => a.GetAttribute("href") == $"/Staff/Klachten/{complaint.Id}");
        Assert.Equal(complaint.Reference.ToString(), link.TextContent.Trim());
        var (response, _) = await browser.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Quick_registration_leads_to_the_case_page_with_its_message()
    {
        using var browser = await factory.SignedInAsync(CoordinatorAccount);

        var (response, _) = await browser.SubmitAsync("/Staff/Registreren", new Dictionary<string, string>
        {
            ["Input.Channel"] = nameof(Channel.Phone),
            ["Input.Story"] = "Al drie keer gebeld over mijn parkeervergunning.\nNiemand weet ervan.",
            ["Input.ReceivedOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Staff/Klachten/", location, StringComparison.Ordinal);
        var (_, page) = await browser.GetAsync(location);
        var reference = Term(Section(page, "overzicht"), "Klachtnummer");
        // No number given on the phone: the message says what to ask while the citizen is still there.
        Assert.Equal($"Klacht {reference} is geregistreerd. Vraag de klager nog om een telefoonnummer, e-mailadres of postadres, om de klager te kunnen bereiken.", Normalise(page.QuerySelector(".utrecht-alert--ok[role=status]")!.TextContent));
        Assert.Equal("Al drie keer gebeld over mijn parkeervergunning.\nNiemand weet ervan.", page.QuerySelector("#eigen-woorden")!.TextContent);
        Assert.EndsWith("· " + CoordinatorAccount.DisplayName, Normalise(page.QuerySelector("#tijdlijn-lijst > li .gh-timeline__meta")!.TextContent), StringComparison.Ordinal);
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IElement Section(IHtmlDocument page, string headingId) =>
        page.QuerySelector($"section[aria-labelledby='{headingId}']") ?? throw new InvalidOperationException($"No section '{headingId}'.");

    /// <summary>The text of the &lt;dd&gt; after the &lt;dt&gt; with this label.</summary>
    private static string Term(IElement scope, string label)
    {
        var term = scope.QuerySelectorAll("dt").FirstOrDefault(dt => Normalise(dt.TextContent) == label)
            ?? throw new InvalidOperationException($"No term '{label}'.");
        return Normalise(term.NextElementSibling!.TextContent);
    }

    /// <summary>A real (tiny) PDF, padded with a comment to 1.5 MB so the size shows in MB.</summary>
    private static byte[] Pdf()
    {
        const string Body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/MediaBox[0 0 3 3]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%";
        var data = new byte[1_572_864];
        Array.Fill(data, (byte)' ');
        System.Text.Encoding.ASCII.GetBytes(Body).CopyTo(data, 0);
        "\n%%EOF\n"u8.CopyTo(data.AsSpan(data.Length - 7));
        return data;
    }

    /// <summary>A written complaint with everything filled in, as the case page must show it.</summary>
    private Task<Complaint> FullComplaintAsync() => RegisterAsync(
        new ComplaintRegistration(
            Channel.Letter,
            ComplaintKind.Complaint,
            Today,
            Story,
            new Complainant("A. Yılmaz", "a.yilmaz@example.org", "06 1234 5678", "Dorpsstraat 1", "1234 ab", "Voorbeeld", PreferredContact.Phone,
                new Representative("B. Yılmaz", "b.yilmaz@example.org", "020 123 4567", "dochter")),
            Today.AddDays(-10),
            AdvisoryCommittee: true,
            Wishes: CitizenWishes.Apology | CitizenWishes.CorrectError | CitizenWishes.Other,
            WishOther: "Een nieuwe deurmat",
            Language: "en"),
        ["Openbare Ruimte", "Burgerzaken"],
        [new UploadedFile("foto.png", "image/png", Png), new UploadedFile("brief.pdf", "application/pdf", Pdf())],
        then: (c, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            var openbareRuimte = db.Units.Local.Single(u => u.Name == "Openbare Ruimte").Id;
            c.AddRespondent(Guid.NewGuid(), "Uitvoerder riolering", null, openbareRuimte, Employee, now);
            c.AddPart(Guid.NewGuid(), "Schade aan de kelder", Employee, now);
            c.AddPart(Guid.NewGuid(), "Niet teruggebeld", Employee, now);
            c.AssignHandler(Actor.Staff("handler-test", "Bram Behandelaar"), Employee, now);
            c.AssignHandler(Actor.Staff("coordinator-test", "Carla Coördinator"), Employee, now, "Bram is drie weken afwezig.");
            return Task.CompletedTask;
        });

    /// <summary>A letter from someone without e-mail: the acknowledgement goes by post.</summary>
    private Task<Complaint> PostalComplaintAsync() => RegisterAsync(new ComplaintRegistration(
        Channel.Letter,
        ComplaintKind.Complaint,
        Today,
        "De stoep voor mijn huis ligt al maanden open.",
        new Complainant("J. Jansen", Street: "Dorpsstraat 1", PostalCode: "1234 ab", City: "Voorbeeld")));

    private async Task<Complaint> RegisterAsync(
        ComplaintRegistration registration,
        IReadOnlyList<string>? unitNames = null,
        IReadOnlyList<UploadedFile>? files = null,
        Func<Complaint, GehoordDbContext, Task>? then = null,
        Guid? organisationId = null)
    {
        var organisationToUse = organisationId ?? DemoSeeder.OrganisationId;
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<HttpOrganisationScope>().Use(organisationToUse);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == organisationToUse, Ct);
        var units = organisation.Units.Where(u => unitNames?.Contains(u.Name) == true).Select(u => u.Id).ToList();

        var complaint = await scope.ServiceProvider.GetRequiredService<ComplaintIntake>()
            .RegisterAsync(organisation, registration, units, files ?? [], Employee, Ct);
        if (then is not null)
        {
            await then(complaint, db);
            await db.SaveChangesAsync(Ct);
        }

        return complaint;
    }

    private async Task UpdateMailAsync(Guid complaintId, Action<OutboxMessage> change)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var message = await db.OutboxMessages.SingleAsync(m => m.ComplaintId == complaintId, Ct);
        change(message);
        await db.SaveChangesAsync(Ct);
    }
}

public sealed class CasePageOnSqlite(SqliteFactory factory) : CasePageTests<SqliteFactory>(factory);

public sealed class CasePageOnPostgres(PostgresFactory factory) : CasePageTests<PostgresFactory>(factory);
