using System.Net;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Demo;

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

    /// <summary>Another organisation (NL-Awb, one unit), to prove that its data stays out of sight.</summary>
    public static async Task<Organisation> NewOrganisationAsync(this GehoordFactory factory, string unitName = "Burgerzaken")
    {
        ArgumentNullException.ThrowIfNull(factory);
        var id = Guid.NewGuid();
        var organisation = new Organisation(id, "Gemeente Elders " + id.ToString("N")[..6], "elders-" + id.ToString("N")[..12], JurisdictionProfileCode.NlAwb);
        organisation.AddUnit(Guid.NewGuid(), unitName);
        using var db = factory.CreateDbContext(id, out var scope);
        using var _ = scope;
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }
}
