using System.ComponentModel.DataAnnotations;
using Gehoord.Domain.Access;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Gehoord.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(
    SignInManager<StaffUser> signIn,
    UserManager<StaffUser> users,
    IPasswordHasher<StaffUser> hasher,
    SignInGuard guard,
    Clock clock,
    IOptions<GehoordOptions> options) : PageModel
{
    private static string? _unknownAccountHash;

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

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        var knownDevice = guard.IsKnownDevice(Request.Cookies[SignInGuard.KnownDeviceCookie], user);

        // Counted before the password is looked at, for a known and an unknown address alike.
        if (await guard.CountAttemptAsync(email, client, user, knownDevice, cancellationToken) is { } refusal)
        {
            var minutes = SignInThrottle.MinutesToWait(refusal.Wait);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(refusal.Wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            SummaryHeading = "Even wachten";
            ModelState.AddModelError(string.Empty, refusal.ForAddress
                ? $"Er is te vaak geprobeerd in te loggen met dit e-mailadres. Probeer het over {Minutes(minutes)} opnieuw. Op een computer of telefoon waarop u eerder bent ingelogd, kunt u wel meteen inloggen."
                : $"Er is vanaf deze computer te vaak geprobeerd in te loggen. Probeer het over {Minutes(minutes)} opnieuw.");
            return Page();
        }

        if (!await PasswordMatchesAsync(user, Input.Password))
        {
            // One message for a wrong address and a wrong password: do not reveal which accounts exist.
            ModelState.AddModelError(string.Empty, "Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.");
            return Page();
        }

        // Guessing is counted above, per address and client; Identity's own lockout would let
        // anyone lock a known account with five requests. It stays on for the code of step two.
        var result = await signIn.PasswordSignInAsync(user!, Input.Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            await guard.SucceededAsync(email, client, cancellationToken);
        }

        if (result.Succeeded)
        {
            Response.Cookies.Append(SignInGuard.KnownDeviceCookie, guard.KnownDeviceValue(user!), SignInGuard.KnownDeviceCookieOptions(clock.Now));
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWith2fa", new { ReturnUrl = SafeReturnUrl(ReturnUrl) });
        }

        // A deactivated account, or one locked after wrong codes in step two: the same message.
        ModelState.AddModelError(string.Empty, "Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.");
        return Page();
    }

    /// <summary>
    /// Checks the password at the same cost whether or not the address has an account (or a
    /// password): an unknown address is checked against a hash of nothing, so the answer takes
    /// as long and cannot tell which addresses exist.
    /// </summary>
    private async Task<bool> PasswordMatchesAsync(StaffUser? user, string password)
    {
        if (user?.PasswordHash is not null)
        {
            return await users.CheckPasswordAsync(user, password);
        }

        var stand = user ?? new StaffUser();
        _unknownAccountHash ??= hasher.HashPassword(stand, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(stand, _unknownAccountHash, password);
        return false;
    }

    private static string Minutes(int minutes) => minutes == 1 ? "1 minuut" : $"{minutes} minuten";

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
