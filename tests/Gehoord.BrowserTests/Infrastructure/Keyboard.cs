using System.Text.Json.Serialization;
using Microsoft.Playwright;

namespace Gehoord.BrowserTests.Infrastructure;

/// <summary>What has the keyboard focus, and whether a sighted keyboard user can see that.</summary>
public sealed class FocusedElement
{
    [JsonPropertyName("tag")] public string Tag { get; set; } = string.Empty;
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("text")] public string Text { get; set; } = string.Empty;
    [JsonPropertyName("href")] public string? Href { get; set; }
    [JsonPropertyName("outline")] public string Outline { get; set; } = string.Empty;
    [JsonPropertyName("boxShadow")] public string BoxShadow { get; set; } = string.Empty;
    [JsonPropertyName("hasIndicator")] public bool HasIndicator { get; set; }
    [JsonPropertyName("nativePicker")] public bool NativePicker { get; set; }
    [JsonPropertyName("inViewport")] public bool InViewport { get; set; }

    public override string ToString() =>
        $"<{Tag}{(Id is null ? "" : " id=" + Id)}{(Name is null ? "" : " name=" + Name)}{(Type is null ? "" : " type=" + Type)}> \"{Text}\" (outline: {Outline}; box-shadow: {BoxShadow}{(NativePicker ? "; on the browser's calendar button" : "")})";
}

/// <summary>
/// Keyboard-only use: Tab and Shift+Tab through the page, and at every stop the focused element
/// must show a focus indicator (a computed outline or box-shadow) and be on screen.
/// </summary>
public sealed class KeyboardUser(IPage page)
{
    private const string DescribeFocus = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) { return null; }
          const s = getComputedStyle(el);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = !!s.boxShadow && s.boxShadow !== 'none';
          // Tab also stops on the calendar button inside a date field (the browser's own shadow
          // DOM): the field itself then no longer matches :focus, and Chromium draws its own
          // focus ring around that button (seen in screenshots), which no stylesheet can remove.
          const nativePicker = el.tagName === 'INPUT' && /^(date|time|datetime-local|month|week)$/.test(el.type) && !el.matches(':focus');
          const r = el.getBoundingClientRect();
          const inViewport = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
            && r.top < window.innerHeight && r.left < window.innerWidth;
          return {
            tag: el.tagName.toLowerCase(), id: el.id || null, name: el.getAttribute('name'), type: el.getAttribute('type'),
            text: ((el.labels && el.labels[0] ? el.labels[0].innerText : '') || el.innerText || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 80),
            href: el.getAttribute('href'),
            outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, boxShadow: s.boxShadow,
            hasIndicator: outline || shadow || nativePicker, nativePicker, inViewport };
        }
        """;

    private readonly List<string> _stops = [];

    /// <summary>Every focus stop so far, for failure messages.</summary>
    public IReadOnlyList<string> Stops => _stops;

    public async Task<FocusedElement> TabAsync(bool backwards = false)
    {
        await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        return await AssertFocusVisibleAsync(backwards ? "Shift+Tab" : "Tab");
    }

    /// <summary>Presses Tab until the focused element matches, checking every stop on the way.</summary>
    public async Task<FocusedElement> TabUntilAsync(Func<FocusedElement, bool> target, string what, int maxStops = 60)
    {
        ArgumentNullException.ThrowIfNull(target);
        for (var i = 0; i < maxStops; i++)
        {
            var focused = await TabAsync();
            if (target(focused))
            {
                return focused;
            }
        }

        throw new Xunit.Sdk.XunitException($"After {maxStops} Tab presses the focus never reached {what} on {page.Url}. Stops:\n{string.Join("\n", _stops.TakeLast(maxStops))}");
    }

    public async Task<FocusedElement?> FocusedAsync() => await page.EvaluateAsync<FocusedElement?>(DescribeFocus);

    public async Task<FocusedElement> AssertFocusVisibleAsync(string after)
    {
        var focused = await FocusedAsync()
            ?? throw new Xunit.Sdk.XunitException($"After {after} nothing has the focus on {page.Url} (focus fell back to the body).");
        _stops.Add($"{new Uri(page.Url).AbsolutePath}: {focused}");
        Assert.True(focused.HasIndicator, $"After {after} on {page.Url} the focused element shows no focus indicator: {focused}");
        Assert.True(focused.InViewport, $"After {after} on {page.Url} the focused element is not on screen: {focused}");
        return focused;
    }
}
