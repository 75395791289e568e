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
        }, MakeForm);

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
        }, MakeForm);

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
        }, MakeForm);

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
    public async Task A_coordinator_ends_an_arrangement_and_it_no_longer_shows_on_the_case_page()
    {
        var email = NewEmail();
        var complaint = await RegisterAsync(email, WithArrangement(ConductRules.WrittenContactOnly));
        using var browser = await factory.SignedInAsync(Coordinator);
        var url = $"/Staff/Klachten/{complaint.Id}/gedragslijn";

        var (response, _) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["End.Reason"] = "Meneer houdt zich al maanden aan de afspraken.",
            ["End.EndsOn"] = HandlingDate(Clock.Today),
        }, EndForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await browser.GetAsync(url);
        Assert.Contains($"Beëindigd per {Gehoord.Web.Features.Cases.CaseTexts.Date(Clock.Today)}", page.QuerySelector("section[aria-labelledby=geldend]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Meneer houdt zich al maanden aan de afspraken.", page.QuerySelector("section[aria-labelledby=geldend]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(EndForm));
        var (_, details) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}");
        Assert.DoesNotContain(Behaviour, details.Body!.TextContent, StringComparison.Ordinal);

        var stored = await factory.StoredComplaintAsync(complaint.Id);
        var ended = stored.Timeline.MaxBy(e => e.Sequence)!;
        Assert.Equal(TimelineEventKind.ConductArrangementEnded, ended.Kind);
        Assert.Equal(Coordinator.DisplayName, ended.ActorName);
        var arrangement = await ArrangementAsync(complaint.Id);
        Assert.Equal(Clock.Today, arrangement.EndedOn);
        Assert.Equal(ConductRules.None, ConductArrangement.RulesInForce([arrangement], Clock.Today));
    }

    [Fact]
    public async Task A_coordinator_revises_the_rules_and_the_earlier_ones_stay_in_the_timeline()
    {
        var complaint = await RegisterAsync(NewEmail(), WithArrangement(ConductRules.WrittenContactOnly));
        using var browser = await factory.SignedInAsync(Coordinator);
        var url = $"/Staff/Klachten/{complaint.Id}/gedragslijn";
        var (_, form) = await browser.GetAsync(url);
        Assert.True(form.QuerySelector("#Revise_Rules_WrittenContactOnly")!.HasAttribute("checked"));

        var (response, _) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Revise.Rules"] = nameof(ConductRules.OneContactPerson),
            ["Revise.ContactPerson"] = "Bram Behandelaar",
            ["Revise.Reason"] = "Meneer wil weer bellen; dat mag met één vaste contactpersoon.",
        }, ReviseForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var arrangement = await ArrangementAsync(complaint.Id);
        Assert.Equal(ConductRules.OneContactPerson, arrangement.Rules);
        Assert.Equal("Bram Behandelaar", arrangement.ContactPerson);
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        var revised = stored.Timeline.MaxBy(e => e.Sequence)!;
        Assert.Equal(TimelineEventKind.ConductArrangementRevised, revised.Kind);
        Assert.Contains("Eerst: Alleen schriftelijk contact.", revised.What, StringComparison.Ordinal);
        Assert.Equal(2, stored.LetterTasks.Count(t => t.Kind == LetterKind.ConductArrangement && !t.IsDone));
        var (_, page) = await browser.GetAsync(url);
        Assert.Contains("Eén vaste contactpersoon: Bram Behandelaar", page.QuerySelector("section[aria-labelledby=geldend]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_moves_the_review_date_and_a_refused_one_keeps_what_was_typed()
    {
        var complaint = await RegisterAsync(NewEmail(), WithArrangement(ConductRules.WrittenContactOnly));
        using var browser = await factory.SignedInAsync(Coordinator);
        var url = $"/Staff/Klachten/{complaint.Id}/gedragslijn";
        const string outcome = "Het contact gaat beter; de afspraken blijven nog een half jaar.";

        // The page is one form (ADR 17): what was typed for the other decisions comes back too.
        var (refused, page) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Review.Outcome"] = outcome,
            ["Review.NextReviewOn"] = HandlingDate(Clock.Today.AddMonths(13)),
            ["End.Reason"] = "Misschien stoppen we na de zomer.",
            ["End.EndsOn"] = "na de zomer",
            ["Input.Behaviour"] = "Een nieuw voorval op 3 maart.",
        }, ReviewForm);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("binnen een jaar", page.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(outcome, page.QuerySelector("#Review_Outcome")!.TextContent);
        Assert.Equal("Misschien stoppen we na de zomer.", page.QuerySelector("#End_Reason")!.TextContent);
        Assert.Equal("Een nieuw voorval op 3 maart.", page.QuerySelector("#Input_Behaviour")!.TextContent);
        // Only the review is checked: the end date that is no date and the empty start date of a
        // new arrangement would each be refused in their own step.
        Assert.Equal("na de zomer", Value(page, "#End_EndsOn"));
        Assert.Null(page.QuerySelector("#End_EndsOn-error, #Input_StartsOn-error, #Input_ReviewOn-error"));
        Assert.Equal(HandlingDate(Clock.Today.AddMonths(13)), Value(page, "#Review_NextReviewOn"));
        Assert.Null((await ArrangementAsync(complaint.Id)).ReviewedOn);

        var (response, _) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Review.Outcome"] = outcome,
            ["Review.NextReviewOn"] = HandlingDate(Clock.Today.AddMonths(6)),
        }, ReviewForm);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var arrangement = await ArrangementAsync(complaint.Id);
        Assert.Equal(Clock.Today.AddMonths(6), arrangement.ReviewOn);
        Assert.Equal(Clock.Today, arrangement.ReviewedOn);
        Assert.Equal(outcome, arrangement.ReviewOutcome);
        var reviewed = (await factory.StoredComplaintAsync(complaint.Id)).Timeline.MaxBy(e => e.Sequence)!;
        Assert.Equal(TimelineEventKind.ConductArrangementReviewed, reviewed.Kind);
        Assert.Equal(outcome, reviewed.Why);
    }

    [Fact]
    public async Task A_tampered_arrangement_or_date_gets_a_Dutch_message()
    {
        var complaint = await RegisterAsync(NewEmail(), WithArrangement(ConductRules.WrittenContactOnly));
        using var browser = await factory.SignedInAsync(Coordinator);
        var url = $"/Staff/Klachten/{complaint.Id}/gedragslijn";

        var (unknown, page) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["End.ArrangementId"] = Guid.NewGuid().ToString(),
            ["End.Reason"] = "Niet meer nodig.",
            ["End.EndsOn"] = HandlingDate(Clock.Today),
        }, EndForm);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("bestaat niet", page.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Niet meer nodig.", page.QuerySelector("#End_Reason")!.TextContent);

        var (bad, badPage) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["End.ArrangementId"] = "geen-id",
            ["End.Reason"] = "Niet meer nodig.",
            ["End.EndsOn"] = "31-02-2026",
        }, EndForm);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Vul de einddatum in", badPage.QuerySelector("#End_EndsOn-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kies een gedragslijn op de pagina", badPage.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await ArrangementAsync(complaint.Id)).EndedOn);
    }

    [Fact]
    public async Task A_handler_may_not_end_an_arrangement()
    {
        var complaint = await RegisterAsync(NewEmail(), WithArrangement(ConductRules.WrittenContactOnly));
        var arrangement = await ArrangementAsync(complaint.Id);
        using var browser = await factory.SignedInAsync(Handler);
        var url = $"/Staff/Klachten/{complaint.Id}/gedragslijn";
        var (_, page) = await browser.GetAsync(url);
        Assert.Null(page.QuerySelector(EndForm));

        var (_, other) = await browser.GetAsync("/Staff/Registreren");
        var form = (IHtmlFormElement)other.QuerySelector("main form")!;
        form.SetAttribute("action", url + "?handler=End");
        var (post, _) = await browser.SubmitAsync(form, url, new Dictionary<string, string>
        {
            ["End.ArrangementId"] = arrangement.Id.ToString(),
            ["End.Reason"] = "Ik vind het niet meer nodig.",
            ["End.EndsOn"] = HandlingDate(Clock.Today),
        });

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null((await ArrangementAsync(complaint.Id)).EndedOn);
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
        // Other tests register complaints of their own "klager-" addresses, without a handler.
        var demo = complaints.Where(c => c.Complainant.Email?.StartsWith("klager-", StringComparison.Ordinal) != true).ToList();
        Assert.True(demo.Count(c => c.HandlerId == handler.Id) > demo.Count / 2);
    }

    // The decisions are parts of one form (ADR 17); each part holds its own button.
    private const string MakeForm = "#gedragslijn-vastleggen";
    private const string EndForm = "[aria-labelledby=beeindigen]";
    private const string ReviseForm = "[aria-labelledby=herzien]";
    private const string ReviewForm = "[aria-labelledby=evalueren]";

    private static string HandlingDate(DateOnly date) => Gehoord.Web.Features.Handling.HandlingInput.Date(date);

    private Action<Complaint, GehoordDbContext> WithArrangement(ConductRules rules) => (complaint, db) => db.ConductArrangements.Add(ConductArrangement.Make(
        Guid.NewGuid(), complaint, Behaviour, rules, null, null, Clock.Today.AddDays(-10), Clock.Today.AddMonths(3), Employee, Clock.Now));

    private async Task<ConductArrangement> ArrangementAsync(Guid sourceComplaintId)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return await db.ConductArrangements.AsNoTracking().SingleAsync(a => a.SourceComplaintId == sourceComplaintId);
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
