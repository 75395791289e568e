using System.ComponentModel.DataAnnotations;
using Gehoord.Web.Features.Administration;
using Gehoord.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Account;

/// <summary>
/// Where an invitation's one-time link leads: the new staff member chooses a password, is
/// signed in, and goes on to set up two-step sign-in. The link works once and for 24 hours.
/// </summary>
[AllowAnonymous]
public sealed class ActivateModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, StaffAccounts accounts) : PageModel
{
    public const string InvalidLink = "Deze link werkt niet (meer). Een link werkt één keer en 24 uur lang. Vraag de beheerder van uw organisatie om een nieuwe uitnodiging.";

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public ActivateInput Input { get; set; } = new();

    public string? Email { get; private set; }

    public bool LinkWorks { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await FindAsync();
        LinkWorks = user is not null && user.IsActive && !await users.HasPasswordAsync(user)
            && await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, Code ?? string.Empty);
        Email = LinkWorks ? user!.Email : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindAsync();
        if (user is null)
        {
            LinkWorks = false;
            return Page();
        }

        Email = user.Email;
        LinkWorks = true;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await accounts.ActivateAsync(user, Code ?? string.Empty, Input.Password);
        if (result is null)
        {
            LinkWorks = false;
            return Page();
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }

            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        TempData["StatusMessage"] = "Uw wachtwoord is ingesteld en u bent ingelogd. Stel nu tweestapsverificatie in: dan kan niemand anders met uw wachtwoord inloggen.";
        return Redirect(TwoFactorRequirement.SetUpPath);
    }

    private async Task<StaffUser?> FindAsync() =>
        string.IsNullOrEmpty(Id) ? null : await users.Users.IgnoreQueryFilters().SingleOrDefaultAsync(u => u.Id == Id);
}

public sealed class ActivateInput
{
    [Required(ErrorMessage = "Kies een wachtwoord van minstens 12 tekens.")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "Vul het wachtwoord nog een keer in.")]
    [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet gelijk. Vul ze opnieuw in.")]
    public string Repeat { get; set; } = string.Empty;
}
