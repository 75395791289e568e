using System.Net;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Tests;

/// <summary>An administrator sets up the organisation and its staff; every change leaves a trace.</summary>
public abstract class AdministrationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly DemoAccount Admin = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Administrator);

    [Fact]
    public async Task Organisation_settings_are_saved_in_one_form_and_each_change_is_in_the_history()
    {
        using var browser = await factory.SignedInAsync(Admin);
        var (_, page) = await browser.GetAsync("/Staff/Beheer/Organisatie");

        var (saved, _) = await browser.SubmitLikeBrowserAsync(page, "/Staff/Beheer/Organisatie", "#organisatie-form", "button.utrecht-button--primary-action", new Dictionary<string, string>
        {
            ["Input.Phone"] = "14 0123",
            ["Input.OmbudsmanName"] = "de Ombudsman Metropool Voorbeeld",
            ["Input.AcknowledgementTarget.Amount"] = "3",
            ["Input.AcknowledgementTarget.Unit"] = nameof(TermUnit.WorkingDays),
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var organisation = await OrganisationAsync();
        Assert.Equal("14 0123", organisation.ContactPhone);
        Assert.Equal(Term.WorkingDays(3), organisation.AcknowledgementTarget);
        Assert.Equal("de Ombudsman Metropool Voorbeeld", organisation.Profile().OmbudsmanName);
        var (_, history) = await browser.GetAsync("/Staff/Beheer/Geschiedenis");
        var rows = history.QuerySelectorAll("#wijzigingen tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Organisatie: Telefoon", StringComparison.Ordinal) && r.Contains("0123 45 67 89", StringComparison.Ordinal) && r.Contains("14 0123", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Streeftermijn ontvangstbevestiging", StringComparison.Ordinal) && r.Contains("3 werkdagen", StringComparison.Ordinal) && r.Contains(Admin.DisplayName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_term_that_is_not_a_number_is_refused_in_Dutch_and_everything_typed_stays()
    {
        using var browser = await factory.SignedInAsync(Admin);
        var (_, page) = await browser.GetAsync("/Staff/Beheer/Organisatie");

        var (refused, again) = await browser.SubmitLikeBrowserAsync(page, "/Staff/Beheer/Organisatie", "#organisatie-form", "button.utrecht-button--primary-action", new Dictionary<string, string>
        {
            ["Input.Phone"] = "020 123 4567",
            ["Input.PersonalContactTarget.Amount"] = "drie",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("heel getal", again.QuerySelector(".gh-error-summary, [role=alert]")?.TextContent ?? again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("020 123 4567", again.QuerySelector("#Input_Phone")!.GetAttribute("value"));
        Assert.Equal("drie", again.QuerySelector("#Input_PersonalContactTarget_Amount")!.GetAttribute("value"));
        Assert.NotEqual("020 123 4567", (await OrganisationAsync()).ContactPhone);
    }

    [Fact]
    public async Task An_invited_handler_sets_a_password_once_works_and_is_signed_out_everywhere_when_deactivated()
    {
        using var admin = await factory.SignedInAsync(Admin);
        var (_, staffPage) = await admin.GetAsync("/Staff/Beheer/Medewerkers");
        var email = $"h{Guid.NewGuid():N}"[..12] + "@voorbeeld.nl";
        var (invited, invitedPage) = await admin.SubmitLikeBrowserAsync(staffPage, "/Staff/Beheer/Medewerkers", "#uitnodigen-form", "button.utrecht-button--primary-action", new Dictionary<string, string>
        {
            ["Invite.Name"] = "Hanna Nieuw",
            ["Invite.Email"] = email,
            ["Invite.Roles"] = StaffRoles.Handler,
        });
        Assert.True(invited.StatusCode == HttpStatusCode.Redirect, invitedPage.QuerySelector("main")?.TextContent);

        var link = await factory.InvitationLinkAsync(email);
        using var handler = new Browser(factory);
        var (_, activate) = await handler.GetAsync(link);
        var (activated, _) = await handler.SubmitLikeBrowserAsync(activate, link, "main form", "button", new Dictionary<string, string>
        {
            ["Input.Password"] = "Een-lange-zin-als-wachtwoord-2026",
            ["Input.Repeat"] = "Een-lange-zin-als-wachtwoord-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync("/Staff")).Response.StatusCode);

        // The link is spent.
        using var stranger = new Browser(factory);
        var (_, spent) = await stranger.GetAsync(link);
        Assert.NotNull(spent.QuerySelector("#link-werkt-niet"));

        // Deactivated: the running session ends at its next request, and signing in again fails.
        var id = await factory.UserIdAsync(email);
        var (_, memberPage) = await admin.GetAsync($"/Staff/Beheer/Medewerkers/{id}");
        var (deactivated, _) = await admin.SubmitLikeBrowserAsync(memberPage, $"/Staff/Beheer/Medewerkers/{id}", "#medewerker-form", "#uitzetten", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        var (afterwards, _) = await handler.GetAsync("/Staff");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Contains("/Account/Login", afterwards.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var again = await new Browser(factory).SignInAsync(email, "Een-lange-zin-als-wachtwoord-2026");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(await ChangesAsync(), c => c.Subject == "Medewerker " + email && c.Setting == "Account" && c.NewValue!.StartsWith("uit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_last_administrator_cannot_be_deactivated_or_lose_the_role()
    {
        using var admin = await factory.SignedInAsync(Admin);
        var id = await factory.UserIdAsync(Admin.Email);
        var url = $"/Staff/Beheer/Medewerkers/{id}";
        var (_, page) = await admin.GetAsync(url);

        var (refused, again) = await admin.SubmitLikeBrowserAsync(page, url, "#medewerker-form", "#uitzetten", new Dictionary<string, string>());
        var (notSaved, _) = await admin.SubmitLikeBrowserAsync(page, url, "#medewerker-form", "button.utrecht-button--primary-action", new Dictionary<string, string>
        {
            ["Input.Roles"] = StaffRoles.Coordinator,
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("laatste beheerder", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, notSaved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Staff/Beheer")).Response.StatusCode);
    }

    [Fact]
    public async Task Required_two_step_sign_in_leads_the_role_to_set_it_up_before_anything_else()
    {
        var handlerAccount = await factory.NewStaffAsync("Tess Tweestap", null, StaffRoles.Handler);
        using var admin = await factory.SignedInAsync(Admin);
        var (_, page) = await admin.GetAsync("/Staff/Beheer/Organisatie");
        var (saved, _) = await admin.SubmitLikeBrowserAsync(page, "/Staff/Beheer/Organisatie", "#organisatie-form", "button.utrecht-button--primary-action", new Dictionary<string, string>
        {
            ["Input.TwoFactorRoles"] = StaffRoles.Handler,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var handler = await factory.SignedInAsync(handlerAccount);
        var (start, _) = await handler.GetAsync("/Staff/Inbox");
        var (setUp, setUpPage) = await handler.GetAsync("/Account/Manage/TwoFactor?verplicht=1");

        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal("/Account/Manage/TwoFactor?verplicht=1", start.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, setUp.StatusCode);
        Assert.NotNull(setUpPage.QuerySelector("#verplicht"));

        // Put back, so the other tests of this class are not sent to the set-up page.
        var (_, back) = await admin.GetAsync("/Staff/Beheer/Organisatie");
        var form = back.QuerySelector("#organisatie-form")!;
        foreach (var box in form.QuerySelectorAll("input[name='Input.TwoFactorRoles']"))
        {
            box.RemoveAttribute("checked");
        }

        await admin.SubmitLikeBrowserAsync(back, "/Staff/Beheer/Organisatie", "#organisatie-form", "button.utrecht-button--primary-action", new Dictionary<string, string>());
        Assert.Empty((await OrganisationAsync()).TwoFactorRequiredRoles);
    }

    [Fact]
    public async Task An_administrator_sees_and_changes_only_their_own_organisations_staff()
    {
        var other = await factory.NewOrganisationAsync();
        var stranger = await factory.NewStaffAsync("Sara Elders", other.Id, StaffRoles.Handler);
        using var admin = await factory.SignedInAsync(Admin);

        var (list, page) = await admin.GetAsync("/Staff/Beheer/Medewerkers");
        var (member, _) = await admin.GetAsync($"/Staff/Beheer/Medewerkers/{await factory.UserIdAsync(stranger.Email, other.Id)}");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.DoesNotContain(stranger.Email, page.QuerySelector("#medewerkers")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, member.StatusCode);
    }

    private async Task<Gehoord.Domain.Organisations.Organisation> OrganisationAsync()
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == DemoSeeder.OrganisationId);
    }

    private async Task<List<Gehoord.Domain.Organisations.ConfigurationChange>> ChangesAsync()
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return await db.ConfigurationChanges.AsNoTracking().ToListAsync();
    }
}

public sealed class AdministrationOnSqlite(SqliteFactory factory) : AdministrationTests<SqliteFactory>(factory);

public sealed class AdministrationOnPostgres(PostgresFactory factory) : AdministrationTests<PostgresFactory>(factory);
