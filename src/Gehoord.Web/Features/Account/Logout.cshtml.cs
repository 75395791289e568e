using Gehoord.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features.Account;

/// <summary>Sign-out is a POST (with antiforgery) so that a link on another site cannot sign staff out.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? RedirectToPage("/Staff/Index") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends every session of the account, not only this browser's: a
        // copied cookie (another device, a shared computer, a stolen one) stops working at once,
        // because every request checks the stamp (Program.cs).
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Page();
    }
}
