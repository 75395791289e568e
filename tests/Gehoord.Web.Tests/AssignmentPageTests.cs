using System.Net;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>The coordinator assigns, a handler takes, the handler escalates and starts exploring: over HTTP with antiforgery.</summary>
public abstract class AssignmentPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly DemoAccount Handler = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler);
    private static readonly DemoAccount Coordinator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator);
    private static readonly DemoAccount Employee = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Employee);
    private static readonly DemoAccount Manager = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Manager);

    [Fact]
    public async Task Coordinator_assigns_and_a_reassignment_needs_a_reason()
    {
        var id = await NewComplaintAsync();
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var coordinatorId = await factory.UserIdAsync(Coordinator.Email);
        using var browser = await factory.SignedInAsync(Coordinator);
        var url = $"/Staff/Klachten/{id}/toewijzen";

        var (assigned, assignedPage) = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Assignment.HandlerId"] = handlerId }, "#toewijzen");
        Assert.True(HttpStatusCode.Redirect == assigned.StatusCode, assignedPage.QuerySelector("main")?.TextContent);

        var (refused, page) = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Assignment.HandlerId"] = coordinatorId, ["Assignment.Reason"] = " " }, "#toewijzen");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Geef een reden", page.QuerySelector(".gh-error-summary, [role=alert]")?.TextContent ?? page.Body!.TextContent, StringComparison.Ordinal);

        var (reassigned, _) = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Assignment.HandlerId"] = coordinatorId, ["Assignment.Reason"] = "Bram is ziek." }, "#toewijzen");
        Assert.Equal(HttpStatusCode.Redirect, reassigned.StatusCode);

        var complaint = await factory.StoredComplaintAsync(id);
        Assert.Equal(coordinatorId, complaint.HandlerId);
        var change = complaint.Timeline.Where(e => e.Kind == TimelineEventKind.HandlerAssigned).MaxBy(e => e.Sequence)!;
        Assert.Equal("Bram is ziek.", change.Why);
    }

    [Fact]
    public async Task A_respondent_cannot_be_assigned_and_the_page_says_why()
    {
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var id = await NewComplaintAsync((c, at) => c.AddRespondent(Guid.NewGuid(), Handler.DisplayName, handlerId, null, Actor.System, at));
        using var browser = await factory.SignedInAsync(Coordinator);

        var (response, page) = await browser.SubmitAsync($"/Staff/Klachten/{id}/toewijzen", new Dictionary<string, string> { ["Assignment.HandlerId"] = handlerId }, "#toewijzen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Awb 9:7", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null((await factory.StoredComplaintAsync(id)).HandlerId);
    }

    [Fact]
    public async Task Handler_takes_an_unassigned_complaint_escalates_and_starts_exploring()
    {
        var id = await NewComplaintAsync();
        var managerId = await factory.UserIdAsync(Manager.Email);
        using var browser = await factory.SignedInAsync(Handler);
        var url = $"/Staff/Klachten/{id}/toewijzen";

        var (taken, _) = await browser.SubmitAsync(url, new Dictionary<string, string>(), "#oppakken");
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);

        var (noReason, page) = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Escalation.ManagerId"] = managerId }, "#escaleer");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Schrijf op waarom de leidinggevende nodig is.", page.Body!.TextContent, StringComparison.Ordinal);

        var (escalated, _) = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Escalation.ManagerId"] = managerId, ["Escalation.Reason"] = "Vergoeding boven mijn mandaat." }, "#escaleer");
        Assert.Equal(HttpStatusCode.Redirect, escalated.StatusCode);

        var (started, _) = await browser.SubmitAsync(url, new Dictionary<string, string>(), "#start-verkennen");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal($"/Staff/Klachten/{id}/verkennen", started.Headers.Location!.OriginalString);

        var complaint = await factory.StoredComplaintAsync(id);
        Assert.Equal(await factory.UserIdAsync(Handler.Email), complaint.HandlerId);
        Assert.Equal(Manager.DisplayName, complaint.EscalatedToName);
        Assert.Equal(ComplaintStatus.Exploring, complaint.Status);
        Assert.Equal(
            [TimelineEventKind.Registered, TimelineEventKind.HandlerAssigned, TimelineEventKind.Escalated, TimelineEventKind.ExplorationStarted],
            complaint.Timeline.OrderBy(e => e.Sequence).Select(e => e.Kind).Where(k => k != TimelineEventKind.AcknowledgementSent));
    }

    [Fact]
    public async Task The_employee_who_registered_it_may_read_but_not_assign_and_another_organisations_complaint_does_not_exist()
    {
        var employeeId = await factory.UserIdAsync(Employee.Email);
        var id = await NewComplaintAsync(registeredBy: Actor.Staff(employeeId, Employee.DisplayName));
        using var browser = await factory.SignedInAsync(Employee);
        var url = $"/Staff/Klachten/{id}/toewijzen";
        var (get, page) = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Null(page.QuerySelector("#toewijzen"));
        Assert.Null(page.QuerySelector("#oppakken"));

        // The form is not shown, but a crafted POST must still be refused.
        // The sign-out form in the header carries the antiforgery token, so the request passes
        // antiforgery and reaches the permission check.
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new Dictionary<string, string>
        {
            ["Assignment.HandlerId"] = await factory.UserIdAsync(Employee.Email),
            ["__RequestVerificationToken"] = token,
        };

        using var content = new FormUrlEncodedContent(form);
        var post = await browser.Http.PostAsync(new Uri(url + "?handler=Assign", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null((await factory.StoredComplaintAsync(id)).HandlerId);

        var (other, _) = await browser.GetAsync($"/Staff/Klachten/{Guid.NewGuid()}/toewijzen");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    private async Task<Guid> NewComplaintAsync(Action<Complaint, DateTimeOffset>? then = null, Actor? registeredBy = null)
    {
        var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using (scope)
        {
            var now = DateTimeOffset.UtcNow;
            var reference = await ReferenceNumbers.NextAsync(db, DemoSeeder.OrganisationId, now.Year, CancellationToken.None);
            var complaint = Complaint.Register(
                Guid.NewGuid(),
                DemoSeeder.OrganisationId,
                reference,
                TrackingCode.New(),
                new ComplaintRegistration(Channel.Phone, ComplaintKind.Complaint, DateOnly.FromDateTime(now.UtcDateTime), "De vuilniswagen sloeg onze straat over.", new Complainant("P. Pieters", Phone: "06 1111 2222")),
                JurisdictionProfile.NlAwb,
                registeredBy ?? Actor.System,
                now);
            then?.Invoke(complaint, now);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync();
            return complaint.Id;
        }
    }

}

public sealed class AssignmentPageTestsOnSqlite(SqliteFactory factory) : AssignmentPageTests<SqliteFactory>(factory);

public sealed class AssignmentPageTestsOnPostgres(PostgresFactory factory) : AssignmentPageTests<PostgresFactory>(factory);
