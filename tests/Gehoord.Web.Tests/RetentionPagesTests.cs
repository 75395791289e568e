using System.Net;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>
/// The retention term in the organisation's settings, a legal hold on a file, and the list of
/// files past their term (issue "Trust" part 6, ADR 24).
/// </summary>
public abstract class RetentionPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static DemoAccount Coordinator => DemoSeeder.Accounts.First(a => a.Role == StaffRoles.Coordinator);

    [Fact]
    public async Task The_administrator_sets_the_term_and_a_wrong_one_comes_back_with_what_was_typed()
    {
        using var admin = await factory.SignedInAsync(DemoSeeder.Accounts.First(a => a.Role == StaffRoles.Administrator));
        var (_, page) = await admin.GetAsync("/Staff/Beheer/Organisatie");
        Assert.Equal("5", page.QuerySelector("#Input_RetentionYears")!.GetAttribute("value"));

        var (wrong, wrongPage) = await admin.SubmitLikeBrowserAsync(page, "/Staff/Beheer/Organisatie", "#organisatie-form", "button.utrecht-button--primary-action", new Dictionary<string, string> { ["Input.RetentionYears"] = "vijf" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("als een aantal jaren", wrongPage.QuerySelector("#Input_RetentionYears-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("vijf", wrongPage.QuerySelector("#Input_RetentionYears")!.GetAttribute("value"));

        var (tooLong, tooLongPage) = await admin.SubmitLikeBrowserAsync(page, "/Staff/Beheer/Organisatie", "#organisatie-form", "button.utrecht-button--primary-action", new Dictionary<string, string> { ["Input.RetentionYears"] = "25" });
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("1 tot en met 10 jaar", tooLongPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var (saved, _) = await admin.SubmitLikeBrowserAsync(page, "/Staff/Beheer/Organisatie", "#organisatie-form", "button.utrecht-button--primary-action", new Dictionary<string, string> { ["Input.RetentionYears"] = "5" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        Assert.Equal(5, await db.Organisations.Where(o => o.Id == DemoSeeder.OrganisationId).Select(o => o.RetentionYears).SingleAsync());
    }

    [Fact]
    public async Task A_file_past_its_term_is_listed_until_a_coordinator_holds_it_for_a_procedure()
    {
        var id = await ClosedYearsAgoAsync(6);
        using var coordinator = await factory.SignedInAsync(Coordinator);
        var (_, list) = await coordinator.GetAsync("/Staff/Toezicht/Bewaartermijn");
        Assert.Contains(list.QuerySelectorAll("#over-termijn a"), a => a.GetAttribute("href") == $"/Staff/Klachten/{id}");

        // The case page leads to the hold; a hold without a reason is refused and says so.
        var (_, casePage) = await coordinator.GetAsync($"/Staff/Klachten/{id}");
        Assert.Equal($"/Staff/Klachten/{id}/bewaren", casePage.QuerySelector("#naar-bewaren")!.GetAttribute("href"));
        var (_, holdPage) = await coordinator.GetAsync($"/Staff/Klachten/{id}/bewaren");
        Assert.Contains("mogen de persoonsgegevens uit dit dossier weg", holdPage.QuerySelector("#bewaartermijn")!.TextContent, StringComparison.Ordinal);
        var (empty, emptyPage) = await coordinator.SubmitAsync($"/Staff/Klachten/{id}/bewaren", new Dictionary<string, string> { ["Hold.Reason"] = " " }, "#bewaren-form");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.NotNull(emptyPage.QuerySelector("#Hold_Reason-error"));

        var (held, heldPage) = await coordinator.SubmitAsync($"/Staff/Klachten/{id}/bewaren", new Dictionary<string, string> { ["Hold.Reason"] = "Onderzoek Nationale ombudsman 2026/0456" }, "#bewaren-form");
        Assert.True(held.StatusCode == HttpStatusCode.Redirect, heldPage.QuerySelector("main")?.TextContent);
        var stored = await factory.StoredComplaintAsync(id);
        Assert.Equal("Onderzoek Nationale ombudsman 2026/0456", stored.LegalHoldReason);
        Assert.Equal(TimelineEventKind.LegalHoldPlaced, stored.Timeline.OrderBy(e => e.Sequence).Last().Kind);

        var (_, after) = await coordinator.GetAsync("/Staff/Toezicht/Bewaartermijn");
        Assert.DoesNotContain(after.QuerySelectorAll("#over-termijn a"), a => a.GetAttribute("href") == $"/Staff/Klachten/{id}");
        Assert.Contains("2026/0456", after.QuerySelector("#bewaard")!.TextContent, StringComparison.Ordinal);

        // Lifted, the term applies again at once.
        var (lifted, _) = await coordinator.SubmitAsync($"/Staff/Klachten/{id}/bewaren", new Dictionary<string, string> { ["Hold.Reason"] = "Het onderzoek is afgerond." }, "#bewaren-opheffen");
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        var (_, again) = await coordinator.GetAsync("/Staff/Toezicht/Bewaartermijn");
        Assert.Contains(again.QuerySelectorAll("#over-termijn a"), a => a.GetAttribute("href") == $"/Staff/Klachten/{id}");
    }

    [Fact]
    public async Task A_file_within_its_term_is_not_listed_and_only_a_coordinator_holds_files()
    {
        var recent = await ClosedYearsAgoAsync(4);
        using var officer = await factory.SignedInAsync(DemoSeeder.Accounts.First(a => a.Role == StaffRoles.PrivacyOfficer));
        var (response, list) = await officer.GetAsync("/Staff/Toezicht/Bewaartermijn");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("5 jaar", list.QuerySelector("#termijn")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(list.QuerySelectorAll("#over-termijn a"), a => a.GetAttribute("href") == $"/Staff/Klachten/{recent}");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/Staff/Klachten/{recent}/bewaren")).Response.StatusCode);

        using var handler = await factory.SignedInAsync(DemoSeeder.Accounts.First(a => a.Role == StaffRoles.Handler));
        Assert.Equal(HttpStatusCode.Forbidden, (await handler.GetAsync("/Staff/Toezicht/Bewaartermijn")).Response.StatusCode);
    }

    [Fact]
    public async Task A_file_past_its_term_goes_through_dry_run_and_approval_to_anonymous_and_the_years_figures_stay()
    {
        var surname = "Zwartjes" + Guid.NewGuid().ToString("N")[..6];
        var name = "Anne-Fleur " + surname;
        var email = $"af.{surname.ToLowerInvariant()}@example.org";
        var story = $"Ik, {name}, woon aan de Dorpsstraat 12 in 1234 AB Voorbeeld en ben bereikbaar op 06-98765432. De stoep is kapot.";
        using (var citizen = new Browser(factory))
        {
            var (filed, _) = await citizen.SubmitWithFilesAsync("/klacht", [new("Input.Story", story), new("Input.Contact", "Email"), new("Input.Name", name), new("Input.Email", email), new("Input.Phone", "06-98765432")], [("Attachments", "foto.png", "image/png", TestFiles.Png)]);
            Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        }

        await factory.Services.GetRequiredService<Gehoord.Web.Features.Mail.OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        Guid id;
        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            id = await db.Complaints.Where(c => c.Description == story).Select(c => c.Id).SingleAsync();
            await db.Complaints.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ComplaintStatus.Closed).SetProperty(c => c.ClosedAt, DateTimeOffset.UtcNow.AddYears(-6)));
        }

        var figuresBefore = await YearFiguresAsync();
        using var coordinator = await factory.SignedInAsync(Coordinator);
        var (_, foundBefore) = await coordinator.GetAsync($"/Staff/Inbox?status=Closed&zoek={surname}");
        Assert.Contains(foundBefore.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Staff/Klachten/{id}");

        // A coordinator sees the dry run; only the privacy officer approves.
        var (_, coordinatorRun) = await coordinator.SubmitAsync("/Staff/Toezicht/Bewaartermijn", new Dictionary<string, string>(), "#proefdraai-form");
        Assert.NotNull(coordinatorRun.QuerySelector("#alleen-privacy"));
        Assert.Null(coordinatorRun.QuerySelector("#goedkeuren-form"));
        using var officer = await factory.SignedInAsync(DemoSeeder.Accounts.First(a => a.Role == StaffRoles.PrivacyOfficer));

        // The list proposes itself on the privacy officer's start page.
        var (_, start) = await officer.GetAsync("/Staff");
        Assert.Contains("over hun bewaartermijn en wachten op uw goedkeuring", start.QuerySelector("#bewaartermijn-start")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Staff/Toezicht/Bewaartermijn", start.QuerySelector("#bewaartermijn-start a")!.GetAttribute("href"));
        var (_, dryRun) = await officer.SubmitAsync("/Staff/Toezicht/Bewaartermijn", new Dictionary<string, string>(), "#proefdraai-form");
        var reference = (await factory.StoredComplaintAsync(id)).Reference.ToString();
        Assert.Contains(dryRun.QuerySelectorAll("#proefdraai li"), li => li.TextContent.StartsWith(reference + ": ", StringComparison.Ordinal) && li.TextContent.Contains("1 brief, 1 bijlage", StringComparison.Ordinal));
        Assert.Equal(story, (await factory.StoredComplaintAsync(id)).Description); // a dry run changes nothing

        var (approved, _) = await officer.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)dryRun.QuerySelector("#goedkeuren-form")!, "/Staff/Toezicht/Bewaartermijn", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var anonymous = await factory.StoredComplaintAsync(id);
        Assert.True(anonymous.IsAnonymised);
        Assert.True(anonymous.Complainant.IsAnonymous);
        Assert.DoesNotContain(surname, anonymous.Description, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("98765432", anonymous.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("Dorpsstraat", anonymous.Description, StringComparison.Ordinal);
        Assert.Contains("De stoep is kapot.", anonymous.Description, StringComparison.Ordinal);
        Assert.All(anonymous.SentLetters, l => Assert.Equal(Gehoord.Web.Features.Audit.Anonymiser.DestroyedLetter, l.Body));
        Assert.All(anonymous.Timeline, e => Assert.DoesNotContain(surname, e.What + e.Why, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(TimelineEventKind.Anonymised, anonymous.Timeline.OrderBy(e => e.Sequence).Last().Kind);
        Assert.Null(anonymous.VerifyTimeline());
        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            var attachmentIds = anonymous.Attachments.Select(a => a.Id).ToList();
            Assert.Equal(0, await db.AttachmentContents.CountAsync(a => attachmentIds.Contains(a.Id)));
            Assert.Equal(0, await db.OutboxMessages.CountAsync(m => m.ComplaintId == id));
            Assert.Equal(1, await db.DestructionRecords.CountAsync(r => r.ComplaintId == id));
        }

        // The year's figures are as they were, and the person is not found any more.
        Assert.Equal(figuresBefore, await YearFiguresAsync());
        foreach (var query in new[] { $"/Staff/Inbox?status=Closed&zoek={surname}", $"/Staff/Inbox?zoek={surname}" })
        {
            var (_, after) = await coordinator.GetAsync(query);
            Assert.DoesNotContain(after.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/Staff/Klachten/{id}");
        }

        var (_, request) = await officer.GetAsync("/Staff/Toezicht/Verzoek?Question.Email=" + Uri.EscapeDataString(email));
        Assert.Equal("Geen klachten gevonden", request.QuerySelector("#gevonden-kop")!.TextContent);

        // The statement of destruction names the file and the ground, not the person.
        var statement = await officer.Http.GetStringAsync(new Uri("/Staff/Toezicht/Bewaartermijn?handler=Statement", UriKind.Relative));
        Assert.Contains(reference, statement, StringComparison.Ordinal);
        Assert.Contains("Selectielijst gemeenten", statement, StringComparison.Ordinal);
        Assert.DoesNotContain(surname, statement, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The figures a year report counts: complaints received per year, and closed ones per year, by kind.</summary>
    private async Task<string> YearFiguresAsync()
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var rows = await db.Complaints.AsNoTracking()
            .GroupBy(c => new { c.ReceivedOn.Year, c.Kind, Closed = c.Status == ComplaintStatus.Closed })
            .Select(g => new { g.Key.Year, g.Key.Kind, g.Key.Closed, Count = g.Count() })
            .ToListAsync();
        return string.Join(";", rows.OrderBy(r => r.Year).ThenBy(r => r.Kind).ThenBy(r => r.Closed).Select(r => $"{r.Year}/{r.Kind}/{r.Closed}={r.Count}"));
    }

    /// <summary>A complaint from the public form, closed <paramref name="years"/> years and a day ago (set in the database: no handling path goes back in time).</summary>
    private async Task<Guid> ClosedYearsAgoAsync(int years)
    {
        using var citizen = new Browser(factory);
        var story = $"Het zwembad was dicht zonder bericht ({Guid.NewGuid():N}).";
        var (filed, _) = await citizen.SubmitWithFilesAsync("/klacht", [new("Input.Story", story)], []);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var id = await db.Complaints.Where(c => c.Description == story).Select(c => c.Id).SingleAsync();
        var closedAt = DateTimeOffset.UtcNow.AddYears(-years).AddDays(-1);
        await db.Complaints.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ComplaintStatus.Closed).SetProperty(c => c.ClosedAt, closedAt));
        return id;
    }
}

public sealed class RetentionPagesOnSqlite(SqliteFactory factory) : RetentionPagesTests<SqliteFactory>(factory);

public sealed class RetentionPagesOnPostgres(PostgresFactory factory) : RetentionPagesTests<PostgresFactory>(factory);
