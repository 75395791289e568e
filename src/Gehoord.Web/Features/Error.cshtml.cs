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

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

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
