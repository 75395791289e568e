using System.Net;
using Gehoord.Domain;
using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Audit;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gehoord.Web.Tests;

/// <summary>
/// Issue "Trust" over HTTP: the hash-chained record (ADR 20) seen to break when a row is changed
/// or removed with SQL, on the page and in the verify-chains command; who looked (the access
/// log) and confidential cases (ADR 21).
/// </summary>
public abstract class TrustTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly DemoAccount Coordinator = Demo(StaffRoles.Coordinator);
    private static readonly DemoAccount Handler = Demo(StaffRoles.Handler);
    private static readonly DemoAccount PrivacyOfficer = Demo(StaffRoles.PrivacyOfficer);

    // A real 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private const string Story = "De fietsenstalling bij het zwembad is al weken kapot en niemand doet iets.";

    [Fact]
    public async Task A_changed_event_breaks_the_chain_on_the_page_and_in_the_command()
    {
        var complaint = await NewComplaintAsync();
        using var browser = await factory.SignedInAsync(Coordinator);
        var (whole, wholePage) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}/keten");
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Contains("De keten is heel", wholePage.QuerySelector("#keten-uitslag")!.TextContent, StringComparison.Ordinal);

        var length = complaint.Timeline.Count;
        await SqlAsync($"UPDATE \"TimelineEvents\" SET \"What\" = 'Er is niets gebeurd.' WHERE \"Id\" = '{EventId(complaint, 2)}'");

        var (_, page) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}/keten");
        var (exit, output) = await VerifyChainsAsync();

        Assert.Contains($"Gebeurtenis 2 van {length} is veranderd of verwijderd.", page.QuerySelector("#keten-uitslag.utrecht-alert--error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(VerifyChainsCommand.BrokenExitCode, exit);
        Assert.Contains($"klacht {complaint.Reference}: Gebeurtenis 2 van {length} is veranderd of verwijderd.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Er is niets gebeurd", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public async Task A_removed_event_breaks_the_chain_also_the_last_one(int fromTheEnd)
    {
        var complaint = await NewComplaintAsync();
        var length = complaint.Timeline.Count;
        var removed = length - fromTheEnd;
        await SqlAsync($"DELETE FROM \"TimelineEvents\" WHERE \"Id\" = '{EventId(complaint, removed)}'");
        using var browser = await factory.SignedInAsync(PrivacyOfficer);

        var (response, page) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}/keten");
        var (exit, output) = await VerifyChainsAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Gebeurtenis {removed} van {length} ontbreekt: die is verwijderd.", page.QuerySelector("#keten-uitslag")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(VerifyChainsCommand.BrokenExitCode, exit);
        Assert.Contains($"klacht {complaint.Reference}: Gebeurtenis {removed} van {length}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_configuration_change_breaks_the_organisations_chain()
    {
        var organisation = await factory.NewOrganisationAsync();
        var coordinator = await factory.NewStaffAsync("Cas Coördinator", organisation.Id, StaffRoles.Coordinator);
        await AddHistoryAsync(organisation.Id, 3);
        using var browser = await factory.SignedInAsync(coordinator);
        var (_, whole) = await browser.GetAsync("/Staff/Toezicht");
        Assert.Contains("Alle 3 wijzigingen", whole.QuerySelector("#keten-uitslag")!.TextContent, StringComparison.Ordinal);

        await SqlAsync($"UPDATE \"ConfigurationChanges\" SET \"NewValue\" = '06-00000000' WHERE \"OrganisationId\" = '{Key(organisation.Id)}' AND \"Sequence\" = 2");

        var (_, page) = await browser.GetAsync("/Staff/Toezicht");
        var (exit, output) = await VerifyChainsAsync();
        Assert.Contains("Wijziging 2 van 3 is veranderd of verwijderd.", page.QuerySelector("#keten-uitslag.utrecht-alert--error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(VerifyChainsCommand.BrokenExitCode, exit);
        Assert.Contains($"KAPOT {organisation.Name}, instellingen: Wijziging 2 van 3 is veranderd of verwijderd.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_from_before_the_chain_are_sealed_once_at_start_up()
    {
        var complaint = await NewComplaintAsync();
        var organisation = await factory.NewOrganisationAsync();
        await AddHistoryAsync(organisation.Id, 2);
        await SqlAsync($"UPDATE \"TimelineEvents\" SET \"Hash\" = NULL WHERE \"ComplaintId\" = '{Key(complaint.Id)}'");
        await SqlAsync($"UPDATE \"Complaints\" SET \"TimelineHash\" = NULL, \"TimelineLength\" = 0 WHERE \"Id\" = '{Key(complaint.Id)}'");
        await SqlAsync($"UPDATE \"ConfigurationChanges\" SET \"Hash\" = NULL WHERE \"OrganisationId\" = '{Key(organisation.Id)}'");
        await SqlAsync($"UPDATE \"Organisations\" SET \"HistoryHash\" = NULL, \"HistoryLength\" = 0 WHERE \"Id\" = '{Key(organisation.Id)}'");

        using (var db = factory.CreateDbContext(Guid.Empty, out var scope))
        using (scope)
        {
            await RecordChainBackfill.RunAsync(db, NullLogger.Instance);
        }

        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(complaint.TimelineHash, stored.TimelineHash);
        Assert.Null(stored.VerifyTimeline());
        using var check = factory.CreateDbContext(organisation.Id, out var checkScope);
        using var _ = checkScope;
        var history = await ChainVerification.OrganisationAsync(check, organisation.Id, CancellationToken.None);
        Assert.Equal(new ChainCheck(2, null), history);
    }

    [Fact]
    public async Task The_access_log_shows_who_opened_the_case_its_attachment_and_its_letter()
    {
        var complaint = await NewComplaintAsync();
        var letter = await LetterCaseAsync();
        using var handler = await factory.SignedInAsync(Handler);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync($"/Staff/Klachten/{complaint.Id}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync($"/Staff/Klachten/{complaint.Id}/verkennen")).Response.StatusCode);
        var attachment = complaint.Attachments.Single().Id;
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync($"/Staff/Klachten/{complaint.Id}?handler=Attachment&attachmentId={attachment}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync($"/Staff/Klachten/{letter.Complaint}/brieven/{letter.Letter}?handler=Pdf")).Response.StatusCode);

        using var coordinator = await factory.SignedInAsync(Coordinator);
        var (response, page) = await coordinator.GetAsync($"/Staff/Klachten/{complaint.Id}/inzage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = Rows(page);
        Assert.Equal([("Bram Behandelaar", "Bijlage"), ("Bram Behandelaar", "Behandelpagina"), ("Bram Behandelaar", "Dossier")], rows.Select(r => (r[1], r[2])));
        Assert.DoesNotContain("foto.png", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Story[..20], page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            var logged = await db.AccessLog.Where(e => e.ComplaintId == letter.Complaint).ToListAsync();
            Assert.Contains(logged, e => e.Item == AccessItem.LetterDownload && e.ItemId == letter.Letter && !e.Refused);
            Assert.Contains(await db.AccessLog.Where(e => e.ComplaintId == complaint.Id).ToListAsync(), e => e.Item == AccessItem.Attachment && e.ItemId == attachment);
        }

        var (_, letterLog) = await coordinator.GetAsync($"/Staff/Klachten/{letter.Complaint}/inzage");
        Assert.Contains(Rows(letterLog), r => r[1] == "Bram Behandelaar" && r[2] == "Brief gedownload");
    }

    [Fact]
    public async Task The_privacy_officer_reads_the_log_and_the_status_never_the_content_and_a_handler_reads_no_log()
    {
        var complaint = await NewComplaintAsync();
        using var privacy = await factory.SignedInAsync(PrivacyOfficer);
        using var handler = await factory.SignedInAsync(Handler);

        var (casePage, caseDocument) = await privacy.GetAsync($"/Staff/Klachten/{complaint.Id}");
        var (story, _) = await privacy.GetAsync($"/Staff/Klachten/{complaint.Id}/verkennen");
        var (log, _) = await privacy.GetAsync($"/Staff/Klachten/{complaint.Id}/inzage");
        var (handlerLog, _) = await handler.GetAsync($"/Staff/Klachten/{complaint.Id}/inzage");
        var (handlerOversight, _) = await handler.GetAsync("/Staff/Toezicht/Inzage");

        Assert.Equal(HttpStatusCode.OK, casePage.StatusCode);
        Assert.DoesNotContain(Story[..20], caseDocument.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(caseDocument.QuerySelector("#naar-inzage"));
        Assert.Equal(HttpStatusCode.Forbidden, story.StatusCode);
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, handlerLog.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, handlerOversight.StatusCode);
    }

    [Fact]
    public async Task The_organisations_log_filters_on_a_person_and_a_period_and_pages_by_keyset()
    {
        var complaint = await NewComplaintAsync();
        var person = await factory.NewStaffAsync("Lotte Logboek", null, StaffRoles.Handler);
        var personId = await factory.UserIdAsync(person.Email);
        var at = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            for (var i = 0; i < 60; i++)
            {
                db.AccessLog.Add(new AccessLogEntry(Guid.NewGuid(), DemoSeeder.OrganisationId, complaint.Id, at.AddMinutes(i), Actor.Staff(personId, person.DisplayName), AccessItem.CaseFile, null, refused: false));
            }

            db.AccessLog.Add(new AccessLogEntry(Guid.NewGuid(), DemoSeeder.OrganisationId, complaint.Id, at.AddDays(-5), Actor.Staff(personId, person.DisplayName), AccessItem.Letter, null, refused: false));
            await db.SaveChangesAsync();
        }

        using var browser = await factory.SignedInAsync(PrivacyOfficer);
        var first = $"/Staff/Toezicht/Inzage?wie={personId}&van=10-03-2026&tot=10-03-2026";
        var (_, page1) = await browser.GetAsync(first);
        var next = page1.QuerySelector("#eerder")!.GetAttribute("href")!;
        var (_, page2) = await browser.GetAsync(next);
        var (_, wrongDate) = await browser.GetAsync("/Staff/Toezicht/Inzage?van=31-02-2026&tot=morgen&voor=zomaar");

        var firstRows = Rows(page1);
        var secondRows = Rows(page2);
        Assert.Equal(50, firstRows.Count);
        Assert.Equal(10, secondRows.Count);
        Assert.All(firstRows.Concat(secondRows), r => Assert.Equal(("Lotte Logboek", "Dossier"), (r[1], r[2])));
        Assert.Equal("10-03-2026 10:59:00", firstRows[0][0]);
        Assert.Equal("10-03-2026 10:00:00", secondRows[^1][0]);
        Assert.Null(page2.QuerySelector("#eerder"));
        Assert.Contains("wie=", next, StringComparison.Ordinal);
        Assert.Contains("Schrijf de datum van als dag-maand-jaar", wrongDate.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_confidential_case_opens_only_for_the_people_named_and_the_log_shows_who_tried()
    {
        var complaint = await NewComplaintAsync();
        var letter = await LetterCaseAsync();
        var other = await factory.NewStaffAsync("Olga Anders", null, StaffRoles.Handler, StaffRoles.Coordinator);
        var handlerId = await factory.UserIdAsync(Handler.Email);
        using var coordinator = await factory.SignedInAsync(Coordinator);

        var (marked, _) = await coordinator.SubmitAsync(
            $"/Staff/Klachten/{complaint.Id}/vertrouwelijk",
            new Dictionary<string, string> { ["Confidential.Readers"] = handlerId, ["Confidential.Reason"] = "De klacht gaat over een collega van het klantcontactcentrum." },
            "#vertrouwelijk-form");
        await coordinator.SubmitAsync(
            $"/Staff/Klachten/{letter.Complaint}/vertrouwelijk",
            new Dictionary<string, string> { ["Confidential.Readers"] = await factory.UserIdAsync(Handler.Email), ["Confidential.Reason"] = "Gevoelig." },
            "#vertrouwelijk-form");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);

        using var outsider = await factory.SignedInAsync(other);
        var (casePage, refusal) = await outsider.GetAsync($"/Staff/Klachten/{complaint.Id}");
        var (attachment, _) = await outsider.GetAsync($"/Staff/Klachten/{complaint.Id}?handler=Attachment&attachmentId={complaint.Attachments.Single().Id}");
        var (handling, _) = await outsider.GetAsync($"/Staff/Klachten/{complaint.Id}/verkennen");
        var (sentLetter, _) = await outsider.GetAsync($"/Staff/Klachten/{letter.Complaint}/brieven/{letter.Letter}?handler=Pdf");
        var (_, search) = await outsider.GetAsync($"/Staff/Inbox?zoek={WordOf(complaint)}&status=alle");
        var (_, byNumber) = await outsider.GetAsync($"/Staff/Inbox?nummer={complaint.Reference}&status=alle");
        using var named = await factory.SignedInAsync(Handler);
        var (namedPage, namedDocument) = await named.GetAsync($"/Staff/Klachten/{complaint.Id}");
        var (_, namedList) = await named.GetAsync($"/Staff/Inbox?nummer={complaint.Reference}&status=alle");
        var (_, namedSearch) = await named.GetAsync($"/Staff/Inbox?zoek={WordOf(complaint)}&status=alle");
        var (_, log) = await coordinator.GetAsync($"/Staff/Klachten/{complaint.Id}/inzage");

        Assert.Equal(HttpStatusCode.Forbidden, casePage.StatusCode);
        Assert.Contains(CaseAccessPolicy.ConfidentialReason, refusal.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, attachment.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, handling.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, sentLetter.StatusCode);
        Assert.DoesNotContain(complaint.Id.ToString(), search.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        var listed = byNumber.QuerySelector("main")!.TextContent;
        Assert.Contains(Features.Inbox.InboxQuery.ConfidentialSubject, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("fietsenstalling", listed, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, namedPage.StatusCode);
        Assert.Contains("(vertrouwelijk)", namedDocument.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("fietsenstalling", namedList.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(complaint.Id.ToString(), namedSearch.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains(Rows(log), r => r[1] == "Olga Anders" && r[2] == "Dossier (geweigerd)");
        Assert.Contains(Rows(log), r => r[1] == "Bram Behandelaar" && r[2] == "Dossier");
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Contains(stored.Timeline, e => e.Kind == TimelineEventKind.ConfidentialityChanged && e.What.Contains("Bram Behandelaar", StringComparison.Ordinal) && e.What.Contains("Carla Coördinator", StringComparison.Ordinal));
        Assert.Null(stored.VerifyTimeline());
    }

    [Fact]
    public async Task Only_a_coordinator_marks_a_case_and_a_refusal_keeps_what_was_typed()
    {
        var complaint = await NewComplaintAsync();
        using var handler = await factory.SignedInAsync(Handler);
        using var coordinator = await factory.SignedInAsync(Coordinator);

        var (handlerPage, _) = await handler.GetAsync($"/Staff/Klachten/{complaint.Id}/vertrouwelijk");
        // The handler has no form here; a post made from another of the case's forms is refused by the gate.
        var (_, notePage) = await handler.GetAsync($"/Staff/Klachten/{complaint.Id}/notitie");
        var noteForm = (AngleSharp.Html.Dom.IHtmlFormElement)notePage.QuerySelector("main form")!;
        noteForm.SetAttribute("action", $"/Staff/Klachten/{complaint.Id}/vertrouwelijk");
        var (post, _) = await handler.SubmitAsync(noteForm, $"/Staff/Klachten/{complaint.Id}/notitie", new Dictionary<string, string> { ["Confidential.Reason"] = "Eigen idee." });
        var (refused, page) = await coordinator.SubmitAsync(
            $"/Staff/Klachten/{complaint.Id}/vertrouwelijk",
            new Dictionary<string, string> { ["Confidential.Reason"] = "Zonder de behandelaar." },
            "#vertrouwelijk-form");

        Assert.Equal(HttpStatusCode.OK, handlerPage.StatusCode);
        Assert.Null((await handler.GetAsync($"/Staff/Klachten/{complaint.Id}/vertrouwelijk")).Document.QuerySelector("#vertrouwelijk-form"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Noem ook de behandelaar, Bram Behandelaar.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Zonder de behandelaar.", page.QuerySelector("textarea")!.TextContent);
        Assert.False((await factory.StoredComplaintAsync(complaint.Id)).IsConfidential);
    }

    private static List<List<string>> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#inzage tbody tr")
            .Select(tr => tr.Children.Select(td => string.Join(' ', td.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList())
            .ToList();

    /// <summary>The word only this complaint's story holds (the last), of letters only, so both full-text indexes keep it whole.</summary>
    private static string WordOf(Complaint complaint) => complaint.Description.Split(' ')[^1];

    /// <summary>A written complaint with a photo, handled by the demo handler, its timeline a few events long.</summary>
    private async Task<Complaint> NewComplaintAsync()
    {

        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<HttpOrganisationScope>().Use(DemoSeeder.OrganisationId);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == DemoSeeder.OrganisationId);
        var today = scope.ServiceProvider.GetRequiredService<Clock>().Today;
        var employee = Actor.Staff(await factory.UserIdAsync(Demo(StaffRoles.Employee).Email), "Mila Medewerker");
        var complaint = await scope.ServiceProvider.GetRequiredService<ComplaintIntake>().RegisterAsync(
            organisation,
            new ComplaintRegistration(Channel.Letter, ComplaintKind.Complaint, today, Story + " Kenmerk " + new string(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray()), new Complainant("T. Tester", "t.tester@example.org")),
            [],
            [new UploadedFile("foto.png", "image/png", Png)],
            employee,
            CancellationToken.None);
        var tracked = await db.Complaints.WithEverything().SingleAsync(c => c.Id == complaint.Id);
        tracked.AssignHandler(Actor.Staff(await factory.UserIdAsync(Handler.Email), Handler.DisplayName), employee, DateTimeOffset.UtcNow);
        tracked.AddNote("Eerste notitie.", employee, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return await factory.StoredComplaintAsync(complaint.Id);
    }

    /// <summary>A demo complaint of the demo handler with a sent letter; one per test, so marking it touches no other test.</summary>
    private async Task<(Guid Complaint, Guid Letter)> LetterCaseAsync()
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var candidates = await db.Complaints.AsNoTracking().Where(c => c.HandlerId == handlerId && c.SentLetters.Any() && !c.IsConfidential).ToListAsync();
        var chosen = candidates[Random.Shared.Next(candidates.Count)];
        return (chosen.Id, chosen.SentLetters[0].Id);
    }

    private async Task AddHistoryAsync(Guid organisationId, int count)
    {
        using var db = factory.CreateDbContext(organisationId, out var scope);
        using var _ = scope;
        var admin = Actor.Staff("admin-test", "Bea Beheerder");
        for (var i = 0; i < count; i++)
        {
            db.ConfigurationChanges.Add(new ConfigurationChange(Guid.NewGuid(), organisationId, DateTimeOffset.UtcNow.AddSeconds(i), admin, "Organisatie", "Telefoon", $"06-{i}", $"06-{i + 1}"));
        }

        await db.SaveChangesAsync();
    }

    private async Task SqlAsync(string sql)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
#pragma warning disable EF1002 // The ids in the test's SQL are Guids the test made, not input.
        Assert.True(await db.Database.ExecuteSqlRawAsync(sql) > 0, sql);
#pragma warning restore EF1002
    }

    /// <summary>A Guid as each database stores it: SQLite as upper-case text, PostgreSQL as uuid (accepts text).</summary>
    private static string Key(Guid id) => id.ToString().ToUpperInvariant();

    private static string EventId(Complaint complaint, int sequence) => Key(complaint.Timeline.Single(e => e.Sequence == sequence).Id);

    private async Task<(int Exit, string Output)> VerifyChainsAsync()
    {
        using var output = new StringWriter();
        var exit = await VerifyChainsCommand.RunAsync(factory.Services, output);
        return (exit, output.ToString());
    }

    private static DemoAccount Demo(string role) => DemoSeeder.Accounts.Single(a => a.Role == role);
}

public sealed class TrustOnSqlite(SqliteFactory factory) : TrustTests<SqliteFactory>(factory);

public sealed class TrustOnPostgres(PostgresFactory factory) : TrustTests<PostgresFactory>(factory);
