using Microsoft.Playwright;

namespace Gehoord.BrowserTests.Infrastructure;

public static class Forms
{
    /// <summary>Clicks a submit button and waits until the page the server answers with has loaded.</summary>
    public static async Task PostAndWaitAsync(IPage page, ILocator button)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(button);
        await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Frame == page.MainFrame && r.Request.ResourceType == "document" && r.Status is < 300 or >= 400);
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
