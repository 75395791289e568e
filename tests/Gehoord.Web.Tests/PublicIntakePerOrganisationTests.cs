using System.Net;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Identity;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Tests;

/// <summary>
/// Several organisations in one installation: each has its own public pages under its short
/// name, and nothing there leads to another organisation. The demo organisation stays the
/// default (the other organisations here sort after "Gemeente Voorbeeld").
/// </summary>
public abstract class PublicIntakePerOrganisationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    private Task<Organisation> SecondAsync() => factory.NewOrganisationAsync("Waterbeheer", namePrefix: "Waterschap Zuid");

    [Fact]
    public async Task A_complaint_filed_at_an_organisations_own_form_lands_there_and_its_pages_keep_its_address()
    {
        var second = await SecondAsync();
        var root = "/" + second.Slug;
        using var browser = new Browser(factory);

        var (form, formPage) = await browser.GetAsync(root + "/klacht");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        // The form lists this organisation's units, not the demo's, and its links stay here.
        Assert.Contains("Waterbeheer", formPage.QuerySelector("#Input_UnitId")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Burgerzaken", formPage.QuerySelector("#Input_UnitId")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(root + "/en/complaint", formPage.QuerySelector(".gh-lang-switch a")!.GetAttribute("href"));
        Assert.NotNull(formPage.QuerySelector($"header a[href='{root}/volgen']"));
        var action = formPage.QuerySelector("main form")!.GetAttribute("action");
        Assert.True(string.IsNullOrEmpty(action) || action == root + "/klacht", $"The form posts to {action}.");

        var (response, _) = await browser.SubmitWithFilesAsync(root + "/klacht", [
            F("Input.Story", "Het gemaal maakt 's nachts veel lawaai."),
            F("Input.Contact", "Email"),
            F("Input.Email", "waterklacht@example.org"),
        ], []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(root + "/klacht/ontvangen", response.Headers.Location!.OriginalString);
        var (received, receivedPage) = await browser.GetAsync(root + "/klacht/ontvangen");
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        Assert.Equal(root + "/volgen", receivedPage.QuerySelector("main a[href$='/volgen']")!.GetAttribute("href"));
        var trackingCode = receivedPage.QuerySelectorAll(".gh-code")[1].TextContent;

        var complaint = await FindAsync(second.Id, trackingCode);
        Assert.NotNull(complaint);
        Assert.Equal(second.Id, complaint.OrganisationId);
        Assert.Equal("Het gemaal maakt 's nachts veel lawaai.", complaint.Description);
        Assert.Null(await FindAsync(DemoSeeder.OrganisationId, trackingCode));

        // The acknowledgement e-mail links to this organisation's status page.
        using (var db = factory.CreateDbContext(second.Id, out var scope))
        using (scope)
        {
            var acknowledgement = await db.OutboxMessages.SingleAsync(m => m.ComplaintId == complaint.Id && m.Purpose == ComplaintIntake.AcknowledgementPurpose);
            Assert.Contains($"{root}/volgen?code={Uri.EscapeDataString(complaint.TrackingCode)}", acknowledgement.Body, StringComparison.Ordinal);
        }

        // The default organisation's received page does not show another organisation's complaint.
        var (defaultReceived, _) = await browser.GetAsync("/klacht/ontvangen");
        Assert.Equal(HttpStatusCode.Redirect, defaultReceived.StatusCode);
        Assert.Equal("/klacht", defaultReceived.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_English_pages_of_an_organisation_stay_with_that_organisation()
    {
        var second = await SecondAsync();
        var root = "/" + second.Slug;
        using var browser = new Browser(factory);

        var (form, formPage) = await browser.GetAsync(root + "/en/complaint");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("en", formPage.DocumentElement.GetAttribute("lang"));
        Assert.Equal(root + "/klacht", formPage.QuerySelector(".gh-lang-switch a")!.GetAttribute("href"));

        var (response, _) = await browser.SubmitWithFilesAsync(root + "/en/complaint", [F("Input.Story", "The pumping station is noisy at night.")], []);
        Assert.Equal(root + "/en/complaint/received", response.Headers.Location!.OriginalString);
        var (received, receivedPage) = await browser.GetAsync(root + "/en/complaint/received");
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        Assert.Equal("en", receivedPage.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(receivedPage.QuerySelector($"main a[href='{root}/en/track']"));
        var complaint = await FindAsync(second.Id, receivedPage.QuerySelectorAll(".gh-code")[1].TextContent);
        Assert.Equal("en", complaint!.Language);

        var (track, trackPage) = await browser.GetAsync(root + "/en/track");
        Assert.Equal(HttpStatusCode.OK, track.StatusCode);
        Assert.Equal("en", trackPage.DocumentElement.GetAttribute("lang"));
        Assert.Equal(root + "/volgen", trackPage.QuerySelector(".gh-lang-switch a")!.GetAttribute("href"));
        var (dutchTrack, dutchTrackPage) = await browser.GetAsync(root + "/volgen");
        Assert.Equal(HttpStatusCode.OK, dutchTrack.StatusCode);
        Assert.Equal(root + "/en/track", dutchTrackPage.QuerySelector(".gh-lang-switch a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_tracking_code_is_found_only_at_its_own_organisations_status_page()
    {
        var second = await SecondAsync();
        var third = await SecondAsync();
        var root = "/" + second.Slug;
        using var browser = new Browser(factory);
        await browser.SubmitWithFilesAsync(root + "/klacht", [F("Input.Story", "De sloot is niet gemaaid.")], []);
        var (_, receivedPage) = await browser.GetAsync(root + "/klacht/ontvangen");
        var secondCode = receivedPage.QuerySelectorAll(".gh-code")[1].TextContent;
        await browser.SubmitWithFilesAsync("/klacht", [F("Input.Story", "Het loket was dicht.")], []);
        var (_, demoReceivedPage) = await browser.GetAsync("/klacht/ontvangen");
        var demoCode = demoReceivedPage.QuerySelectorAll(".gh-code")[1].TextContent;
        Assert.NotNull(await FindAsync(DemoSeeder.OrganisationId, demoCode));

        await AssertFoundAsync(browser, root + "/volgen", secondCode, found: true);
        await AssertFoundAsync(browser, "/volgen", demoCode, found: true);
        await AssertFoundAsync(browser, "/volgen", secondCode, found: false);
        await AssertFoundAsync(browser, root + "/volgen", demoCode, found: false);
        await AssertFoundAsync(browser, "/" + third.Slug + "/volgen", secondCode, found: false);

        // The link in the e-mail (GET with the code) obeys the same rule.
        var (_, linkPage) = await browser.GetAsync("/" + third.Slug + "/volgen?code=" + Uri.EscapeDataString(secondCode));
        Assert.NotNull(linkPage.QuerySelector("#Code-error"));
    }

    private static async Task AssertFoundAsync(Browser browser, string statusPage, string code, bool found)
    {
        var (response, page) = await browser.SubmitAsync(statusPage, new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = page.QuerySelector("#Code-error");
        Assert.True(found == (error is null), $"{code} at {statusPage}: {error?.TextContent}");
        if (!found)
        {
            Assert.Contains("Wij vinden geen klacht met deze volgcode", error!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/bestaat-niet/klacht")]
    [InlineData("/bestaat-niet/klacht/ontvangen")]
    [InlineData("/bestaat-niet/volgen")]
    [InlineData("/bestaat-niet/en/complaint")]
    [InlineData("/bestaat-niet/en/track")]
    [InlineData("/bestaat-niet/volgen?code=AAAA-BBBB-CCCC")]
    public async Task An_unknown_short_name_is_page_not_found_and_never_another_organisations_form(string address)
    {
        await SecondAsync();
        using var browser = new Browser(factory);

        var (response, page) = await browser.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // An English address is answered in English (ADR 19).
        Assert.Equal(address.Contains("/en/", StringComparison.Ordinal) ? "Page not found" : "Pagina niet gevonden", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("main form"));
    }

    [Theory]
    [InlineData("/en/klacht")]
    [InlineData("/staff/klacht")]
    [InlineData("/Staff/volgen")]
    [InlineData("/account/klacht")]
    [InlineData("/api/volgen")]
    [InlineData("/Gemeente-Voorbeeld/klacht")]
    public async Task The_installations_own_words_and_capitals_are_never_taken_for_a_short_name(string address)
    {
        using var browser = new Browser(factory);

        var (response, _) = await browser.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_installations_own_words_are_never_an_organisations_address()
    {
        // Such a short name is refused when the organisation is made, so none can take over an address.
        foreach (var slug in new[] { "en", "staff", "account" })
        {
            Assert.Throws<Gehoord.Domain.DomainException>(() => new Organisation(Guid.NewGuid(), "Zuiderhaven " + slug, slug, JurisdictionProfileCode.NlAwb));
        }

        using var browser = new Browser(factory);
        foreach (var address in new[] { "/en/klacht", "/en/volgen", "/staff/klacht", "/account/volgen" })
        {
            var (response, _) = await browser.GetAsync(address);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var (english, englishPage) = await browser.GetAsync("/en/complaint");
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Contains("Openbare Ruimte", englishPage.QuerySelector("#Input_UnitId")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_organisation_keeps_its_addresses_and_staff_routes_are_unaffected()
    {
        await SecondAsync();
        using var browser = new Browser(factory);

        foreach (var address in new[] { "/klacht", "/en/complaint", "/volgen", "/en/track", "/" + DemoSeeder.OrganisationSlug + "/klacht" })
        {
            var (response, page) = await browser.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // The demo's form (its units) or the demo's status page (its contact details).
            var demo = page.QuerySelector("#Input_UnitId")?.TextContent ?? page.QuerySelector("#contact")!.ParentElement!.TextContent;
            Assert.Contains(page.QuerySelector("#Input_UnitId") is null ? "Gemeente Voorbeeld" : "Openbare Ruimte", demo, StringComparison.Ordinal);
        }

        var (formPage, form) = await browser.GetAsync("/klacht");
        Assert.Equal("/en/complaint", form.QuerySelector(".gh-lang-switch a")!.GetAttribute("href"));
        Assert.NotNull(form.QuerySelector("header a[href='/volgen']"));
        var (filed, _) = await browser.SubmitWithFilesAsync("/klacht", [F("Input.Story", "Mijn paspoort was niet op tijd klaar.")], []);
        Assert.Equal("/klacht/ontvangen", filed.Headers.Location!.OriginalString);
        var (_, receivedPage) = await browser.GetAsync("/klacht/ontvangen");
        Assert.NotNull(receivedPage.QuerySelector("main a[href='/volgen']"));
        Assert.NotNull(await FindAsync(DemoSeeder.OrganisationId, receivedPage.QuerySelectorAll(".gh-code")[1].TextContent));

        var (health, _) = await browser.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var (staffAnonymous, _) = await browser.GetAsync("/Staff/Inbox");
        Assert.Equal(HttpStatusCode.Redirect, staffAnonymous.StatusCode);
        Assert.StartsWith("/Account/Login", staffAnonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var (login, _) = await browser.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        using var staff = await factory.SignedInAsync(DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator));
        foreach (var address in new[] { "/Staff", "/Staff/Inbox", "/Staff/Registreren", "/Staff/Meldingen", "/Account/Manage/TwoFactor" })
        {
            var (response, _) = await staff.GetAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_home_page_lists_every_organisation_with_a_link_to_its_own_form()
    {
        var second = await SecondAsync();
        using var browser = new Browser(factory);

        var (response, page) = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The default organisation's content stays.
        Assert.Contains("Gemeente Voorbeeld", page.QuerySelector("main .utrecht-paragraph--lead")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main .gh-actions a[href='/klacht']"));
        var links = page.QuerySelectorAll("#organisatie-lijst a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/klacht", links["Gemeente Voorbeeld"]);
        Assert.Equal("/" + second.Slug + "/klacht", links[second.Name]);
        Assert.Equal("Gemeente Voorbeeld", links.Keys.First());

        foreach (var link in links.Values)
        {
            var (form, _) = await browser.GetAsync(link!);
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        }
    }

    private async Task<Complaint?> FindAsync(Guid organisationId, string trackingCode)
    {
        using var db = factory.CreateDbContext(organisationId, out var scope);
        using var _ = scope;
        var code = TrackingCode.Normalise(trackingCode);
        return await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.TrackingCode == code);
    }
}

public sealed class PublicIntakePerOrganisationOnSqlite(SqliteFactory factory) : PublicIntakePerOrganisationTests<SqliteFactory>(factory);

public sealed class PublicIntakePerOrganisationOnPostgres(PostgresFactory factory) : PublicIntakePerOrganisationTests<PostgresFactory>(factory);
