using System.Globalization;
using System.Text.RegularExpressions;
using Gehoord.BrowserTests.Infrastructure;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gehoord.BrowserTests;

/// <summary>
/// The handling pages in a real browser: a demo complaint from taking it to closed as resolved
/// (partly with the keyboard only), and another from assignment by the coordinator through
/// hearings and verdicts to closed after investigation. Every page on the way passes the gate.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed partial class StaffHandlingFlows(BrowserFixture browser, ITestOutputHelper output)
{
    private string Today => browser.Server.Services.GetRequiredService<Clock>().Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_handler_takes_a_demo_complaint_from_the_start_page_and_closes_it_as_resolved_in_few_page_loads_partly_with_the_keyboard()
    {
        var gate = new PageGate("handling-resolved", output);
        var page = gate.Watch(await browser.NewPageAsync(1366, 900));
        var keys = new KeyboardUser(page);
        var pageLoads = new List<string>();
        try
        {
            await StaffSignIn.SignInAsync(page, StaffSignIn.Account(StaffRoles.Handler));
            await gate.CheckAsync(page, "start-page");
            var toTake = page.GetByRole(AriaRole.Region, new() { Name = "Klachten om op te pakken" });
            var row = toTake.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ontvangen" }).First;
            var reference = (await row.GetByRole(AriaRole.Link).InnerTextAsync()).Trim();

            // From here every page the browser loads counts (issue 16: at most 8 from "take" to "closed").
            page.FrameNavigated += (_, frame) =>
            {
                if (frame == page.MainFrame)
                {
                    pageLoads.Add(new Uri(frame.Url).AbsolutePath);
                }
            };
            await row.GetByRole(AriaRole.Link).ClickAsync();
            await Address.WaitForAsync(page, CasePageAddress());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Klacht {reference}");
            await gate.CheckAsync(page, "case-received");

            // One press on the case page: taken and exploring, on the exploring page.
            await SubmitAsync(page, page.Locator("#oppakken-en-verkennen").GetByRole(AriaRole.Button, new() { Name = "Oppakken en verkennen" }));
            await Address.WaitForAsync(page, HandlingPageAddress("verkennen"));
            await gate.CheckAsync(page, "explore");
            await page.GetByLabel("Waar gaat de klacht echt over?").FillAsync("Mevrouw kreeg geen antwoord op haar vraag over de afvalpas.");
            await page.GetByLabel("Wat wil de klager?").FillAsync("Een nieuwe afvalpas en uitleg waarom het zo lang duurde.");
            await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en naar oplossen" }));
            await Address.WaitForAsync(page, HandlingPageAddress("oplossen"));
            await gate.CheckAsync(page, "resolve");

            // The solving page is one form: solution, check and lesson go in one press.
            await page.GetByLabel("Fout hersteld").CheckAsync();
            await page.GetByLabel("Beschrijving van de oplossing").FillAsync("Nieuwe afvalpas verstuurd en uitgelegd dat de aanvraag was blijven liggen.");

            // The satisfaction check with the keyboard only, from the description just typed: Tab to
            // the date, type it, Space on "Ja" twice (Tab enters a radio group on its first option).
            await keys.TabUntilAsync(f => f.Id == "Check_CheckedOn", "the date of the satisfaction check", maxStops: 120);
            await page.Keyboard.PressAsync("ControlOrMeta+A");
            await page.Keyboard.TypeAsync(Today);
            var satisfied = await keys.TabAsync();
            Assert.Equal("Check.Satisfied", satisfied.Name);
            await page.Keyboard.PressAsync("Space");
            var covered = await keys.TabAsync();
            Assert.Equal("Check.EverythingCovered", covered.Name);
            await page.Keyboard.PressAsync("Space");
            // Shift+Tab goes back into the first group, on the chosen option.
            var back = await keys.TabAsync(backwards: true);
            Assert.Equal("Check.Satisfied", back.Name);
            Assert.Equal("Ja", back.Text);
            Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Is de klager tevreden?" }).GetByLabel("Ja", new() { Exact = true }).IsCheckedAsync(), "Space did not choose 'Ja' for satisfied.");
            Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Is alles besproken?" }).GetByLabel("Ja", new() { Exact = true }).IsCheckedAsync(), "Space did not choose 'Ja' for everything covered.");
            // The lesson with the mouse; from its last choice, Tab goes on to the buttons.
            var lesson = page.GetByRole(AriaRole.Region, new() { Name = "3. Wat leert de organisatie?" });
            await lesson.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Kunnen andere burgers") }).GetByLabel("Ja", new() { Exact = true }).CheckAsync();
            await lesson.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Kan dit in de toekomst") }).GetByLabel("Ja", new() { Exact = true }).CheckAsync();
            await lesson.GetByLabel("De les", new() { Exact = true }).FillAsync("Aanvragen voor een afvalpas krijgen een vaste behandeltermijn.");
            await lesson.GetByLabel("Werkwijze").CheckAsync();
            await keys.TabUntilAsync(f => f.Tag == "button" && f.Text == "Opslaan en afronden: opgelost", "the button 'Opslaan en afronden: opgelost'", maxStops: 150);
            await SubmitAsync(page, () => page.Keyboard.PressAsync("Enter"));
            await Address.WaitForAsync(page, HandlingPageAddress("afronden"));
            await gate.CheckAsync(page, "close");

            await keys.TabUntilAsync(f => f.Tag == "button" && f.Text == "Afsluiten", "the button 'Afsluiten'", maxStops: 80);
            await SubmitAsync(page, () => page.Keyboard.PressAsync("Enter"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De klacht is afgesloten" })).ToBeVisibleAsync();
            await gate.CheckAsync(page, "close-closed");

            output.WriteLine($"Page loads from the case page to closed: {pageLoads.Count} ({string.Join(" → ", pageLoads)})");
            Assert.True(pageLoads.Count <= 8, $"Taking and closing a simple complaint took {pageLoads.Count} page loads: {string.Join(", ", pageLoads)}");

            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Terug naar klacht ") }).ClickAsync();
            await Address.WaitForAsync(page, CasePageAddress());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Behandeling: Afgesloten" })).ToBeVisibleAsync();
            await AssertTimelineShowsAsync(page,
            [
                "Het probleem wordt verkend.",
                "Kern van de klacht: Mevrouw kreeg geen antwoord",
                "De klacht wordt opgelost.",
                "Oplossing: Fout hersteld.",
                "Les (werkwijze): Aanvragen voor een afvalpas",
                "Afgesloten: opgelost",
            ]);
            await gate.CheckAsync(page, "case-closed");

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

    [Fact]
    public async Task A_coordinator_assigns_a_complaint_and_the_handler_investigates_judges_and_closes_it()
    {
        var gate = new PageGate("handling-investigation", output);
        var coordinator = gate.Watch(await browser.NewPageAsync());
        var handler = StaffSignIn.Account(StaffRoles.Handler);
        string reference;
        try
        {
            await StaffSignIn.SignInAsync(coordinator, StaffSignIn.Account(StaffRoles.Coordinator));
            var unassigned = coordinator.GetByRole(AriaRole.Region, new() { Name = "Nog geen behandelaar" });
            var row = unassigned.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ontvangen" }).First;
            reference = (await row.GetByRole(AriaRole.Link).InnerTextAsync()).Trim();
            await row.GetByRole(AriaRole.Link).ClickAsync();
            await Address.WaitForAsync(coordinator, CasePageAddress());
            await OpenHandlingPageAsync(coordinator, "Behandelaar en start", "toewijzen");
            await gate.CheckAsync(coordinator, "assign-coordinator");
            await coordinator.GetByRole(AriaRole.Combobox, new() { Name = "Behandelaar", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = handler.DisplayName });
            await SubmitAsync(coordinator, coordinator.GetByRole(AriaRole.Button, new() { Name = "Toewijzen", Exact = true }));
            await Expect(coordinator.Locator("#huidige-behandelaar")).ToHaveTextAsync(handler.DisplayName);
            await gate.CheckAsync(coordinator, "assign-assigned");
        }
        finally
        {
            await coordinator.Context.CloseAsync();
        }

        var page = gate.Watch(await browser.NewPageAsync(1366, 900));
        try
        {
            await StaffSignIn.SignInAsync(page, handler);
            await page.GetByRole(AriaRole.Region, new() { Name = "Klachten die u behandelt" }).GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
            await Address.WaitForAsync(page, CasePageAddress());
            await SubmitAsync(page, page.Locator("#start-verkennen-kort").GetByRole(AriaRole.Button, new() { Name = "Start met verkennen" }));
            await Address.WaitForAsync(page, HandlingPageAddress("verkennen"));
            await page.GetByLabel("Waar gaat de klacht echt over?").FillAsync("De klager vindt dat de baliemedewerker hem onheus bejegende en dat niemand terugbelde.");
            await page.GetByLabel("Wat wil de klager?").FillAsync("Een oordeel over het gedrag van de medewerker.");
            // The exploring page is one form: the core, the first part and the respondent go in one press.
            var saveExplore = page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true });
            await page.GetByLabel("Nieuw klachtonderdeel").FillAsync("Onheuse bejegening aan de balie");
            await page.GetByLabel("Naam van de persoon of afdeling").FillAsync("Baliemedewerker Burgerzaken");
            await SubmitAsync(page, saveExplore);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Baliemedewerker Burgerzaken" })).ToBeVisibleAsync();
            await Expect(page.Locator("#klachtonderdelen")).ToContainTextAsync("Onheuse bejegening aan de balie");

            // Awb 9:9: the respondent gets a copy of the complaint; saved with the second part.
            await page.GetByLabel("Nieuw klachtonderdeel").FillAsync("Niet teruggebeld");
            await page.GetByLabel("Datum waarop Baliemedewerker Burgerzaken de kopie kreeg").FillAsync(Today);
            await SubmitAsync(page, saveExplore);
            await Expect(page.Locator("#klachtonderdelen")).ToContainTextAsync("Niet teruggebeld");
            await gate.CheckAsync(page, "explore-with-respondent");

            // The contact page of an open complaint: one form for the planned and the held contact.
            await page.GetByRole(AriaRole.Link, new() { Name = "Contact met klager en beklaagde plannen of vastleggen" }).ClickAsync();
            await Address.WaitForAsync(page, HandlingPageAddress("contact"));
            await gate.CheckAsync(page, "contact-open");
            await page.GetByRole(AriaRole.Link, new() { Name = "Naar het verkennen van het probleem" }).ClickAsync();
            await Address.WaitForAsync(page, HandlingPageAddress("verkennen"));
            await page.GetByLabel("Waarom is een oordeel nodig?").FillAsync("De klager wil uitdrukkelijk een oordeel.");
            await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en naar onderzoek" }));

            // "Opslaan en naar onderzoek" lands on the investigation page: one form, saved as a whole.
            await Address.WaitForAsync(page, HandlingPageAddress("onderzoek"));
            await gate.CheckAsync(page, "investigate");
            var save = page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true });
            foreach (var party in new[] { "Klager", "Beklaagde" })
            {
                await page.GetByRole(AriaRole.Group, new() { Name = "Wie nodigt u uit?" }).GetByLabel(party, new() { Exact = true }).CheckAsync();
                await page.GetByRole(AriaRole.Group, new() { Name = "Hoe wordt er gehoord?" }).GetByLabel("Gesprek op locatie").CheckAsync();
                await page.GetByRole(AriaRole.Textbox, new() { Name = "Uitgenodigd op" }).FillAsync(Today);
                await page.GetByRole(AriaRole.Textbox, new() { Name = "Datum van het horen" }).FillAsync(Today);
                await SubmitAsync(page, save);
            }

            // Both reports typed, then the standard, the rules and the verdicts, and one press saves them all.
            foreach (var (party, report) in new[]
            {
                ("Klager", "De klager vertelde dat de medewerker zijn stem verhief."),
                ("Beklaagde", "De medewerker erkent dat het gesprek uit de hand liep."),
            })
            {
                await page.GetByRole(AriaRole.Group, new() { Name = "Over welk horen gaat het?" }).GetByLabel(new Regex($"^{party}[ ,]")).CheckAsync();
                await page.GetByRole(AriaRole.Group, new() { Name = "Is de partij gehoord?" }).GetByLabel("Ja, gehoord").CheckAsync();
                await page.GetByLabel("Gehoord op").FillAsync(Today);
                await page.GetByLabel("Verslag van het horen").FillAsync(report);
                await SubmitAsync(page, save);
            }

            await Expect(page.Locator("#hoorzittingen")).ToContainTextAsync("De medewerker erkent");
            await gate.CheckAsync(page, "investigate-heard");
            await page.SetViewportSizeAsync(390, 844);
            await gate.CheckAsync(page, "investigate-heard-phone");
            await page.SetViewportSizeAsync(1366, 900);

            // Standard 7 of the Behoorlijkheidswijzer: its choice list is labelled "7. <name>", in the closed group of core value Respectvol.
            await page.Locator("summary").Filter(new() { HasTextRegex = new Regex("^Respectvol ") }).ClickAsync();
            var standard = page.GetByRole(AriaRole.Combobox, new() { NameRegex = new Regex(@"^7\. ") });
            var standardName = Regex.Replace((await page.Locator($"label[for='{await standard.GetAttributeAsync("id")}']").InnerTextAsync()).Trim(), @"^7\.\s*", string.Empty);
            await standard.SelectOptionAsync(new SelectOptionValue { Label = "Geschonden" });
            await page.GetByLabel($"Toelichting bij {standardName}").FillAsync("De medewerker verhief zijn stem.");

            var rules = page.GetByRole(AriaRole.Region, new() { Name = "Toets aan de regels" });
            await rules.GetByLabel("Ja", new() { Exact = true }).CheckAsync();
            await rules.GetByLabel("Toelichting").FillAsync("Er is geen regel geschonden.");

            var verdicts = page.GetByRole(AriaRole.Region, new() { Name = "Oordeel per klachtonderdeel" });
            await verdicts.GetByRole(AriaRole.Group, new() { Name = "Oordeel", Exact = true }).Nth(0).GetByLabel("Gegrond", new() { Exact = true }).CheckAsync();
            await verdicts.GetByRole(AriaRole.Group, new() { Name = "Kon worden vastgesteld wat er gebeurde?" }).Nth(0).GetByLabel("Ja", new() { Exact = true }).CheckAsync();
            await verdicts.GetByLabel("Motivering").Nth(0).FillAsync("Beide partijen bevestigen dat de medewerker zijn stem verhief.");
            await verdicts.GetByRole(AriaRole.Group, new() { Name = "Oordeel", Exact = true }).Nth(1).GetByLabel("Geen oordeel", new() { Exact = true }).CheckAsync();
            await verdicts.GetByRole(AriaRole.Group, new() { Name = "Kon worden vastgesteld wat er gebeurde?" }).Nth(1).GetByLabel("Nee", new() { Exact = true }).CheckAsync();
            await verdicts.GetByLabel("Motivering").Nth(1).FillAsync("Er is niet meer vast te stellen of er een terugbelverzoek was.");
            var lesson = page.GetByRole(AriaRole.Region, new() { Name = "Wat leert de organisatie?" });
            await lesson.GetByLabel("De les uit deze klacht").FillAsync("Baliemedewerkers oefenen de-escalatie in het teamoverleg.");
            await lesson.GetByRole(AriaRole.Group, new() { Name = "Op welk niveau geldt de les?" }).GetByLabel("Werkwijze").CheckAsync();
            await gate.CheckAsync(page, "investigate-before-judging");

            await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en oordeel vaststellen" }));
            await Expect(page.Locator("#toetsingen")).ToContainTextAsync("Geschonden");
            await Expect(page.Locator("#oordelen-lijst")).ToContainTextAsync("gegrond");
            await gate.CheckAsync(page, "investigate-judged");

            var closing = page.GetByRole(AriaRole.Region, new() { Name = "Afronden na onderzoek" });
            await closing.GetByLabel("Ombudsman", new() { Exact = true }).FillAsync("de Nationale ombudsman");
            await closing.GetByLabel("Termijn voor de ombudsman").FillAsync("binnen één jaar na de datum van deze brief");
            await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en afronden na onderzoek" }));
            await Address.WaitForAsync(page, HandlingPageAddress("afronden"));
            await gate.CheckAsync(page, "close-letters");
            var letters = page.GetByRole(AriaRole.Region, new() { Name = "Brieven" });
            await letters.Locator("li").Filter(new() { HasText = "Afsluitende brief na onderzoek" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Brief opstellen") }).ClickAsync();
            await Address.WaitForAsync(page, new Regex("/brieven/nieuw\\?taak="));
            await Expect(page.Locator("#compleet")).ToBeVisibleAsync();
            await gate.CheckAsync(page, "compose-closing-letter");

            // The handler deletes the ombudsman paragraph: the check names what is missing, the text stays.
            var text = page.GetByLabel("Tekst van de brief");
            var composed = await text.InputValueAsync();
            var shortened = string.Join("\n\n", composed.Split("\n\n").Where(p => !p.Contains("ombudsman", StringComparison.OrdinalIgnoreCase)));
            await text.FillAsync(shortened);
            await Forms.PostAndWaitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }));
            await Expect(page.Locator("#ontbreekt")).ToContainTextAsync("De verwijzing naar de Nationale ombudsman ontbreekt");
            Assert.Equal(shortened, (await text.InputValueAsync()).ReplaceLineEndings("\n"));
            await gate.CheckAsync(page, "compose-incomplete");

            await text.FillAsync(composed);
            await page.GetByRole(AriaRole.Group, new() { Name = "Hoe gaat de brief weg?" }).GetByLabel("Per post").CheckAsync();
            await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Versturen" }));
            await Address.WaitForAsync(page, CasePageAddress());
            var sentLetter = page.Locator("#verstuurde-brieven li").Filter(new() { HasText = "Afsluitende brief na onderzoek" });
            await Expect(sentLetter).ToContainTextAsync("per post");
            await sentLetter.GetByRole(AriaRole.Link).ClickAsync();
            await Address.WaitForAsync(page, new Regex("/brieven/[0-9a-fA-F-]{36}$"));
            await Expect(page.Locator("#download-pdf")).ToBeVisibleAsync();
            await gate.CheckAsync(page, "sent-letter");
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Terug naar klacht ") }).ClickAsync();
            await Address.WaitForAsync(page, CasePageAddress());
            await page.GetByRole(AriaRole.Link, new() { Name = "Afronden, brieven en heropenen" }).ClickAsync();
            await Address.WaitForAsync(page, HandlingPageAddress("afronden"));
            await gate.CheckAsync(page, "close-letter-sent");
            await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Afsluiten", Exact = true }));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De klacht is afgesloten" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Terug naar klacht ") }).ClickAsync();
            await Address.WaitForAsync(page, CasePageAddress());

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Behandeling: Afgesloten" })).ToBeVisibleAsync();
            await AssertTimelineShowsAsync(page,
            [
                "Beklaagde toegevoegd: Baliemedewerker Burgerzaken.",
                "Baliemedewerker Burgerzaken heeft op",
                "De klacht wordt onderzocht en beoordeeld.",
                "Gehoord op",
                "Klachtonderdeel 1: gegrond.",
                "Klachtonderdeel 2: geen oordeel.",
                "Les (werkwijze): Baliemedewerkers",
                "Oordeel vastgesteld",
                "Afgesloten: ",
            ]);
            await gate.CheckAsync(page, "case-closed");

            await OpenHandlingPageAsync(page, "Termijnen en verdaging", "termijnen");
            await gate.CheckAsync(page, "deadlines");
            await OpenHandlingPageAsync(page, "Gedragslijn", "gedragslijn");
            await gate.CheckAsync(page, "conduct");
            await OpenHandlingPageAsync(page, "Persoonlijk contact", "contact");
            await gate.CheckAsync(page, "contact-closed");
            await page.GotoAsync("/Staff/Meldingen");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Meldingen");
            await gate.CheckAsync(page, "notifications");

            // The investigation page of a closed complaint, and the case page, on a phone.
            await page.SetViewportSizeAsync(390, 844);
            await page.GoBackAsync();
            await OpenHandlingPageAsync(page, "Onderzoek en oordeel", "onderzoek");
            await gate.CheckAsync(page, "investigate-closed-phone");
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Terug naar klacht ") }).ClickAsync();
            await Address.WaitForAsync(page, CasePageAddress());
            await gate.CheckAsync(page, "case-closed-phone");

            // The sent letter, and the composer of a closed complaint (read only: no sending), on a phone.
            var caseUrl = page.Url;
            await page.Locator("#verstuurde-brieven li").Filter(new() { HasText = "Afsluitende brief na onderzoek" }).GetByRole(AriaRole.Link).ClickAsync();
            await Address.WaitForAsync(page, new Regex("/brieven/[0-9a-fA-F-]{36}$"));
            await gate.CheckAsync(page, "sent-letter-phone");
            await page.GotoAsync(caseUrl + "/brieven/nieuw?brief=ContactConfirmation-Complainant");
            await Expect(page.Locator("#controle")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Versturen" })).ToHaveCountAsync(0);
            await gate.CheckAsync(page, "compose-closed-phone");

            await gate.AssertValidHtmlAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>From a handling page back to the case page, and from there to another handling page.</summary>
    private static async Task OpenHandlingPageAsync(IPage page, string linkName, string slug)
    {
        if (!CasePageAddress().IsMatch(page.Url))
        {
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Terug naar klacht ") }).ClickAsync();
            await Address.WaitForAsync(page, CasePageAddress());
        }

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van de behandeling" }).GetByRole(AriaRole.Link, new() { Name = linkName, Exact = true }).ClickAsync();
        await Address.WaitForAsync(page, HandlingPageAddress(slug));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }

    private static Task SubmitAsync(IPage page, ILocator button) => SubmitAsync(page, () => button.ClickAsync());

    /// <summary>
    /// Submits a form and waits for the page that follows: a step that was taken redirects and
    /// shows its message; a refusal shows the error summary, which fails the test with its text.
    /// </summary>
    private static async Task SubmitAsync(IPage page, Func<Task> submit)
    {
        await page.RunAndWaitForResponseAsync(submit, r => r.Frame == page.MainFrame && r.Request.ResourceType == "document" && r.Status is < 300 or >= 400);
        await page.WaitForLoadStateAsync(LoadState.Load);
        var errors = page.Locator(".gh-error-summary");
        if (await errors.CountAsync() > 0)
        {
            throw new Xunit.Sdk.XunitException($"The step was refused on {page.Url}: {(await errors.InnerTextAsync()).Trim()}");
        }

        await Expect(page.GetByRole(AriaRole.Status).First).ToBeVisibleAsync();
    }

    /// <summary>The case page's timeline shows these steps, in this order.</summary>
    private static async Task AssertTimelineShowsAsync(IPage page, string[] expected)
    {
        var shown = await page.GetByRole(AriaRole.Region, new() { Name = "Tijdlijn" }).Locator(".gh-timeline__what").AllInnerTextsAsync();
        var position = -1;
        foreach (var step in expected)
        {
            var found = -1;
            for (var i = position + 1; i < shown.Count && found < 0; i++)
            {
                found = shown[i].Contains(step, StringComparison.Ordinal) ? i : -1;
            }

            Assert.True(found >= 0, $"The timeline does not show '{step}' after position {position}:\n{string.Join("\n", shown)}");
            position = found;
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static Regex HandlingPageAddress(string slug) => new($"/Staff/Klachten/[0-9a-fA-F-]{{36}}/{slug}(#.*)?$");

    [GeneratedRegex("/Staff/Klachten/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(#.*)?$")]
    private static partial Regex CasePageAddress();
}
