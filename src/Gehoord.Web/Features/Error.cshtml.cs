using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
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
    /// The error happened on an English page (/en/…): the page that answers it speaks English
    /// too. This page's own address is /Error, so the address that failed decides.
    /// </summary>
    public bool English { get; private set; }

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
        var failed = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        English = failed is not null && Intake.PublicOrganisation.IsEnglishPath(failed);
        (Heading, Explanation) = (status, English) switch
        {
            (StatusCodes.Status404NotFound, false) => ("Pagina niet gevonden", "Deze pagina bestaat niet (meer). Controleer het adres, of ga naar de startpagina."),
            (StatusCodes.Status404NotFound, true) => ("Page not found", "This page does not exist (any more). Check the address, or go to the complaint form."),
            // Only staff pages refuse access; they are Dutch.
            (StatusCodes.Status403Forbidden, _) => ("Geen toegang", HttpContext.Items[Access.CaseAccessFilter.ReasonKey] as string ?? "U hebt geen toegang tot deze pagina."),
            (StatusCodes.Status429TooManyRequests, false) => ("Even wachten", "U hebt te vaak achter elkaar geprobeerd. Wacht een minuut en probeer het dan opnieuw."),
            (StatusCodes.Status429TooManyRequests, true) => ("Please wait", "You have tried too many times in a row. Wait a minute and then try again."),
            (StatusCodes.Status400BadRequest, false) => ("Dit verzoek konden we niet verwerken", "Misschien stond de pagina te lang open. Ga terug, laad de pagina opnieuw en probeer het nog eens."),
            (StatusCodes.Status400BadRequest, true) => ("We could not handle this request", "Perhaps the page was open for too long. Go back, reload the page and try again."),
            (_, true) => ("Something went wrong", "Something went wrong on our side. What you filled in is not lost if you go back. Please try again later."),
            _ => (Heading, Explanation),
        };
    }
}
