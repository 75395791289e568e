using System.Text.RegularExpressions;
using Gehoord.BrowserTests.Infrastructure;
using Gehoord.Web.Identity;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gehoord.BrowserTests;

/// <summary>An employee who hears dissatisfaction on the phone or at the counter and registers it.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class StaffIntakeFlows(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task An_employee_signs_in_registers_a_phone_complaint_and_resolves_another_on_the_spot()
    {
        var gate = new PageGate("employee-intake", output);
        var page = gate.Watch(await browser.NewPageAsync());
        try
        {
            await StaffSignIn.SignInAsync(page, StaffSignIn.Account(StaffRoles.Employee), gate);
            await gate.CheckAsync(page, "staff-start");

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Registreren" }).ClickAsync();
            await Address.WaitForAsync(page, Address.Of("/Staff/Registreren"));
            await gate.CheckAsync(page, "quick-registration");

            // A phone complaint, registered for handling. Both results land on the case page
            // (/Staff/Klachten/{id}); until that page is merged it may answer 404, so only the
            // address is asserted here. StaffInboxAndCaseFlows checks the case page itself.
            await page.GetByLabel("Telefoon", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Wat vertelde de klant?").FillAsync("Meneer belde boos: hij wacht al zes weken op een reactie over zijn parkeervergunning.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Registreren", Exact = true }).ClickAsync();
            await Address.WaitForAsync(page, CasePageAddress());
            var first = CasePageAddress().Match(page.Url).Groups["id"].Value;

            await page.GotoAsync("/Staff/Registreren");
            await page.GetByLabel("Balie", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Wat vertelde de klant?").FillAsync("Mevrouw kon haar paspoort niet ophalen omdat de afspraak niet in het systeem stond.");
            await page.GetByLabel("Wat hebt u gedaan?").FillAsync("Excuses gemaakt en het paspoort meteen uitgereikt.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Registreren als direct opgelost" }).ClickAsync();
            await Address.WaitForAsync(page, CasePageAddress());
            var second = CasePageAddress().Match(page.Url).Groups["id"].Value;
            Assert.NotEqual(first, second);

            await gate.AssertValidHtmlAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [GeneratedRegex("/Staff/Klachten/(?<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(#.*)?$")]
    private static partial Regex CasePageAddress();
}
