using System.ComponentModel.DataAnnotations;
using Gehoord.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<StaffUser> signIn) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
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
