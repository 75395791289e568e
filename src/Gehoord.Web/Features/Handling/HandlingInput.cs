using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// Reading what staff typed on the handling pages: dates as dd-MM-yyyy (as on quick
/// registration), times as HH:mm, and one form's input validated at a time.
/// </summary>
public static class HandlingInput
{
    private static readonly string[] DateFormats = ["d-M-yyyy", "yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy"];
    private static readonly string[] TimeFormats = ["H:mm", "H.mm", "HHmm"];

    public static string Date(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static TimeOnly? ParseTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>
    /// A page with several forms binds every input on each post; only the posted form's input
    /// (<paramref name="prefix"/>) may stop the action, so the other inputs' errors are dropped.
    /// </summary>
    public static void ValidateOnly(this ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var key in modelState.Keys.ToList())
        {
            if (!key.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase))
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
}
