using Gehoord.Domain.Deadlines;
using Microsoft.AspNetCore.Html;

namespace Gehoord.Web.Infrastructure;

/// <summary>
/// A deadline's urgency in words with an icon: never by colour alone, and no emoji (a machine
/// without an emoji font shows those as an empty box). Rendered from code so that it can stand
/// inline before a colon without stray white space.
/// </summary>
public static class SignalHtml
{
    private const string Warning = "<svg class=\"gh-icon\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 16 16\"><path d=\"M8 1 15 14H1Z\" fill=\"currentColor\"/><path d=\"M7.25 5.5h1.5v4.5h-1.5zM7.25 11h1.5v1.5h-1.5z\" fill=\"#fff\"/></svg>";
    private const string Clock = "<svg class=\"gh-icon\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"6.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.8\"/><path d=\"M7.2 4h1.6v4.3l2.8 1.7-.8 1.4-3.6-2.2z\" fill=\"currentColor\"/></svg>";
    private const string Check = "<svg class=\"gh-icon\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 16 16\"><path d=\"m2 8.5 1.3-1.3 3 3L12.7 3.8 14 5.1l-7.7 7.7z\" fill=\"currentColor\"/></svg>";

    public static IHtmlContent For(DeadlineSignal signal)
    {
        var (css, icon) = signal switch
        {
            DeadlineSignal.Overdue => ("gh-deadline--overdue", Warning),
            DeadlineSignal.DueSoon => ("gh-deadline--soon", Clock),
            DeadlineSignal.OnTime => ("gh-deadline--ontime", Check),
            _ => (string.Empty, string.Empty),
        };

        // The Dutch names are fixed texts from the domain, so no encoding is needed.
        return new HtmlString($"<span class=\"gh-signal {css}\">{icon}{DeadlineSignals.DutchName(signal)}</span>");
    }
}
