using System.Globalization;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// Dates on the handling pages are typed as dd-MM-yyyy text, like the quick registration; a
/// browser date picker (yyyy-MM-dd) and common separators are accepted too.
/// </summary>
public static class DateText
{
    private static readonly string[] Formats = ["d-M-yyyy", "yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy"];

    public static string Format(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
