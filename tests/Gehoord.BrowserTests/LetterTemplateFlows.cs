using System.Text.RegularExpressions;
using Gehoord.BrowserTests.Infrastructure;
using Gehoord.Web.Identity;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gehoord.BrowserTests;

/// <summary>The administrator's letter texts: the list, the editor with its check and preview, and a save.</summary>
[Collection(BrowserSuite.Name)]
public sealed class LetterTemplateFlows(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task An_administrator_checks_and_saves_a_letter_text()
    {
        var gate = new PageGate("administrator-letter-texts", output);
        var page = gate.Watch(await browser.NewPageAsync());
        try
        {
            await StaffSignIn.SignInAsync(page, StaffSignIn.Account(StaffRoles.Administrator));
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" }).ClickAsync();
            await Address.WaitForAsync(page, Address.Of("/Staff/Beheer"));
            await gate.CheckAsync(page, "administration");
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Briefteksten" }).ClickAsync();
            await Address.WaitForAsync(page, Address.Of("/Staff/Beheer/Brieven"));
            await gate.CheckAsync(page, "letter-texts");

            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Bevestiging van de intrekking aan de klager, Nederlands") }).ClickAsync();
            await Address.WaitForAsync(page, new Regex("/Staff/Beheer/Brieven/bewerken\\?"));
            await Expect(page.Locator("#leesbaarheid-score")).ToContainTextAsync("Flesch-Douma");
            await gate.CheckAsync(page, "letter-text-editor");

            var text = page.GetByLabel("Tekst", new() { Exact = true });
            await text.FillAsync(await text.InputValueAsync() + "\n\nWij zijn u inzake uw klacht zeer erkentelijk.");
            await Forms.PostAndWaitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }));
            await Expect(page.Locator("#ambtelijke-woorden")).ToContainTextAsync("inzake");
            await gate.CheckAsync(page, "letter-text-checked");

            await Forms.PostAndWaitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Opslaan als nieuwe versie" }));
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Versie 1 is opgeslagen");
            await Expect(page.Locator("#versie-lijst")).ToContainTextAsync("Versie 1");
            await gate.CheckAsync(page, "letter-text-saved");
            await gate.AssertValidHtmlAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
