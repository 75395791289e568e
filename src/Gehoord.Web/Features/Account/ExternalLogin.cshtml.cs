using Gehoord.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Account;

/// <summary>
/// Where a single sign-on ends (ADR 11): the provider's answer is in Identity's external cookie.
/// Matches the person to an existing staff account by the e-mail address the provider vouches
/// for and signs in with the normal cookie, without Gehoord's own second factor (the provider
/// does MFA). Never creates an account.
/// </summary>
[AllowAnonymous]
public sealed partial class ExternalLoginModel(
    SignInManager<StaffUser> signIn,
    UserManager<StaffUser> users,
    ILogger<ExternalLoginModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded)
        {
            return Refuse(SingleSignOnRefusal.Failed);
        }

        var email = SingleSignOnEmail.Read(external.Principal, out var unverified);
        if (email is null)
        {
            LogNoEmail(logger, unverified);
            return Refuse(unverified ? SingleSignOnRefusal.Unverified : SingleSignOnRefusal.NoEmail);
        }

        // E-mail addresses are unique across the installation; nobody is signed in yet, and the
        // lookup must not depend on it, so it looks past the organisation filter on purpose.
        var normalized = users.NormalizeEmail(email);
        var matches = await users.Users.IgnoreQueryFilters()
            .Where(u => u.NormalizedEmail == normalized)
            .Take(2)
            .ToListAsync(HttpContext.RequestAborted);
        if (matches.Count != 1)
        {
            LogNoAccount(logger, matches.Count);
            return Refuse(SingleSignOnRefusal.NoAccount);
        }

        var user = matches[0];
        // The same checks, in the same order, as a password sign-in (SignInManager.PreSignInCheck).
        if (!await signIn.CanSignInAsync(user))
        {
            return Refuse(SingleSignOnRefusal.NotAllowed);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return Refuse(SingleSignOnRefusal.LockedOut);
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: SingleSignOn.Scheme);
        return LocalRedirect(!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Staff");
    }

    private RedirectToPageResult Refuse(string code) => RedirectToPage("Login", new { sso = code });

    [LoggerMessage(Level = LogLevel.Information, Message = "Single sign-on refused: the provider sent no usable e-mail address (unverified: {Unverified}).")]
    private static partial void LogNoEmail(ILogger logger, bool unverified);

    [LoggerMessage(Level = LogLevel.Information, Message = "Single sign-on refused: {Count} staff accounts have the e-mail address the provider sent.")]
    private static partial void LogNoAccount(ILogger logger, int count);
}
