using Microsoft.Playwright;

namespace Gehoord.BrowserTests.Infrastructure;

/// <summary>
/// One app host and one Chromium for the whole browser suite (the collection runs its tests one
/// after another); every test gets its own browser context, so cookies never leak between flows.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "GEHOORD_CHROMIUM";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public GehoordServer Server { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not been started.");

    /// <summary>Debian's Chromium (test.sh installs it); Playwright never downloads a browser here.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. Run ./test.sh, which installs Debian's chromium package, " +
                $"or set {ChromiumVariable} to a Chromium binary. The browser tests never download a browser.");
        }

        Server = new GehoordServer();
        await WarmUpAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>
    /// The first request to each page pays for JIT compilation, which on a busy two-core machine
    /// can take longer than a browser wait; the flows should measure the pages, not the warm-up.
    /// </summary>
    private async Task WarmUpAsync()
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        foreach (var path in new[] { "/", "/klacht", "/volgen", "/en/complaint", "/Account/Login", "/klacht/ontvangen" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            _ = await response.Content.ReadAsStringAsync();
        }
    }

    /// <summary>A fresh browser context (no cookies) with one page, Dutch locale, at the given viewport.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool isMobile = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = isMobile,
            HasTouch = isMobile,
            DeviceScaleFactor = 1,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
