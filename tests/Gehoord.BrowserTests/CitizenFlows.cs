using System.Text.RegularExpressions;
using Gehoord.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gehoord.BrowserTests;

/// <summary>A citizen without an account: home page, complaint form, confirmation, status page.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class CitizenFlows(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task A_citizen_on_a_phone_files_a_complaint_with_a_photo_and_looks_up_its_status()
    {
        var gate = new PageGate("citizen-phone", output);
        var page = gate.Watch(await browser.NewPageAsync(390, 844, isMobile: true));
        var photo = TestFiles.Write("stoeptegel.png", TestFiles.Png);
        try
        {
            await page.GotoAsync("/");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Niet tevreden? Laat het ons weten");
            await gate.CheckAsync(page, "home");

            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Klacht of melding doorgeven", Exact = true }).ClickAsync();
            await Address.WaitForAsync(page, Address.Of("/klacht"));
            await gate.CheckAsync(page, "complaint-form");

            await page.GetByLabel("Wat is er gebeurd?").FillAsync("De stoeptegels voor Dorpsstraat 12 liggen al weken los. Mijn moeder is erover gestruikeld.");
            await page.GetByLabel("Excuses", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Per e-mail").CheckAsync();
            // "Uw naam" and "Uw e-mailadres" are also the labels of the representative's own details (hidden until chosen, and now first): the fields by their ids.
            await page.Locator("#Input_Name").FillAsync("Fatima de Vries");
            await page.Locator("#Input_Email").FillAsync("fatima@example.org");
            await page.GetByLabel("Foto's of documenten toevoegen").SetInputFilesAsync(photo);
            await page.GetByRole(AriaRole.Button, new() { Name = "Verstuur" }).ClickAsync();

            await Address.WaitForAsync(page, Address.Of("/klacht/ontvangen"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wij hebben uw klacht ontvangen");
            var codes = await page.Locator(".gh-code").AllInnerTextsAsync();
            Assert.Equal(2, codes.Count);
            var (reference, trackingCode) = (codes[0].Trim(), codes[1].Trim());
            Assert.Matches(TrackingCodePattern(), trackingCode);
            await gate.CheckAsync(page, "received");

            var complaint = await browser.Server.FindComplaintAsync(trackingCode);
            Assert.Equal(reference, complaint.Reference.ToString());
            Assert.Equal("stoeptegel.png", Assert.Single(complaint.Attachments).FileName);

            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Volg uw klacht" }).ClickAsync();
            await Address.WaitForAsync(page, Address.Of("/volgen"));
            await gate.CheckAsync(page, "status-lookup");

            await page.GetByLabel("Uw volgcode").FillAsync(trackingCode);
            await page.GetByRole(AriaRole.Button, new() { Name = "Bekijk de stand" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Klacht {reference}" })).ToBeVisibleAsync();
            await gate.CheckAsync(page, "status-result");

            await gate.AssertValidHtmlAsync();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(photo)!, recursive: true);
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// Keyboard only: Tab, Shift+Tab, Enter, Space and typing, with a visible focus at every stop.
    /// The attachment is left out: choosing a file opens the operating system's file dialog, which
    /// a browser test cannot drive with keys (the file input itself is still a checked focus stop).
    /// </summary>
    [Fact]
    public async Task A_citizen_files_a_complaint_and_looks_up_its_status_with_the_keyboard_only()
    {
        var gate = new PageGate("citizen-keyboard", output);
        var page = gate.Watch(await browser.NewPageAsync(390, 844, isMobile: true));
        var keys = new KeyboardUser(page);
        try
        {
            await page.GotoAsync("/");

            // The first Tab stop is the skip link, shown on focus; Enter moves the focus to the content.
            var first = await keys.TabAsync();
            Assert.Equal("a", first.Tag);
            Assert.Equal("Direct naar de inhoud", first.Text);
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("inhoud", (await keys.FocusedAsync())?.Id);

            await keys.TabUntilAsync(f => f.Tag == "a" && f.Text == "Klacht of melding doorgeven", "the button link to the form");
            await page.Keyboard.PressAsync("Enter");
            await Address.WaitForAsync(page, Address.Of("/klacht"));

            var skip = await keys.TabAsync();
            Assert.Equal("Direct naar de inhoud", skip.Text);
            await page.Keyboard.PressAsync("Enter");
            await keys.TabUntilAsync(f => f.Id == "Input_Story", "the story field");
            await page.Keyboard.TypeAsync("De bus naar het gemeentehuis stopt niet meer bij de halte voor mijn flat.");

            // Shift+Tab goes back to the link before the form, Tab returns to the story field.
            var back = await keys.TabAsync(backwards: true);
            Assert.NotEqual("Input_Story", back.Id);
            Assert.Equal("Input_Story", (await keys.TabAsync()).Id);

            await keys.TabUntilAsync(f => f.Id == "Input_Wishes_Explanation", "the wish 'explanation'");
            await page.Keyboard.PressAsync("Space");
            await keys.TabUntilAsync(f => f.Name == "Input.Contact", "the contact choice");
            // Tab enters a radio group on its first option ("Per e-mail"); Space chooses it.
            await page.Keyboard.PressAsync("Space");
            await keys.TabUntilAsync(f => f.Id == "Input_Email", "the e-mail field");
            await page.Keyboard.TypeAsync("ahmed@example.org");
            var fileInput = await keys.TabUntilAsync(f => f.Id == "Attachments", "the attachments field");
            Assert.Equal("file", fileInput.Type);
            await keys.TabUntilAsync(f => f.Tag == "button" && f.Text == "Verstuur", "the submit button");
            Assert.True(await page.Locator("#Input_Wishes_Explanation").IsCheckedAsync(), "Space did not tick the wish.");
            Assert.True(await page.Locator("#Input_Contact_Email").IsCheckedAsync(), "Space did not choose contact by e-mail.");
            await page.Keyboard.PressAsync("Enter");

            await Address.WaitForAsync(page, Address.Of("/klacht/ontvangen"));
            var codes = await page.Locator(".gh-code").AllInnerTextsAsync();
            var (reference, trackingCode) = (codes[0].Trim(), codes[1].Trim());
            await gate.CheckAsync(page, "received");

            await keys.TabUntilAsync(f => f.Tag == "a" && f.Text == "Volg uw klacht" && f.Href == "/volgen" && !f.Outline.StartsWith("none", StringComparison.Ordinal), "the link to the status page");
            await page.Keyboard.PressAsync("Enter");
            await Address.WaitForAsync(page, Address.Of("/volgen"));
            await keys.TabUntilAsync(f => f.Id == "Code", "the tracking code field");
            await page.Keyboard.TypeAsync(trackingCode);
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Klacht {reference}" })).ToBeVisibleAsync();
            await gate.CheckAsync(page, "status-result");

            await gate.AssertValidHtmlAsync();
        }
        finally
        {
            output.WriteLine($"{keys.Stops.Count} focus stops:");
            foreach (var stop in keys.Stops)
            {
                output.WriteLine("  " + stop);
            }

            await page.Context.CloseAsync();
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$")]
    private static partial Regex TrackingCodePattern();
}
