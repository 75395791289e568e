using System.ComponentModel.DataAnnotations;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Gehoord.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<StaffUser> signIn, IOptions<GehoordOptions> options) : PageModel
{
    private readonly OidcOptions _oidc = options.Value.Oidc;

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The text of the single sign-on button; null when single sign-on is off (ADR 11).</summary>
    public string? SingleSignOnName => _oidc.Enabled ? _oidc.DisplayName : null;

    /// <summary>The heading above the messages: a refused single sign-on is not a form to check.</summary>
    public string SummaryHeading { get; private set; } = "Controleer wat u hebt ingevuld";

    /// <param name="sso">Why a single sign-on was refused (<see cref="SingleSignOnRefusal"/>), set by the callback.</param>
    public void OnGet(string? sso)
    {
        if (SingleSignOnRefusal.Message(sso) is { } message)
        {
            SummaryHeading = "Inloggen is niet gelukt";
            ModelState.AddModelError(string.Empty, message);
        }
    }

    /// <summary>The single sign-on button: a POST with antiforgery, answered by a redirect to the provider.</summary>
    public IActionResult OnPostSingleSignOn()
    {
        if (!_oidc.Enabled)
        {
            return NotFound();
        }

        var callback = Url.Page("/Account/ExternalLogin", new { ReturnUrl = SafeReturnUrl(ReturnUrl) });
        var properties = signIn.ConfigureExternalAuthenticationProperties(SingleSignOn.Scheme, callback);
        return Challenge(properties, SingleSignOn.Scheme);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWith2fa", new { ReturnUrl = SafeReturnUrl(ReturnUrl) });
        }

        // One message for a wrong address and a wrong password: do not reveal which accounts exist.
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw, of vraag de beheerder om hulp."
            : "Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.");
        return Page();
    }

    internal string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/Staff";
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "Vul uw e-mailadres in.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Vul uw wachtwoord in.")]
    public string Password { get; set; } = string.Empty;
}
