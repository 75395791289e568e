using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Gehoord.BrowserTests.Infrastructure;

/// <summary>
/// The accessibility gate for one flow: every page the flow reaches is checked with axe-core
/// (WCAG 2.0/2.1 A and AA, zero violations), photographed, and its served HTML is kept for the
/// Nu Html Checker, which runs once at the end of the flow (<see cref="AssertValidHtmlAsync"/>).
/// </summary>
public sealed partial class PageGate
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private readonly string _flow;
    private readonly ITestOutputHelper _output;
    private readonly List<(string Name, string Html)> _documents = [];
    private readonly Dictionary<IPage, IResponse> _lastDocument = [];
    private readonly List<string> _brokenResources = [];
    private int _pages;

    public PageGate(string flow, ITestOutputHelper output)
    {
        _flow = flow;
        _output = output;
        Screenshots.Announce(output);
    }

    /// <summary>Starts recording the HTML documents the page receives (call before the first navigation).</summary>
    public IPage Watch(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Response += (_, response) =>
        {
            if (response.Frame == page.MainFrame && response.Request.ResourceType == "document")
            {
                _output.WriteLine($"  {response.Request.Method} {new Uri(response.Url).PathAndQuery} -> {response.Status}");
            }

            if (response.Frame == page.MainFrame && response.Request.ResourceType == "document" && response.Status is < 300 or >= 400)
            {
                _lastDocument[page] = response;
            }

            // A page whose style sheet did not load passes axe unstyled: that must fail the gate.
            if (response.Request.ResourceType is "stylesheet" or "script" or "image" or "font" && response.Status >= 400)
            {
                _brokenResources.Add($"{response.Status} {response.Url}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            if (request.ResourceType is "stylesheet" or "script" or "image" or "font")
            {
                _brokenResources.Add($"failed ({request.Failure}) {request.Url}");
            }
        };
        return page;
    }

    /// <summary>
    /// Checks the page as it is now: axe-core must find no violation, and the HTML the server sent
    /// for it (also for the result of a POST) is queued for the Nu Html Checker.
    /// </summary>
    public async Task CheckAsync(IPage page, string name, bool fullPageScreenshot = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        _pages++;
        await page.WaitForLoadStateAsync(LoadState.Load);

        var response = _lastDocument.GetValueOrDefault(page)
            ?? throw new InvalidOperationException($"No HTML document was recorded for '{name}' ({page.Url}): call Watch(page) before navigating.");
        Assert.True(Address.WithoutFragment(response.Url) == Address.WithoutFragment(page.Url), $"The last document received ({response.Url}) is not the page shown ({page.Url}).");
        Assert.True(response.Status == 200, $"'{name}' ({page.Url}) answered {response.Status}, not 200.");
        _documents.Add(($"{_flow}: {name} ({new Uri(page.Url).PathAndQuery})", await response.TextAsync()));

        await Screenshots.TakeAsync(page, $"{_flow}-{_pages:00}-{name}", fullPageScreenshot, _output);
        Assert.True(_brokenResources.Count == 0, $"'{name}' ({page.Url}): resources did not load:\n{string.Join("\n", _brokenResources)}");
        // An empty answer for a style sheet (as a gzip request once got) is a 200 too: count its rules.
        var emptySheets = await page.EvaluateAsync<string[]>("() => [...document.styleSheets].filter(s => s.cssRules.length === 0).map(s => s.href || 'inline')");
        var sheets = await page.EvaluateAsync<int>("() => document.styleSheets.length");
        Assert.True(sheets > 0 && emptySheets.Length == 0, $"'{name}' ({page.Url}) is unstyled: {sheets} style sheet(s), empty: {string.Join(", ", emptySheets)}.");

        // Issue 16: no handling page over 3,000 px high on a desktop.
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        var width = page.ViewportSize?.Width ?? 0;
        _output.WriteLine($"height: {height} px at {width} px wide on {name} ({new Uri(page.Url).AbsolutePath})");
        if (width >= 1024 && HandlingPage().IsMatch(new Uri(page.Url).AbsolutePath))
        {
            Assert.True(height <= MaxHandlingPageHeight, $"'{name}' ({page.Url}) is {height} px high at {width} px wide; a handling page may be at most {MaxHandlingPageHeight} px.");
        }

        var violations = await AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe-core found {violations.Count} WCAG 2.1 A/AA violation(s) on '{name}' ({page.Url}):\n{Describe(violations)}");
        _output.WriteLine($"axe: no violations on {name} ({page.Url})");
    }

    /// <summary>The highest a handling page may be on a desktop (issue 16).</summary>
    public const int MaxHandlingPageHeight = 3000;

    [System.Text.RegularExpressions.GeneratedRegex("^/Staff/Klachten/[0-9a-fA-F-]{36}/(toewijzen|verkennen|contact|oplossen|onderzoek|termijnen|afronden|gedragslijn|besluit)$")]
    private static partial System.Text.RegularExpressions.Regex HandlingPage();

    /// <summary>axe-core with the WCAG 2.0 and 2.1 A and AA rules on the page as it is now.</summary>
    public static async Task<IReadOnlyList<AxeResultItem>> AxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });
        return result.Violations ?? [];
    }

    public static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes ?? [])
            {
                text.AppendLine($"    at {node.Target?.ToString() ?? "?"}: {node.Html}");
                var checks = (node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).ToList();
                if (node.Any is { Length: > 0 } any)
                {
                    checks.Add("one of: " + string.Join(" / ", any.Select(c => c.Message)));
                }

                foreach (var check in checks)
                {
                    text.AppendLine("      " + check);
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Errors in the app's pages that are known, reported, and waiting for a fix in src/ (which
    /// this test project may not change). Each entry is as narrow as the one error it excuses;
    /// remove it with the fix. Everything else the checker calls an error fails the flow.
    /// </summary>
    public static readonly IReadOnlyList<(string MessageContains, string ExtractContains, string Why)> KnownHtmlDefects =
    [
    ];

    private static bool IsKnownDefect(HtmlMessage message) =>
        KnownHtmlDefects.Any(k => message.Message.Contains(k.MessageContains, StringComparison.Ordinal)
            && (message.Extract ?? string.Empty).Contains(k.ExtractContains, StringComparison.Ordinal));

    /// <summary>Runs the Nu Html Checker once over every page this flow checked: zero errors allowed.</summary>
    public async Task AssertValidHtmlAsync()
    {
        Assert.True(_documents.Count > 0, $"The flow '{_flow}' checked no page.");
        var messages = await HtmlChecker.CheckAsync(_documents);
        foreach (var warning in messages.Where(m => !m.IsError))
        {
            _output.WriteLine("vnu warning: " + warning);
        }

        foreach (var known in messages.Where(m => m.IsError && IsKnownDefect(m)))
        {
            _output.WriteLine("vnu KNOWN APP DEFECT (tolerated until fixed in src/, see KnownHtmlDefects): " + known);
        }

        var errors = messages.Where(m => m.IsError && !IsKnownDefect(m)).ToList();
        Assert.True(errors.Count == 0,
            $"The Nu Html Checker found {errors.Count} error(s) in the HTML of '{_flow}':\n" + string.Join("\n", errors.Select(e => "- " + e)));
        _output.WriteLine($"vnu: no errors in {_documents.Count} document(s) of {_flow}");
    }
}
