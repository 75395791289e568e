using System.Net;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests.Infrastructure;

/// <summary>What many page tests need first: a signed-in demo account, or a second organisation.</summary>
public static class TestData
{
    public static async Task<Browser> SignedInAsync(this GehoordFactory factory, DemoAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var browser = new Browser(factory);
        var response = await browser.SignInAsync(account.Email, account.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>
    /// Another organisation (NL-Awb, one unit), to prove that its data stays out of sight. Its
    /// name is "Gemeente Elders …" unless <paramref name="namePrefix"/> gives another start (a
    /// name after "Gemeente Voorbeeld" keeps the demo the installation's default organisation).
    /// </summary>
    public static async Task<Organisation> NewOrganisationAsync(this GehoordFactory factory, string unitName = "Burgerzaken", string namePrefix = "Gemeente Elders")
    {
        ArgumentNullException.ThrowIfNull(factory);
        var id = Guid.NewGuid();
        var organisation = new Organisation(id, namePrefix + " " + id.ToString("N")[..6], "elders-" + id.ToString("N")[..12], JurisdictionProfileCode.NlAwb);
        organisation.AddUnit(Guid.NewGuid(), unitName);
        using var db = factory.CreateDbContext(id, out var scope);
        using var _ = scope;
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    /// <summary>
    /// A staff account of its own for a test (another handler, a respondent, a manager of a
    /// unit), signed in with a password; <paramref name="roles"/> as stored (StaffRoles).
    /// </summary>
    public static async Task<DemoAccount> NewStaffAsync(this GehoordFactory factory, string name, Guid? organisationId = null, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(roles);
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<Gehoord.Web.Infrastructure.HttpOrganisationScope>().Use(organisationId ?? DemoSeeder.OrganisationId);
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Gehoord.Web.Identity.StaffUser>>();
        var email = $"{Guid.NewGuid():N}@test.example";
        var password = "Test-Wachtwoord-" + Guid.NewGuid().ToString("N")[..8];
        var user = new Gehoord.Web.Identity.StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, OrganisationId = organisationId ?? DemoSeeder.OrganisationId };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        foreach (var role in roles)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return new DemoAccount(email, name, roles.FirstOrDefault() ?? string.Empty, password);
    }

    /// <summary>The one-time link (path and query) of the invitation mailed to <paramref name="email"/>.</summary>
    public static async Task<string> InvitationLinkAsync(this GehoordFactory factory, string email)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var db = factory.CreateDbContext(Guid.Empty, out var scope);
        using var _ = scope;
        var mail = await db.OutboxMessages.SingleAsync(m => m.To == email && m.Purpose == Gehoord.Web.Features.Administration.StaffAccounts.InvitationPurpose);
        return new Uri(mail.Body.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/Account/Activeren?", StringComparison.Ordinal))).PathAndQuery;
    }

    /// <summary>The complaint as stored now, with everything it holds, read in a scope of its own.</summary>
    public static async Task<Complaint> StoredComplaintAsync(this GehoordFactory factory, Guid id, Guid? organisationId = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var db = factory.CreateDbContext(organisationId ?? DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return await db.Complaints.AsNoTracking().WithEverything().SingleAsync(c => c.Id == id);
    }

    /// <summary>The account id of a demo (or any) staff member, by e-mail address.</summary>
    public static async Task<string> UserIdAsync(this GehoordFactory factory, string email, Guid? organisationId = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var db = factory.CreateDbContext(organisationId ?? DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
