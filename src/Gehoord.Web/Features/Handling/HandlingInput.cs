using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// Reading what staff typed on the handling pages: dates as dd-MM-yyyy (as on quick
/// registration), times as HH:mm, and one form's input validated at a time.
/// </summary>
public static partial class HandlingInput
{
    private static readonly string[] DateFormats = ["d-M-yyyy", "yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy"];
    private static readonly string[] TimeFormats = ["H:mm", "H.mm", "HHmm"];

    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>
    /// A page with several forms binds every input on each post; only the posted form's input
    /// (<paramref name="prefixes"/>) may stop the action, so the other inputs' errors are dropped.
    /// </summary>
    public static void ValidateOnly(this ModelStateDictionary modelState, params string[] prefixes)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(prefixes);
        foreach (var key in modelState.Keys.ToList())
        {
            // "Core.Text" and, for lists, "Verdicts[0].Verdict" belong to the form.
            if (!prefixes.Any(prefix => Belongs(key, prefix)))
            {
                modelState.Remove(key);
            }
            else if (modelState[key]!.Errors.Any(e => e.ErrorMessage.StartsWith("The value ", StringComparison.Ordinal)))
            {
                // Only a changed page sends a choice that cannot be read (radio buttons and lists
                // offer valid ones); the framework's English text is replaced by a Dutch one.
                modelState[key]!.Errors.Clear();
                modelState.AddModelError(key, "Kies een van de mogelijkheden op de pagina.");
            }
        }
    }

    /// <summary>Whether a model-state key is a field of the input named <paramref name="prefix"/>.</summary>
    public static bool Belongs(string key, string prefix) =>
        key.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase) || key.StartsWith(prefix + "[", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether any of the texts holds more than white space.</summary>
    public static bool AnyText(params string?[] texts) => texts.Any(t => !string.IsNullOrWhiteSpace(t));

    /// <summary>A stored text and a typed one say the same, as the domain would store it (trimmed, empty is none).</summary>
    public static bool Same(string? stored, string? typed) =>
        string.Equals(string.IsNullOrWhiteSpace(stored) ? null : stored.Trim(), string.IsNullOrWhiteSpace(typed) ? null : typed.Trim(), StringComparison.Ordinal);

    /// <summary>
    /// An amount in euros: "12,50" (Dutch decimal comma), "12.50", "€ 1.250,00". Null when it is
    /// not a plain positive amount with at most two decimals.
    /// </summary>
    public static decimal? ParseEuros(string? text)
    {
        var value = text?.Replace("€", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // With both separators the last one is the decimal mark; a comma alone is the Dutch
        // decimal comma; dots alone before groups of three digits ("1.250") are Dutch thousands.
        var comma = value.LastIndexOf(',');
        var dot = value.LastIndexOf('.');
        if (comma > dot)
        {
            value = value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (comma < 0 && ThousandsOnly().IsMatch(value))
        {
            value = value.Replace(".", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            value = value.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && amount > 0
            && decimal.Round(amount, 2) == amount
                ? amount
                : null;
    }

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+$")]
    private static partial Regex ThousandsOnly();
}
