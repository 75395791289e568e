using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// Input helpers for handling pages that hold several forms: each POST carries only its own
/// form, so only that form is validated, and typed dates and amounts are read the Dutch way.
/// </summary>
public static partial class HandlingInput
{
    private static readonly string[] DateFormats = ["d-M-yyyy", "yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy"];

    /// <summary>
    /// Validates <paramref name="input"/> under <paramref name="prefix"/> and forgets what model
    /// binding said about the other forms on the page, which were not posted.
    /// </summary>
    public static bool ValidateOnly(this PageModel page, object input, string prefix)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.ModelState.Clear();
        return page.TryValidateModel(input, prefix);
    }

    /// <summary>A date as people type it here: 15-03-2026 (also 15/3/2026, 15.3.2026 or 2026-03-15).</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string FormatDate(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

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
