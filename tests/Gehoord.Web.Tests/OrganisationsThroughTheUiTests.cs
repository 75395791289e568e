using System.Net;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Tests;

/// <summary>
/// The installation administrator creates a Flemish and a Custom organisation in the UI; their
/// administrators set them up; complaints on their public forms follow their rules.
/// </summary>
public abstract class OrganisationsThroughTheUiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private const string Password = "Nieuwe-Beheerder-2027";

    [Fact]
    public async Task A_Flemish_organisation_made_in_the_UI_follows_the_Bestuursdecreet()
    {
        var (organisation, _) = await CreateAsync("Stad Teststad", nameof(JurisdictionProfileCode.VlBestuursdecreet));

        var complaint = await FileAsync(organisation, "Het containerpark was dicht zonder aankondiging.");

        var profile = organisation.Profile();
        Assert.Equal(JurisdictionProfileCode.VlBestuursdecreet, profile.Code);
        Assert.Equal(JurisdictionProfile.VlBestuursdecreet.HandlingDeadline(complaint.ReceivedOn, false).DueOn, Due(complaint, DeadlineKind.Handling));
        Assert.Equal(JurisdictionProfile.VlBestuursdecreet.Calculator.EndOf(complaint.ReceivedOn, Term.Days(10)), Due(complaint, DeadlineKind.Acknowledgement));
        Assert.All(profile.NotHandledGrounds, g => Assert.StartsWith("II.77", g.Code, StringComparison.Ordinal));
        Assert.Equal(14, profile.ProprietyStandards.Count);
        Assert.Equal("de Vlaamse Ombudsdienst", profile.OmbudsmanName);
    }

    [Fact]
    public async Task A_Custom_organisation_made_in_the_UI_follows_the_rules_its_administrator_sets()
    {
        var (organisation, admin) = await CreateAsync("Woonstichting Testhuis", nameof(JurisdictionProfileCode.Custom));
        using (admin)
        {
            var (_, page) = await admin.GetAsync("/Staff/Beheer/Organisatie");
            var form = page.QuerySelector("#organisatie-form")!;
            foreach (var box in form.QuerySelectorAll("input[name='Input.GroundCodes']"))
            {
                box.RemoveAttribute("checked");
            }

            var (saved, savedPage) = await admin.SubmitLikeBrowserAsync(page, "/Staff/Beheer/Organisatie", "#organisatie-form", "button.utrecht-button--primary-action", new Dictionary<string, string>
            {
                ["Input.Handling.Amount"] = "30",
                ["Input.Handling.Unit"] = nameof(TermUnit.CalendarDays),
                ["Input.HandlingWithCommittee.Amount"] = "60",
                ["Input.HandlingWithCommittee.Unit"] = nameof(TermUnit.CalendarDays),
                ["Input.MaxExtension.Amount"] = string.Empty,
                ["Input.GroundCodes"] = "9:8-1b",
                ["Input.Standards"] = nameof(StandardsList.Ombudsnormen),
                ["Input.Calendar"] = nameof(HolidayCalendarKind.Belgium),
                ["Input.OmbudsmanName"] = "de Klachtencommissie Wonen",
            });
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, savedPage.QuerySelector("main")?.TextContent);
        }

        organisation = await StoredAsync(organisation.Id);
        var complaint = await FileAsync(organisation, "De lift in ons gebouw staat al drie weken stil.");

        var profile = organisation.Profile();
        Assert.Equal(JurisdictionProfileCode.Custom, profile.Code);
        Assert.Equal(profile.Calculator.EndOf(complaint.ReceivedOn, Term.Days(30)), Due(complaint, DeadlineKind.Handling));
        Assert.Equal(["9:8-1b"], profile.NotHandledGrounds.Select(g => g.Code));
        Assert.Equal(14, profile.ProprietyStandards.Count);
        Assert.Null(profile.Terms.MaxExtension);
        Assert.Equal("de Klachtencommissie Wonen", profile.OmbudsmanName);
        Assert.IsType<BelgianHolidayCalendar>(profile.Calculator.Calendar);
    }

    [Fact]
    public async Task Creating_the_same_organisation_twice_is_refused_and_what_was_typed_stays()
    {
        await CreateAsync("Gemeente Dubbel", nameof(JurisdictionProfileCode.NlAwb));
        using var installer = await factory.SignedInAsync(DemoSeeder.InstallationAccount);
        var (_, page) = await installer.GetAsync("/Staff/Installatie");

        var (refused, again) = await installer.SubmitLikeBrowserAsync(page, "/Staff/Installatie", "#organisatie-maken", "button", new Dictionary<string, string>
        {
            ["Input.Name"] = "Gemeente Dubbel",
            ["Input.Profile"] = nameof(JurisdictionProfileCode.NlAwb),
            ["Input.AdminEmail"] = "tweede@dubbel.nl",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Er is al een organisatie", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("tweede@dubbel.nl", again.QuerySelector("#Input_AdminEmail")!.GetAttribute("value"));
    }

    /// <summary>Made by the installation administrator; its first administrator activated and signed in.</summary>
    private async Task<(Organisation Organisation, Browser Admin)> CreateAsync(string name, string profile)
    {
        using var installer = await factory.SignedInAsync(DemoSeeder.InstallationAccount);
        var (_, page) = await installer.GetAsync("/Staff/Installatie");
        var email = "beheer-" + Guid.NewGuid().ToString("N")[..8] + "@test.example";
        var (made, madePage) = await installer.SubmitLikeBrowserAsync(page, "/Staff/Installatie", "#organisatie-maken", "button", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Profile"] = profile,
            ["Input.AdminName"] = "Nieuwe Beheerder",
            ["Input.AdminEmail"] = email,
        });
        Assert.True(made.StatusCode == HttpStatusCode.Redirect, madePage.QuerySelector("main")?.TextContent);

        using var db = factory.CreateDbContext(Guid.Empty, out var scope);
        using var _ = scope;
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Name == name);
        var link = await factory.InvitationLinkAsync(email);
        var admin = new Browser(factory);
        var (_, activate) = await admin.GetAsync(link);
        var (activated, _) = await admin.SubmitLikeBrowserAsync(activate, link, "main form", "button", new Dictionary<string, string> { ["Input.Password"] = Password, ["Input.Repeat"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);

        // A new organisation asks two-step sign-in of its administrators and coordinators.
        Assert.Equal([StaffRoles.Administrator, StaffRoles.Coordinator], organisation.TwoFactorRequiredRoles);
        var (beforeTwoStep, _) = await admin.GetAsync("/Staff");
        Assert.Equal("/Account/Manage/TwoFactor?verplicht=1", beforeTwoStep.Headers.Location!.OriginalString);
        var (_, setup) = await admin.GetAsync("/Account/Manage/TwoFactor");
        var key = setup.QuerySelector("#sleutel")!.TextContent;
        var (twoStep, _) = await admin.SubmitAsync("/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, twoStep.StatusCode);
        return (organisation, admin);
    }

    private async Task<Gehoord.Domain.Complaints.Complaint> FileAsync(Organisation organisation, string story)
    {
        using var citizen = new Browser(factory);
        var (filed, _) = await citizen.SubmitWithFilesAsync($"/{organisation.Slug}/klacht", [new("Input.Story", story), new("Input.Contact", "Email"), new("Input.Email", "burger@example.org")], []);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        using var db = factory.CreateDbContext(organisation.Id, out var scope);
        using var _ = scope;
        return await db.Complaints.AsNoTracking().Include(c => c.Deadlines).SingleAsync(c => c.Description == story);
    }

    private async Task<Organisation> StoredAsync(Guid id)
    {
        using var db = factory.CreateDbContext(id, out var scope);
        using var _ = scope;
        return await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    private static DateOnly Due(Gehoord.Domain.Complaints.Complaint complaint, DeadlineKind kind) =>
        complaint.Deadlines.Single(d => d.Kind == kind).DueOn;
}

public sealed class OrganisationsThroughTheUiOnSqlite(SqliteFactory factory) : OrganisationsThroughTheUiTests<SqliteFactory>(factory);

public sealed class OrganisationsThroughTheUiOnPostgres(PostgresFactory factory) : OrganisationsThroughTheUiTests<PostgresFactory>(factory);
