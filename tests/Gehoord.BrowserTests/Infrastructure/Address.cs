using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Gehoord.BrowserTests.Infrastructure;

/// <summary>
/// Address patterns for WaitForURL. A glob like "**/klacht" misses "/klacht#inhoud": after the
/// skip link the fragment stays on the address, also across a form post and its redirect.
/// </summary>
public static class Address
{
    /// <summary>
    /// Waits until the page shows an address that matches, and that page has loaded.
    /// Not <c>IPage.WaitForURLAsync</c>: after a navigation started by a key press it missed the
    /// page's load now and then under load (seen in CI and reproduced with both cores busy: the
    /// page was at /klacht with readyState "complete" and the wait still timed out). Polling
    /// the address, then waiting for the load state, does not depend on catching that event.
    /// The pattern goes to the browser as a JavaScript RegExp, so it takes no .NET-only options.
    /// </summary>
    public static async Task WaitForAsync(IPage page, Regex address)
    {
        ArgumentNullException.ThrowIfNull(page);
        // As long as a navigation may take (BrowserFixture), not the 5 s of an expectation.
        await Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 30_000 });
        // The document's state polled from here, not the load event: once the event was missed
        // (a 30 s timeout with "NetworkIdle" already fired, on the case page after registering a
        // phone complaint). Not WaitForFunctionAsync: its in-page polling evaluates a string,
        // which the pages' Content-Security-Policy (no 'unsafe-eval') refuses.
        var until = DateTime.UtcNow.AddSeconds(30);
        while (await ReadyStateAsync(page) != "complete")
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"{page.Url} did not finish loading within 30 s.");
            }

            await Task.Delay(50);
        }
    }

    private static async Task<string?> ReadyStateAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<string>("document.readyState");
        }
        catch (PlaywrightException)
        {
            // The page navigated while it was asked ("execution context was destroyed"): ask again.
            return null;
        }
    }

    /// <summary>This path, with or without a query string and fragment.</summary>
    public static Regex Of(string path) =>
        new($"^https?://[^/]+{Regex.Escape(path)}(\\?[^#]*)?(#.*)?$");

    /// <summary>The address without its fragment.</summary>
    public static string WithoutFragment(string url) => url.Split('#', 2)[0];
}
