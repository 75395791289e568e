using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gehoord.BrowserTests.Infrastructure;

/// <summary>Full-page screenshots of the pages the flows reach, for a person to look at.</summary>
public static class Screenshots
{
    private static int _announced;

    /// <summary>$GEHOORD_SCREENSHOTS, else gehoord-screenshots in the temp folder; emptied once per run.</summary>
    public static string Folder { get; } = Prepare();

    public static void Announce(ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Screenshots: {Folder}");
        if (Interlocked.Exchange(ref _announced, 1) == 0)
        {
            Console.Error.WriteLine($"Gehoord browser tests: screenshots are written to {Folder}");
        }
    }

    public static async Task TakeAsync(IPage page, string name, bool fullPage, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        var viewport = page.ViewportSize is { } size ? $"{size.Width}x{size.Height}" : "default";
        var file = Path.Combine(Folder, $"{name}-{viewport}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = fullPage });
        output.WriteLine($"screenshot: {file}");
    }

    private static string Prepare()
    {
        var folder = Environment.GetEnvironmentVariable("GEHOORD_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "gehoord-screenshots");
        if (Directory.Exists(folder))
        {
            foreach (var old in Directory.EnumerateFiles(folder, "*.png"))
            {
                File.Delete(old);
            }
        }

        Directory.CreateDirectory(folder);
        return folder;
    }
}
