using System.Net;
using System.Net.Http.Json;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Tests;

/// <summary>Staff registering what they heard, in a few inputs, and ladder tree 1.</summary>
public abstract class QuickRegistrationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly DemoAccount Employee = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Employee);

    [Fact]
    public async Task A_phone_complaint_is_registered_with_three_inputs()
    {
        using var browser = await factory.SignedInAsync(Employee);
        var (form, page) = await browser.GetAsync("/Staff/Registreren");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var today = page.QuerySelector("#Input_ReceivedOn")!.GetAttribute("value")!;

        var (response, _) = await browser.SubmitAsync("/Staff/Registreren", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Phone",
            ["Input.Story"] = "Mevrouw belt: de container is al twee weken niet geleegd.",
            ["Input.ReceivedOn"] = today,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var complaint = await FindByLocationAsync(response);
        Assert.Equal(Channel.Phone, complaint.Channel);
        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Equal(LadderStep.Frontline, complaint.LadderStep);
        Assert.Equal(Employee.DisplayName, complaint.Timeline.MinBy(e => e.Sequence)!.ActorName);
        Assert.DoesNotContain(complaint.Deadlines, d => d.Kind == Gehoord.Domain.Deadlines.DeadlineKind.Acknowledgement);
    }

    [Fact]
    public async Task Checking_for_hidden_complaints_and_then_registering_registers_the_complaint()
    {
        using var browser = await factory.SignedInAsync(Employee);
        var (_, page) = await browser.GetAsync("/Staff/Registreren");
        var story = "Meneer belt boos: niemand belt terug over zijn aanvraag, dit is de derde keer.";

        var (checkResponse, checkedPage) = await browser.SubmitLikeBrowserAsync(page, "/Staff/Registreren", "main form", "button[formaction*='Check']", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Phone",
            ["Input.Story"] = story,
        });
        Assert.Equal(HttpStatusCode.OK, checkResponse.StatusCode);
        Assert.Equal(story, checkedPage.QuerySelector("#Input_Story")!.TextContent.Trim());

        // The page after the check is served at ?handler=Check; "Registreren" must still register.
        var (response, _) = await browser.SubmitLikeBrowserAsync(checkedPage, "/Staff/Registreren?handler=Check", "main form", "button.utrecht-button--primary-action", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var complaint = await FindByLocationAsync(response);
        Assert.Equal(Channel.Phone, complaint.Channel);
        Assert.Contains("niemand belt terug", complaint.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolved_on_the_spot_is_one_more_action_and_closes_at_tree_one()
    {
        using var browser = await factory.SignedInAsync(Employee);
        var (_, page) = await browser.GetAsync("/Staff/Registreren");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form")!;
        var resolveAction = page.QuerySelector("button[formaction*='Resolved']")!.GetAttribute("formaction")!;
        form.SetAttribute("action", resolveAction);

        var (response, _) = await browser.SubmitAsync(form, "/Staff/Registreren", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Counter",
            ["Input.Story"] = "Parkeervergunning met verkeerd kenteken meegegeven.",
            ["Input.ReceivedOn"] = page.QuerySelector("#Input_ReceivedOn")!.GetAttribute("value")!,
            ["Input.WhatWasDone"] = "Direct aangepast en opnieuw afgedrukt.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var complaint = await FindByLocationAsync(response);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Equal(ComplaintOutcome.ResolvedOnTheSpot, complaint.Outcome);
        Assert.Equal(LadderStep.Frontline, complaint.LadderStep);
        Assert.Contains("Direct aangepast", complaint.Timeline.MaxBy(e => e.Sequence)!.What, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_resolved_on_the_spot_needs_no_acknowledgement_any_more()
    {
        using var browser = await factory.SignedInAsync(Employee);
        var (_, page) = await browser.GetAsync("/Staff/Registreren");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form")!;
        form.SetAttribute("action", page.QuerySelector("button[formaction*='Resolved']")!.GetAttribute("formaction")!);

        var (response, _) = await browser.SubmitAsync(form, "/Staff/Registreren", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Letter",
            ["Input.Story"] = "Brief over een verkeerd adres op de aanslag.",
            ["Input.ReceivedOn"] = page.QuerySelector("#Input_ReceivedOn")!.GetAttribute("value")!,
            ["Input.Email"] = "brief@example.org",
            ["Input.WhatWasDone"] = "Adres gecorrigeerd en de klant gebeld.",
        });

        var complaint = await FindByLocationAsync(response);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.ComplaintId == complaint.Id));
    }

    [Fact]
    public async Task Missing_inputs_are_named_and_what_was_typed_stays()
    {
        using var browser = await factory.SignedInAsync(Employee);
        var (_, page) = await browser.GetAsync("/Staff/Registreren");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form")!;
        form.SetAttribute("action", page.QuerySelector("button[formaction*='Resolved']")!.GetAttribute("formaction")!);

        var (response, result) = await browser.SubmitAsync(form, "/Staff/Registreren", new Dictionary<string, string>
        {
            ["Input.Story"] = "Klant boos over wachttijd.",
            ["Input.ReceivedOn"] = "01-01-2999",
            ["Input.Name"] = "Mevrouw Test",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies hoe de klacht binnenkwam", result.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("toekomst", result.QuerySelector("#Input_ReceivedOn-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("wat u hebt gedaan", result.QuerySelector("#Input_WhatWasDone-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Klant boos over wachttijd.", result.QuerySelector("#Input_Story")!.TextContent);
        Assert.Equal("Mevrouw Test", result.QuerySelector("#Input_Name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Checking_the_text_marks_hidden_complaints_without_javascript()
    {
        using var browser = await factory.SignedInAsync(Employee);
        var (_, page) = await browser.GetAsync("/Staff/Registreren");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form")!;
        form.SetAttribute("action", page.QuerySelector("button[formaction*='Check']")!.GetAttribute("formaction")!);

        var (response, result) = await browser.SubmitAsync(form, "/Staff/Registreren", new Dictionary<string, string>
        {
            ["Input.Story"] = "Goedemiddag, ik wacht al vier weken op een reactie over mijn aanvraag.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ik wacht al vier weken", result.QuerySelector("mark.gh-mark")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(result.QuerySelectorAll(".gh-error-summary"));
    }

    [Fact]
    public async Task The_live_marking_endpoint_needs_a_signed_in_member_of_staff()
    {
        using var anonymous = new Browser(factory);
        var refused = await anonymous.Http.PostAsJsonAsync(new Uri("/api/verborgen-klachten", UriKind.Relative), new { text = "ik wacht al vier weken" });
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        using var browser = await factory.SignedInAsync(Employee);
        var response = await browser.Http.PostAsJsonAsync(new Uri("/api/verborgen-klachten", UriKind.Relative), new { text = "Is hij er weer niet?" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"phrase\"", json, StringComparison.Ordinal);
        Assert.Contains("\"explanation\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_and_a_resolved_complaint_both_count_in_the_inbox()
    {
        using var browser = await factory.SignedInAsync(Employee);
        const string CounterComplaints = "/Staff/Inbox?status=alle&kanaal=Counter";
        const string ClosedCounterComplaints = "/Staff/Inbox?status=Closed&kanaal=Counter";
        var before = await InboxTotalAsync(browser, CounterComplaints);
        var closedBefore = await InboxTotalAsync(browser, ClosedCounterComplaints);
        var (_, page) = await browser.GetAsync("/Staff/Registreren");
        var receivedOn = page.QuerySelector("#Input_ReceivedOn")!.GetAttribute("value")!;

        await browser.SubmitAsync("/Staff/Registreren", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Counter",
            ["Input.Story"] = "Klant wachtte een uur aan de balie.",
            ["Input.ReceivedOn"] = receivedOn,
        });
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("main form")!;
        form.SetAttribute("action", page.QuerySelector("button[formaction*='Resolved']")!.GetAttribute("formaction")!);
        await browser.SubmitAsync(form, "/Staff/Registreren", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Counter",
            ["Input.Story"] = "Formulier was op.",
            ["Input.ReceivedOn"] = receivedOn,
            ["Input.WhatWasDone"] = "Nieuw formulier gepakt.",
        });

        Assert.Equal(before + 2, await InboxTotalAsync(browser, CounterComplaints));
        Assert.Equal(closedBefore + 1, await InboxTotalAsync(browser, ClosedCounterComplaints));
    }

    private static async Task<int> InboxTotalAsync(Browser browser, string url)
    {
        var (_, inbox) = await browser.GetAsync(url);
        var heading = inbox.QuerySelector("#resultaat-titel")!.TextContent.Trim();
        return int.Parse(heading.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("/Staff/Registreren")]
    [InlineData("/Account/Manage/TwoFactor")]
    public async Task Staff_pages_are_closed_to_anonymous_visitors(string url)
    {
        using var browser = new Browser(factory);

        var (response, _) = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private async Task<Complaint> FindByLocationAsync(HttpResponseMessage response)
    {
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Staff/Klachten/", location, StringComparison.Ordinal);
        var id = Guid.Parse(location["/Staff/Klachten/".Length..]);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return await db.Complaints.AsNoTracking().WithEverything().SingleAsync(c => c.Id == id);
    }
}

public sealed class QuickRegistrationOnSqlite(SqliteFactory factory) : QuickRegistrationTests<SqliteFactory>(factory);

public sealed class QuickRegistrationOnPostgres(PostgresFactory factory) : QuickRegistrationTests<PostgresFactory>(factory);
