using Gehoord.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Gehoord.BrowserTests;

/// <summary>The public pages in Dutch and English, on a phone and on a desktop screen.</summary>
[Collection(BrowserSuite.Name)]
public sealed class PublicPagesTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly (string Path, string Name)[] Pages =
    [
        ("/", "home"),
        ("/klacht", "complaint-form"),
        ("/en/complaint", "complaint-form-en"),
        ("/volgen", "status-lookup"),
        ("/en/track", "status-lookup-en"),
        ("/Account/Login", "login"),
    ];

    [Theory]
    [InlineData("phone", 390, 844)]
    [InlineData("desktop", 1280, 900)]
    public async Task The_public_pages_pass_axe_and_the_Nu_Html_Checker(string screen, int width, int height)
    {
        var gate = new PageGate("public-" + screen, output);
        var page = gate.Watch(await browser.NewPageAsync(width, height, isMobile: screen == "phone"));
        try
        {
            foreach (var (path, name) in Pages)
            {
                await page.GotoAsync(path);
                await gate.CheckAsync(page, name);
            }

            await gate.AssertValidHtmlAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
