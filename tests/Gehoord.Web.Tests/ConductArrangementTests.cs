using System.Net;
using AngleSharp.Html.Dom;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>Complex complaint behaviour: rules for contact that follow the complainant, never a closed door.</summary>
public abstract class ConductArrangementTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private const string Behaviour = "Meneer belde in twee weken veertig keer en schold medewerkers uit.";
    private static readonly DemoAccount Coordinator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator);
    private static readonly DemoAccount Handler = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler);
    private static readonly Actor Employee = Actor.Staff("employee-test", "Mila Medewerker");

    private Clock Clock => factory.Services.GetRequiredService<Clock>();

    [Fact]
    public async Task A_coordinator_makes_an_arrangement_that_shows_on_every_case_of_the_complainant()
    {
        var email = NewEmail();
        var first = await RegisterAsync(email);
        var second = await RegisterAsync(email.ToUpperInvariant());
        var unrelated = await RegisterAsync(NewEmail());
        using var browser = await factory.SignedInAsync(Coordinator);
        var url = $"/Staff/Klachten/{first.Id}/gedragslijn";
        var (_, form) = await browser.GetAsync(url);

        var (response, _) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Input.Behaviour"] = Behaviour,
            ["Input.Rules"] = nameof(ConductRules.OneContactPerson),
            ["Input.ContactPerson"] = "Bram Behandelaar",
            ["Input.StartsOn"] = Value(form, "#Input_StartsOn"),
            ["Input.ReviewOn"] = Value(form, "#Input_ReviewOn"),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (other, otherPage) = await browser.GetAsync($"/Staff/Klachten/{second.Id}/gedragslijn");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        var shown = otherPage.QuerySelector("section[aria-labelledby=geldend]")!.TextContent;
        Assert.Contains(Behaviour, shown, StringComparison.Ordinal);
        Assert.Contains("Eén vaste contactpersoon: Bram Behandelaar", shown, StringComparison.Ordinal);
        Assert.Contains($"/Staff/Klachten/{first.Id}", otherPage.QuerySelector("section[aria-labelledby=geldend] a")!.GetAttribute("href"), StringComparison.Ordinal);
        var (_, unrelatedPage) = await browser.GetAsync($"/Staff/Klachten/{unrelated.Id}/gedragslijn");
        Assert.DoesNotContain(Behaviour, unrelatedPage.Body!.TextContent, StringComparison.Ordinal);

        var stored = await factory.StoredComplaintAsync(first.Id);
        var letter = Assert.Single(stored.LetterTasks, t => t.Kind == LetterKind.ConductArrangement);
        Assert.False(letter.IsDone);
        Assert.Equal(TimelineEventKind.ConductArrangementAnnounced, stored.Timeline.MaxBy(e => e.Sequence)!.Kind);
        Assert.Equal(Coordinator.DisplayName, stored.Timeline.MaxBy(e => e.Sequence)!.ActorName);
    }

    [Fact]
    public async Task Without_the_behaviour_the_page_says_what_to_fix_and_keeps_the_input()
    {
        var complaint = await RegisterAsync(NewEmail());
        using var browser = await factory.SignedInAsync(Coordinator);
        var url = $"/Staff/Klachten/{complaint.Id}/gedragslijn";

        var (response, page) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Input.Behaviour"] = "  ",
            ["Input.Rules"] = nameof(ConductRules.Other),
            ["Input.OtherRules"] = "Alleen contact op dinsdag",
            ["Input.StartsOn"] = "01-02-2026",
            ["Input.ReviewOn"] = "01-05-2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Beschrijf concreet welk gedrag de aanleiding is", page.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("#Input_Rules_Other")!.HasAttribute("checked"));
        Assert.False(page.QuerySelector("#Input_Rules_WrittenContactOnly")!.HasAttribute("checked"));
        Assert.Equal("Alleen contact op dinsdag", page.QuerySelector("#Input_OtherRules")!.TextContent);
        Assert.Equal("01-05-2026", Value(page, "#Input_ReviewOn"));
        Assert.DoesNotContain((await factory.StoredComplaintAsync(complaint.Id)).LetterTasks, t => t.Kind == LetterKind.ConductArrangement);
    }

    [Fact]
    public async Task A_bad_date_is_named_in_Dutch()
    {
        var complaint = await RegisterAsync(NewEmail());
        using var browser = await factory.SignedInAsync(Coordinator);

        var (response, page) = await browser.SubmitAsync($"/Staff/Klachten/{complaint.Id}/gedragslijn", new Dictionary<string, string>
        {
            ["Input.Behaviour"] = Behaviour,
            ["Input.Rules"] = "<script>",
            ["Input.StartsOn"] = "31-02-2026",
            ["Input.ReviewOn"] = "morgen",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul de startdatum in", page.QuerySelector("#Input_StartsOn-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vul de datum van de evaluatie in", page.QuerySelector("#Input_ReviewOn-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kies de afspraken uit de lijst", page.QuerySelector("#Input_Rules")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("31-02-2026", Value(page, "#Input_StartsOn"));
    }

    [Fact]
    public async Task A_handler_may_read_but_not_make_an_arrangement()
    {
        var complaint = await RegisterAsync(NewEmail());
        using var browser = await factory.SignedInAsync(Handler);
        var url = $"/Staff/Klachten/{complaint.Id}/gedragslijn";

        var (get, page) = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Null(page.QuerySelector("main form"));

        // A token from a form the handler may use: antiforgery passes, so the refusal is the page's own.
        var (_, other) = await browser.GetAsync("/Staff/Registreren");
        var form = (IHtmlFormElement)other.QuerySelector("main form")!;
        form.SetAttribute("action", url + "?handler=Make");
        var (post, _) = await browser.SubmitAsync(form, url, new Dictionary<string, string>
        {
            ["Input.Behaviour"] = Behaviour,
            ["Input.Rules"] = nameof(ConductRules.WrittenContactOnly),
            ["Input.StartsOn"] = "01-02-2026",
            ["Input.ReviewOn"] = "01-05-2026",
        });

        // A refusal is a 403 with the "Geen toegang" page.
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        Assert.False(await db.ConductArrangements.AnyAsync(a => a.SourceComplaintId == complaint.Id));
    }

    [Fact]
    public async Task An_unknown_complaint_is_not_found()
    {
        using var browser = await factory.SignedInAsync(Coordinator);

        var (response, _) = await browser.GetAsync($"/Staff/Klachten/{Guid.NewGuid()}/gedragslijn");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_arrangement_never_blocks_a_new_complaint_through_the_public_form()
    {
        var email = NewEmail();
        await RegisterAsync(email, (complaint, db) => db.ConductArrangements.Add(ConductArrangement.Make(
            Guid.NewGuid(), complaint, Behaviour, ConductRules.WrittenContactOnly, null, null, Clock.Today, Clock.Today.AddMonths(3), Employee, Clock.Now)));
        using var browser = new Browser(factory);

        var (response, _) = await browser.SubmitWithFilesAsync("/klacht", [
            new("Input.Story", "Ik wacht nog steeds op antwoord over mijn parkeervergunning."),
            new("Input.Name", "T. Test"),
            new("Input.Email", email),
            new("Input.Contact", nameof(PreferredContact.Email)),
        ], []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/klacht/ontvangen", response.Headers.Location!.OriginalString);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var all = await db.Complaints.AsNoTracking().ToListAsync();
        var ofComplainant = all.Where(c => string.Equals(c.Complainant.Email, email, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(2, ofComplainant.Count);
        Assert.Contains(ofComplainant, c => c.Channel == Channel.WebForm && c.Kind == ComplaintKind.Complaint);
    }

    [Fact]
    public async Task The_demo_organisation_shows_every_stage_and_every_outcome()
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var complaints = await db.Complaints.AsNoTracking().ToListAsync();
        var statuses = complaints.Select(c => c.Status).ToHashSet();
        var outcomes = complaints.Select(c => c.Outcome).ToHashSet();

        Assert.All(Enum.GetValues<ComplaintStatus>().Where(s => s != ComplaintStatus.Reopened), s => Assert.Contains(s, statuses));
        Assert.All(Enum.GetValues<ComplaintOutcome>().Where(o => o != ComplaintOutcome.None), o => Assert.Contains(o, outcomes));

        // Other tests in this class add arrangements for their own "klager-" addresses.
        var arrangement = Assert.Single(await db.ConductArrangements.AsNoTracking().ToListAsync(), a => !a.ComplainantKey.StartsWith("e:klager-", StringComparison.Ordinal));
        Assert.Equal(2, complaints.Count(c => ConductArrangement.KeyFor(c.Complainant) == arrangement.ComplainantKey));
        var handler = await db.Users.SingleAsync(u => u.Email == Handler.Email);
        Assert.True(complaints.Count(c => c.HandlerId == handler.Id) > complaints.Count / 2);
    }

    private static string NewEmail() => $"klager-{Guid.NewGuid():N}@example.org";

    private static string Value(AngleSharp.Html.Dom.IHtmlDocument page, string selector) => page.QuerySelector(selector)!.GetAttribute("value")!;

    private async Task<Complaint> RegisterAsync(string email, Action<Complaint, GehoordDbContext>? then = null)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == DemoSeeder.OrganisationId);
        var complaint = await scope.ServiceProvider.GetRequiredService<ComplaintIntake>().RegisterAsync(
            organisation,
            new ComplaintRegistration(Channel.Email, ComplaintKind.Complaint, Clock.Today, "Ik krijg geen antwoord op mijn vragen.", new Complainant("T. Test", email)),
            [],
            [],
            Employee,
            "http://localhost",
            CancellationToken.None);
        if (then is not null)
        {
            then(complaint, db);
            await db.SaveChangesAsync();
        }

        return complaint;
    }

}

public sealed class ConductArrangementTestsOnSqlite(SqliteFactory factory) : ConductArrangementTests<SqliteFactory>(factory);

public sealed class ConductArrangementTestsOnPostgres(PostgresFactory factory) : ConductArrangementTests<PostgresFactory>(factory);
