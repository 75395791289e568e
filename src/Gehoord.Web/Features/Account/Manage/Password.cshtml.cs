using System.ComponentModel.DataAnnotations;
using Gehoord.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features.Account.Manage;

/// <summary>
/// A staff member changes their own password. The change gives the account a new security
/// stamp, so every other session ends (a browser left signed in elsewhere, a copied cookie);
/// this one is renewed and goes on.
/// </summary>
public sealed class PasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Signed in with single sign-on only: the password is the organisation's, not Gehoord's.</summary>
    public bool HasPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        HasPassword = await users.HasPasswordAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        HasPassword = await users.HasPasswordAsync(user);
        if (!HasPassword || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.Current" : "Input.New";
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        StatusMessage = "Uw wachtwoord is gewijzigd. Op andere computers en telefoons bent u nu uitgelogd.";
        return RedirectToPage();
    }
}

public sealed class PasswordInput
{
    [Required(ErrorMessage = "Vul uw huidige wachtwoord in.")]
    public string Current { get; set; } = string.Empty;

    [Required(ErrorMessage = "Kies een nieuw wachtwoord van minstens 12 tekens.")]
    public string New { get; set; } = string.Empty;

    [Required(ErrorMessage = "Vul het nieuwe wachtwoord nog een keer in.")]
    [Compare(nameof(New), ErrorMessage = "De twee nieuwe wachtwoorden zijn niet gelijk. Vul ze opnieuw in.")]
    public string Repeat { get; set; } = string.Empty;
}
