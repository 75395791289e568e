using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features;

/// <summary>Friendly page for status codes and unexpected errors; never shows technical details.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Er ging iets mis";

    public string Explanation { get; private set; } = "Er ging bij ons iets mis. Wat u hebt ingevuld is niet verloren als u teruggaat. Probeer het later nog eens.";

    /// <summary>
    /// What the user typed in the form whose post was refused or failed: the page they came
    /// from is gone (the case was reassigned while they typed, say), so their text is shown
    /// here to copy instead of being lost.
    /// </summary>
    public IReadOnlyList<string> TypedTexts { get; private set; } = [];

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status)
    {
        Describe(status);
        TypedTexts = TypedTextsOf(Request);
    }

    /// <summary>
    /// The free text of a posted form: every value except the antiforgery token, ids, yes/no and
    /// the names of choices (which the user can pick again in a moment).
    /// </summary>
    public static IReadOnlyList<string> TypedTextsOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return [];
        }

        IFormCollection form;
        try
        {
            form = request.Form;
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or BadHttpRequestException)
        {
            // The form itself could not be read (that is why we are here): nothing to show.
            return [];
        }

        return [.. form
            .Where(f => f.Key != "__RequestVerificationToken")
            .SelectMany(f => f.Value.Select(v => v?.Trim() ?? string.Empty))
            .Where(v => v.Length > 0 && !Guid.TryParse(v, out _) && v is not ("true" or "false") && !IsChoiceName(v))
            .Distinct(StringComparer.Ordinal)];
    }

    // Radio buttons and lists post the name of a domain choice ("Complainant", "Phone"); a
    // typed word such as a surname is never hidden, because only real choice names match.
    private static readonly HashSet<string> ChoiceNames = typeof(Gehoord.Domain.Complaints.Complaint).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.IsPublic)
        .SelectMany(Enum.GetNames)
        .ToHashSet(StringComparer.Ordinal);

    private static bool IsChoiceName(string value) => ChoiceNames.Contains(value);

    private void Describe(int? status)
    {
        switch (status)
        {
            case StatusCodes.Status404NotFound:
                Heading = "Pagina niet gevonden";
                Explanation = "Deze pagina bestaat niet (meer). Controleer het adres, of ga naar de startpagina.";
                break;
            case StatusCodes.Status403Forbidden:
                Heading = "Geen toegang";
                Explanation = HttpContext.Items[Access.CaseAccessFilter.ReasonKey] as string ?? "U hebt geen toegang tot deze pagina.";
                break;
            case StatusCodes.Status429TooManyRequests:
                Heading = "Even wachten";
                Explanation = "U hebt het veel keer kort na elkaar geprobeerd. Wacht een minuut en probeer het dan opnieuw.";
                break;
            case StatusCodes.Status400BadRequest:
                Heading = "Dit verzoek konden we niet verwerken";
                Explanation = "Misschien stond de pagina te lang open. Ga terug, laad de pagina opnieuw en probeer het nog eens.";
                break;
            default:
                break;
        }
    }
}
