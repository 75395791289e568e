using System.ComponentModel.DataAnnotations;
using Gehoord.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<StaffUser> signIn, SignInGuard guard, Infrastructure.Clock clock) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToPage("Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Input.Digits, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            Response.Cookies.Append(SignInGuard.KnownDeviceCookie, guard.KnownDeviceValue(user), SignInGuard.KnownDeviceCookieOptions(clock.Now));
            return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Staff");
        }

        ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Code), result.IsLockedOut
            ? "Uw account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw."
            : "Deze code klopt niet. Vul de code in die nu in uw app staat.");
        return Page();
    }
}

public sealed class CodeInput
{
    [Required(ErrorMessage = "Vul de code van 6 cijfers in.")]
    [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "De code heeft 6 cijfers, bijvoorbeeld 123456.")]
    public string Code { get; set; } = string.Empty;

    /// <summary>The code as the authenticator check wants it: only the six digits.</summary>
    public string Digits => Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
