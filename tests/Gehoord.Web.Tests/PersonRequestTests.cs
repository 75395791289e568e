using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Gehoord.Domain.Access;
using Gehoord.Domain.Privacy;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>
/// A person's request to see their data (AVG art. 15, issue "Trust" part 7): found by e-mail,
/// phone or name however they are written, exported as one archive that holds what the case
/// files hold, each export in the access log, and the lookup on its indexes.
/// </summary>
public abstract class PersonRequestTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static DemoAccount PrivacyOfficer => DemoSeeder.Accounts.First(a => a.Role == StaffRoles.PrivacyOfficer);

    [Fact]
    public async Task The_person_is_found_by_email_phone_or_name_written_another_way()
    {
        var (email, complaintId) = await FileAsync();
        using var officer = await factory.SignedInAsync(PrivacyOfficer);

        foreach (var query in new[]
        {
            $"Question.Email={Uri.EscapeDataString(email.ToUpperInvariant())}",
            $"Question.Phone={Uri.EscapeDataString("+31 6 1234 " + Phone[^4..])}",
            $"Question.Name={Uri.EscapeDataString("  " + Name.ToUpperInvariant().Replace(" ", "   ", StringComparison.Ordinal))}",
        })
        {
            var (response, page) = await officer.GetAsync("/Staff/Toezicht/Verzoek?" + query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var rows = page.QuerySelectorAll("#gevonden tbody tr");
            var reference = (await factory.StoredComplaintAsync(complaintId)).Reference.ToString();
            Assert.Contains(rows, r => r.TextContent.Contains(reference, StringComparison.Ordinal) && r.TextContent.Contains("klager", StringComparison.Ordinal));
        }

        var (_, nobody) = await officer.GetAsync("/Staff/Toezicht/Verzoek?Question.Email=niemand-" + Guid.NewGuid().ToString("N") + "%40example.org");
        Assert.Equal("Geen klachten gevonden", nobody.QuerySelector("#gevonden-kop")!.TextContent);
    }

    [Fact]
    public async Task The_archive_holds_what_the_case_file_holds_and_each_export_is_in_the_access_log()
    {
        var (email, complaintId) = await FileAsync();
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var stored = await factory.StoredComplaintAsync(complaintId);
        using var officer = await factory.SignedInAsync(PrivacyOfficer);

        var (found, page) = await officer.GetAsync("/Staff/Toezicht/Verzoek?Question.Email=" + Uri.EscapeDataString(email));
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var (response, _) = await officer.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#verzoek-export")!, "/Staff/Toezicht/Verzoek", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);

        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var overview = Read(zip, "overzicht.html");
        Assert.Contains("Uw gegevens bij Gemeente Voorbeeld", overview, StringComparison.Ordinal);
        Assert.Contains(stored.Reference.ToString(), overview, StringComparison.Ordinal);
        Assert.Contains(Story, overview, StringComparison.Ordinal);
        Assert.Contains("AVG artikel 16 en 17", overview, StringComparison.Ordinal);

        using var data = JsonDocument.Parse(Read(zip, "gegevens.json"));
        var exported = Assert.Single(data.RootElement.EnumerateArray());
        Assert.Equal(email, exported.GetProperty("klager").GetProperty("email").GetString());
        Assert.Equal(Phone, exported.GetProperty("klager").GetProperty("telefoon").GetString());
        Assert.Equal(stored.Timeline.Count, exported.GetProperty("tijdlijn").GetArrayLength());

        var letter = Assert.Single(zip.Entries, e => e.FullName.StartsWith("brieven/" + stored.Reference, StringComparison.Ordinal));
        Assert.Contains(Assert.Single(stored.SentLetters).Subject, Read(zip, letter.FullName), StringComparison.Ordinal);
        var attachment = Assert.Single(zip.Entries, e => e.FullName.StartsWith("bijlagen/" + stored.Reference, StringComparison.Ordinal) && e.FullName.EndsWith("-foto.png", StringComparison.Ordinal));
        using (var bytes = new MemoryStream())
        {
            await (await attachment.OpenAsync()).CopyToAsync(bytes);
            Assert.Equal(TestFiles.Png, bytes.ToArray());
        }

        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var officerId = await factory.UserIdAsync(PrivacyOfficer.Email);
        Assert.Equal(1, await db.AccessLog.CountAsync(e => e.ComplaintId == complaintId && e.Item == AccessItem.Export && e.ActorId == officerId));
    }

    [Fact]
    public async Task Without_anything_to_look_for_it_says_what_to_fill_in_and_a_handler_may_not_ask()
    {
        using var officer = await factory.SignedInAsync(PrivacyOfficer);
        var (_, page) = await officer.GetAsync("/Staff/Toezicht/Verzoek?Question.Phone=123&Question.Name=");
        Assert.Contains("Vul een e-mailadres, een telefoonnummer", page.QuerySelector("#verzoek-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("123", page.QuerySelector("#Question_Phone")!.GetAttribute("value"));

        var (_, toezicht) = await officer.GetAsync("/Staff/Toezicht");
        Assert.Equal("/Staff/Toezicht/Verzoek", toezicht.QuerySelector("#naar-verzoek")!.GetAttribute("href"));

        using var handler = await factory.SignedInAsync(DemoSeeder.Accounts.First(a => a.Role == StaffRoles.Handler));
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync("/Staff/Toezicht/Verzoek?Question.Email=a%40b.nl")).Response.StatusCode);
    }

    [Fact]
    public async Task Erasure_on_request_is_refused_while_the_law_keeps_the_file_and_the_refusal_is_recorded()
    {
        var (email, complaintId) = await FileAsync();
        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            await db.Complaints.Where(c => c.Id == complaintId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, Gehoord.Domain.Complaints.ComplaintStatus.Closed).SetProperty(c => c.ClosedAt, DateTimeOffset.UtcNow.AddDays(-3)));
        }

        using var coordinator = await factory.SignedInAsync(DemoSeeder.Accounts.First(a => a.Role == StaffRoles.Coordinator));
        var (_, seen) = await coordinator.GetAsync("/Staff/Toezicht/Verzoek?Question.Email=" + Uri.EscapeDataString(email));
        Assert.Null(seen.QuerySelector("#verzoek-wissen")); // the privacy officer decides

        using var officer = await factory.SignedInAsync(PrivacyOfficer);
        var (_, page) = await officer.GetAsync("/Staff/Toezicht/Verzoek?Question.Email=" + Uri.EscapeDataString(email));
        var (response, answer) = await officer.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#verzoek-wissen")!, "/Staff/Toezicht/Verzoek", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De wet verplicht ons het dossier te bewaren tot", answer.QuerySelector("#gewist")!.TextContent, StringComparison.Ordinal);

        var stored = await factory.StoredComplaintAsync(complaintId);
        Assert.False(stored.IsAnonymised);
        Assert.Equal(email, stored.Complainant.Email);
        var refused = stored.Timeline.OrderBy(e => e.Sequence).Last();
        Assert.Equal(Gehoord.Domain.Complaints.TimelineEventKind.ErasureRefused, refused.Kind);
        Assert.Contains("17 lid 3", refused.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_under_its_own_rules_erases_a_closed_file_on_request()
    {
        var organisation = await factory.NewOrganisationAsync(namePrefix: "Woonstichting Eigen");
        using (var db = factory.CreateDbContext(organisation.Id, out var scope))
        using (scope)
        {
            var stored = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            stored.ChangeProfile(Gehoord.Domain.Jurisdictions.JurisdictionProfileCode.Custom);
            await db.SaveChangesAsync();
        }

        var officerAccount = await factory.NewStaffAsync("Wies Privacy", organisation.Id, StaffRoles.PrivacyOfficer);
        var email = $"huurder.{Guid.NewGuid():N}@example.org";
        using (var citizen = new Browser(factory))
        {
            var (filed, _) = await citizen.SubmitWithFilesAsync($"/{organisation.Slug}/klacht", [new("Input.Story", "De lift doet het al weken niet."), new("Input.Contact", "Email"), new("Input.Name", "Henk Huurder"), new("Input.Email", email)], []);
            Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        }

        Guid id;
        using (var db = factory.CreateDbContext(organisation.Id, out var scope))
        using (scope)
        {
            id = await db.Complaints.Where(c => c.Complainant.Email == email).Select(c => c.Id).SingleAsync();
            await db.Complaints.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, Gehoord.Domain.Complaints.ComplaintStatus.Closed).SetProperty(c => c.ClosedAt, DateTimeOffset.UtcNow.AddDays(-1)));
        }

        using var officer = await factory.SignedInAsync(officerAccount);
        var (_, page) = await officer.GetAsync("/Staff/Toezicht/Verzoek?Question.Email=" + Uri.EscapeDataString(email));
        var (_, answer) = await officer.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#verzoek-wissen")!, "/Staff/Toezicht/Verzoek", new Dictionary<string, string>());
        Assert.Contains("Gewist", answer.QuerySelector("#gewist")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Geen klachten gevonden", answer.QuerySelector("#gevonden-kop")!.TextContent);

        var erased = await factory.StoredComplaintAsync(id, organisation.Id);
        Assert.True(erased.IsAnonymised);
        Assert.True(erased.Complainant.IsAnonymous);
        Assert.Equal("De lift doet het al weken niet.", erased.Description);
    }

    [Fact]
    public async Task Each_lookup_reads_its_index()
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var complaints = db.Complaints.AsNoTracking();
        var phone = PersonLookup.PhoneForms("0612345678")[0];
#pragma warning disable CA1862 // the query as PersonRequestQuery writes it
        var lookups = new (IQueryable<Guid> Query, string Index)[]
        {
            (complaints.Where(c => c.Complainant.Email!.ToLower() == "a@b.nl").Select(c => c.Id), "IX_Complaints_Lookup_ComplainantEmail"),
            (complaints.Where(c => c.Complainant.Name!.ToLower() == "eva visser").Select(c => c.Id), "IX_Complaints_Lookup_ComplainantName"),
            (complaints.Where(c => c.Complainant.Phone!.Replace(" ", "").Replace("-", "").Replace(".", "").Replace("(", "").Replace(")", "").Replace("/", "") == phone).Select(c => c.Id), "IX_Complaints_Lookup_ComplainantPhone"),
        };
#pragma warning restore CA1862
        foreach (var (query, index) in lookups)
        {
            var plan = await PlanAsync(db, query);
            Assert.True(plan.Contains(index, StringComparison.Ordinal), plan);
        }
    }

    private const string Story = "De gemeente heeft mijn bezwaar over de parkeervergunning kwijtgeraakt.";
    private const string Name = "Eva Visser";
    private static readonly string Phone = "06-1234 " + Random.Shared.Next(1000, 9999);

    private async Task<(string Email, Guid ComplaintId)> FileAsync()
    {
        using var citizen = new Browser(factory);
        var email = $"Eva.Visser.{Guid.NewGuid():N}@Example.org";
        var (filed, _) = await citizen.SubmitWithFilesAsync("/klacht", [
            new("Input.Story", Story),
            new("Input.Contact", "Email"),
            new("Input.Name", Name),
            new("Input.Email", email),
            new("Input.Phone", Phone),
        ], [("Attachments", "foto.png", "image/png", TestFiles.Png)]);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return (email, await db.OutboxMessages.Where(m => m.To == email).Select(m => m.ComplaintId!.Value).SingleAsync());
    }

    /// <summary>The plan of the command EF sends, with PostgreSQL told to avoid a full scan if any index serves (the test table is small).</summary>
    private static async Task<string> PlanAsync(GehoordDbContext db, IQueryable<Guid> query)
    {
        await db.Database.OpenConnectionAsync();
        var postgres = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        }

        await using var command = query.CreateDbCommand();
        command.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            // SQLite: id, parent, notused, detail; PostgreSQL: one line of the plan.
            plan.Add(reader.GetString(postgres ? 0 : 3));
        }

        return string.Join('\n', plan) + "\n" + command.CommandText;
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}

public sealed class PersonRequestOnSqlite(SqliteFactory factory) : PersonRequestTests<SqliteFactory>(factory);

public sealed class PersonRequestOnPostgres(PostgresFactory factory) : PersonRequestTests<PostgresFactory>(factory);
