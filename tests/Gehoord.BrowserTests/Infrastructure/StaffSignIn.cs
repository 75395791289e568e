using Gehoord.Web.Features.Demo;
using Microsoft.Playwright;

namespace Gehoord.BrowserTests.Infrastructure;

/// <summary>Signing in through the real login page with a demo account.</summary>
public static class StaffSignIn
{
    public static DemoAccount Account(string role) => DemoSeeder.Accounts.Single(a => a.Role == role);

    /// <summary>Fills in the login form and waits for the staff start page.</summary>
    public static async Task SignInAsync(IPage page, DemoAccount account, PageGate? gate = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(account);
        await page.GotoAsync("/Account/Login");
        if (gate is not null)
        {
            await gate.CheckAsync(page, "login");
        }

        await page.GetByLabel("E-mailadres").FillAsync(account.Email);
        await page.GetByLabel("Wachtwoord").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Address.WaitForAsync(page, Address.Of("/Staff"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(account.DisplayName);
    }
}
