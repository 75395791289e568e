using System.Text;
using System.Text.Encodings.Web;
using Gehoord.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features.Account.Manage;

/// <summary>Optional TOTP two-factor sign-in, built on ASP.NET Core Identity's authenticator support.</summary>
public sealed class TwoFactorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, UrlEncoder urlEncoder, Persistence.GehoordDbContext db) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public bool IsEnabled { get; private set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    /// <summary>The authenticator address as a QR code, a PNG data URI the page shows inline (the CSP allows data: images).</summary>
    public string QrCodeDataUri { get; private set; } = string.Empty;

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The organisation requires two-step sign-in for this person's role: it cannot be switched off.</summary>
    public bool Required { get; private set; }

    [BindProperty(SupportsGet = true, Name = "verplicht")]
    public bool SentHere { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Input.Digits);
            if (valid)
            {
                await users.SetTwoFactorEnabledAsync(user, true);
                await signIn.RefreshSignInAsync(user);
                StatusMessage = "Tweestapsverificatie staat nu aan.";
                return RedirectToPage();
            }

            ModelState.AddModelError("Input.Code", "Deze code klopt niet. Controleer of de tijd op uw telefoon goed staat en vul de nieuwe code in.");
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await IsRequiredAsync(user))
        {
            StatusMessage = "Uw organisatie vraagt tweestapsverificatie voor uw rol. Daarom kunt u die niet uitzetten. Hebt u een nieuwe telefoon? Vraag de beheerder om uw tweestapsverificatie terug te zetten.";
            return RedirectToPage();
        }

        // Only someone holding the app may switch it off: a session left open is not enough.
        if (!ModelState.IsValid
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Input.Digits))
        {
            ModelState.Clear();
            ModelState.AddModelError("Input.Code", "Vul de code van 6 cijfers uit uw app in om tweestapsverificatie uit te zetten. Deze code klopt niet of ontbreekt.");
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        StatusMessage = "Tweestapsverificatie staat nu uit.";
        return RedirectToPage();
    }

    private async Task<bool> IsRequiredAsync(StaffUser user)
    {
        var organisation = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(db.Organisations), o => o.Id == user.OrganisationId);
        return organisation?.RequiresTwoFactor(await users.GetRolesAsync(user)) == true;
    }

    private async Task LoadAsync(StaffUser user)
    {
        Required = await IsRequiredAsync(user);
        IsEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (IsEnabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);

            // A new key changes the security stamp, which every request checks: renew this
            // session's cookie, or the next click would sign the person out.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }

        SharedKey = Group(key);
        AuthenticatorUri = $"otpauth://totp/{urlEncoder.Encode("Gehoord")}:{urlEncoder.Encode(user.Email ?? user.UserName ?? string.Empty)}?secret={key}&issuer={urlEncoder.Encode("Gehoord")}&digits=6";
        using var data = QRCoder.QRCodeGenerator.GenerateQrCode(AuthenticatorUri, QRCoder.QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new QRCoder.PngByteQRCode(data).GetGraphic(6));
    }

    private static string Group(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
