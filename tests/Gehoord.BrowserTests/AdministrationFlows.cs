using Gehoord.BrowserTests.Infrastructure;
using Gehoord.Web.Identity;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gehoord.BrowserTests;

/// <summary>The administrator's set-up pages on a phone, each through the gate (axe WCAG 2.1 AA, Nu Html Checker, screenshot).</summary>
[Collection(BrowserSuite.Name)]
public sealed class AdministrationFlows(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task An_administrator_reaches_every_set_up_page_from_the_navigation_on_a_phone()
    {
        var gate = new PageGate("administration", output);
        var page = gate.Watch(await browser.NewPageAsync(390, 844, isMobile: true));
        try
        {
            await StaffSignIn.SignInAsync(page, StaffSignIn.Account(StaffRoles.Administrator));
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
            await Address.WaitForAsync(page, Address.Of("/Staff/Beheer"));
            await gate.CheckAsync(page, "administration-start");

            foreach (var (link, address, name) in new[]
            {
                ("Organisatie", "/Staff/Beheer/Organisatie", "administration-organisation"),
                ("Afdelingen", "/Staff/Beheer/Afdelingen", "administration-units"),
                ("Medewerkers", "/Staff/Beheer/Medewerkers", "administration-staff"),
                ("Extra vrije dagen", "/Staff/Beheer/Vrije-dagen", "administration-rest-days"),
                ("Geschiedenis van de inrichting", "/Staff/Beheer/Geschiedenis", "administration-history"),
            })
            {
                await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
                await Address.WaitForAsync(page, Address.Of("/Staff/Beheer"));
                await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
                await Address.WaitForAsync(page, Address.Of(address));
                await gate.CheckAsync(page, name);
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
