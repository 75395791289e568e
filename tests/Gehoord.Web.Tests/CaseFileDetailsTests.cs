using System.Net;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Tests;

/// <summary>
/// Registration that cannot lose a complaint, and what staff add to a file afterwards: the
/// complainant's details, notes, an urgent marking; and the case page's "to do now".
/// </summary>
public abstract class CaseFileDetailsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly DemoAccount Employee = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Employee);
    private static readonly DemoAccount Coordinator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator);

    [Fact]
    public async Task A_letter_with_only_a_name_is_registered_as_a_complaint_and_the_employee_is_told_to_ask_for_the_address()
    {
        using var browser = await factory.SignedInAsync(Employee);
        var (response, _) = await RegisterLetterAsync(browser, new() { ["Input.Name"] = "H. Bakker" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var complaint = await FindByLocationAsync(response);
        Assert.Equal(ComplaintKind.Complaint, complaint.Kind);
        Assert.Contains(complaint.Deadlines, d => d.Kind == DeadlineKind.Handling);

        var (_, casePage) = await browser.GetAsync(response.Headers.Location!.OriginalString);
        var message = casePage.QuerySelector("[role=status]")!.TextContent;
        Assert.Contains($"Klacht {complaint.Reference} is geregistreerd. Vraag de klager nog om het postadres of e-mailadres", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_postal_address_of_a_letter_is_registered()
    {
        using var browser = await factory.SignedInAsync(Employee);
        var (response, _) = await RegisterLetterAsync(browser, new()
        {
            ["Input.Name"] = "H. Bakker",
            ["Input.Street"] = "Kerkstraat 12",
            ["Input.PostalCode"] = "1234 ab",
            ["Input.City"] = "Voorbeeld",
        });

        var complaint = await FindByLocationAsync(response);
        Assert.Equal(("Kerkstraat 12", "1234 AB", "Voorbeeld"), (complaint.Complainant.Street, complaint.Complainant.PostalCode, complaint.Complainant.City));
        Assert.Empty(complaint.DetailsToAsk);
    }

    [Fact]
    public async Task An_anonymous_letter_is_registered_as_a_signal_and_the_message_says_so()
    {
        using var browser = await factory.SignedInAsync(Employee);
        var (response, _) = await RegisterLetterAsync(browser, []);

        var complaint = await FindByLocationAsync(response);
        Assert.Equal(ComplaintKind.Signal, complaint.Kind);
        var (_, casePage) = await browser.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("niet als klacht", casePage.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_completes_the_details_adds_a_note_typed_exactly_and_marks_the_complaint_urgent()
    {
        using var employee = await factory.SignedInAsync(Employee);
        var (registered, _) = await RegisterLetterAsync(employee, new() { ["Input.Name"] = "H. Bakker" });
        var id = (await FindByLocationAsync(registered)).Id;
        using var browser = await factory.SignedInAsync(Coordinator);

        var (casePageResponse, casePage) = await browser.GetAsync($"/Staff/Klachten/{id}");
        Assert.Equal(HttpStatusCode.OK, casePageResponse.StatusCode);
        Assert.Contains("drie weken", casePage.QuerySelector("#ongenoegen mark")!.TextContent, StringComparison.Ordinal);
        var todo = casePage.QuerySelector("#nu-te-doen")!;
        var ask = todo.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == $"/Staff/Klachten/{id}/klager");
        Assert.Equal("Gegevens aanvullen", ask.TextContent);

        var (saved, _) = await browser.SubmitAsync($"/Staff/Klachten/{id}/klager", new Dictionary<string, string>
        {
            ["Details.Name"] = "H. Bakker",
            ["Details.Street"] = "Kerkstraat 12",
            ["Details.PostalCode"] = "1234AB",
            ["Details.City"] = "Voorbeeld",
        }, "#klager-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        const string note = "Gebeld om 17:05 — ‘mevrouw’ is pas na vijven bereikbaar <b>niet</b> eerder 🙂\nTweede regel.";
        var (noted, _) = await browser.SubmitAsync($"/Staff/Klachten/{id}/notitie", new Dictionary<string, string> { ["Note.Text"] = note }, "#notitie-form");
        Assert.Equal(HttpStatusCode.Redirect, noted.StatusCode);

        var (refused, refusedPage) = await browser.SubmitAsync($"/Staff/Klachten/{id}/spoed", new Dictionary<string, string> { ["Urgency.Reason"] = " " }, "#spoed-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Schrijf op waarom deze klacht spoed heeft.", refusedPage.QuerySelector(".gh-error-summary, [role=alert]")!.TextContent, StringComparison.Ordinal);
        var (urgent, _) = await browser.SubmitAsync($"/Staff/Klachten/{id}/spoed", new Dictionary<string, string> { ["Urgency.Reason"] = "Zit zonder verwarming." }, "#spoed-form");
        Assert.Equal(HttpStatusCode.Redirect, urgent.StatusCode);

        var complaint = await factory.StoredComplaintAsync(id);
        Assert.Equal("Kerkstraat 12", complaint.Complainant.Street);
        Assert.True(complaint.IsUrgent);
        Assert.Equal(note, complaint.Timeline.Single(e => e.Kind == TimelineEventKind.NoteAdded).What);
        Assert.Contains(complaint.Timeline, e => e.Kind == TimelineEventKind.ComplainantUpdated && e.What.EndsWith("postadres.", StringComparison.Ordinal));

        // The inbox marks it: found by its reference, the row says "Spoed" in words.
        var (_, inbox) = await browser.GetAsync($"/Staff/Inbox?zoek={complaint.Reference}");
        var row = inbox.QuerySelector($"tr[data-complaint='{id}']")!;
        Assert.Equal("Spoed", row.QuerySelector(".gh-urgent")!.TextContent);

        var (_, after) = await browser.GetAsync($"/Staff/Klachten/{id}");
        Assert.Contains("(spoed)", after.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Zit zonder verwarming.", after.QuerySelector("#spoed-reden")!.TextContent);
        Assert.DoesNotContain(after.QuerySelectorAll("#nu-te-doen a"), a => a.GetAttribute("href") == $"/Staff/Klachten/{id}/klager");
    }

    [Fact]
    public async Task An_overdue_complaint_says_at_the_top_that_its_terms_have_passed()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        Guid id;
        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            id = await db.Complaints.Where(c => c.Kind == ComplaintKind.Complaint && c.Status != ComplaintStatus.Closed && c.NextDueOn < today)
                .OrderBy(c => c.NextDueOn).Select(c => c.Id).FirstAsync();
        }

        using var browser = await factory.SignedInAsync(Coordinator);
        var (_, page) = await browser.GetAsync($"/Staff/Klachten/{id}");
        var items = page.QuerySelectorAll("#nu-te-doen li").Select(li => li.TextContent).ToList();
        Assert.Contains(items, i => i.Contains("Te laat:", StringComparison.Ordinal) && i.Contains("te laat)", StringComparison.Ordinal));

        // "Nu te doen" comes before the rule of thumb and the overview.
        var html = page.Body!.InnerHtml;
        Assert.True(html.IndexOf("id=\"nu-te-doen\"", StringComparison.Ordinal) < html.IndexOf("id=\"behandeling\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_manager_a_complaint_was_put_to_records_the_decision_and_the_handler_cannot()
    {
        var managerAccount = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Manager);
        var handlerAccount = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler);
        var manager = Gehoord.Domain.Actor.Staff(await factory.UserIdAsync(managerAccount.Email), managerAccount.DisplayName);
        var handler = Gehoord.Domain.Actor.Staff(await factory.UserIdAsync(handlerAccount.Email), handlerAccount.DisplayName);
        Guid id;
        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            var now = DateTimeOffset.UtcNow;
            var complaint = Complaint.Register(
                Guid.NewGuid(), DemoSeeder.OrganisationId, await Gehoord.Web.Persistence.ReferenceNumbers.NextAsync(db, DemoSeeder.OrganisationId, now.Year, CancellationToken.None),
                TrackingCode.New(),
                new ComplaintRegistration(Channel.Phone, ComplaintKind.Complaint, DateOnly.FromDateTime(now.UtcDateTime), "De vergoeding voor mijn kapotte fiets is te laag.", new Complainant("R. de Boer", Phone: "06 5555 1111")),
                Gehoord.Domain.Jurisdictions.JurisdictionProfile.NlAwb, Gehoord.Domain.Actor.System, now);
            complaint.AssignHandler(handler, Gehoord.Domain.Actor.System, now);
            complaint.StartExploration(handler, now);
            complaint.Escalate(manager, "Mag ik € 150 vergoeden?", handler, now);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync();
            id = complaint.Id;
        }

        using (var asHandler = await factory.SignedInAsync(handlerAccount))
        {
            var (_, page) = await asHandler.GetAsync($"/Staff/Klachten/{id}/besluit");
            Assert.Null(page.QuerySelector("#besluit-form"));
        }

        using var asManager = await factory.SignedInAsync(managerAccount);
        var (_, casePage) = await asManager.GetAsync($"/Staff/Klachten/{id}");
        Assert.Contains(casePage.QuerySelectorAll("#nu-te-doen a"), a => a.GetAttribute("href") == $"/Staff/Klachten/{id}/besluit");
        var (decided, _) = await asManager.SubmitAsync($"/Staff/Klachten/{id}/besluit", new Dictionary<string, string> { ["Decision.Text"] = "Akkoord met € 150." }, "#besluit-form");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var stored = await factory.StoredComplaintAsync(id);
        Assert.Equal("Akkoord met € 150.", stored.EscalationDecision);
        Assert.Equal(managerAccount.DisplayName, stored.Timeline.Single(e => e.Kind == TimelineEventKind.EscalationDecided).ActorName);
    }

    private static Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Document)> RegisterLetterAsync(Browser browser, Dictionary<string, string> details)
    {
        var fields = new Dictionary<string, string>(details)
        {
            ["Input.Channel"] = nameof(Channel.Letter),
            ["Input.Story"] = "Per brief: ik wacht al drie weken op een reactie over de kapotte lantaarnpaal.",
            ["Input.ReceivedOn"] = DateTime.Today.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture),
        };
        return browser.SubmitAsync("/Staff/Registreren", fields, "main form");
    }

    private async Task<Complaint> FindByLocationAsync(HttpResponseMessage response)
    {
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Staff/Klachten/", location, StringComparison.Ordinal);
        return await factory.StoredComplaintAsync(Guid.Parse(location["/Staff/Klachten/".Length..]));
    }
}

public sealed class SqliteCaseFileDetailsTests(SqliteFactory factory) : CaseFileDetailsTests<SqliteFactory>(factory);

public sealed class PostgresCaseFileDetailsTests(PostgresFactory factory) : CaseFileDetailsTests<PostgresFactory>(factory);
