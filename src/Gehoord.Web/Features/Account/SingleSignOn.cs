using System.Net.Mail;
using System.Security.Claims;
using Gehoord.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Gehoord.Web.Features.Account;

/// <summary>
/// Optional single sign-on for staff through the organisation's OpenID Connect provider
/// (Microsoft Entra ID, Keycloak …), next to passwords (ADR 11). The provider only tells who
/// the person is; <see cref="ExternalLoginModel"/> matches them to an existing staff account
/// by e-mail address. Gehoord never creates an account from a sign-in.
/// </summary>
public static class SingleSignOn
{
    /// <summary>The authentication scheme of the provider; also the "amr" value of such a sign-in.</summary>
    public const string Scheme = "oidc";

    /// <summary>Where the provider sends the person back (register it with the provider).</summary>
    public const string CallbackPath = "/signin-oidc";

    public static IServiceCollection AddStaffSingleSignOn(this IServiceCollection services, OidcOptions oidc)
    {
        ArgumentNullException.ThrowIfNull(oidc);
        if (!Uri.TryCreate(oidc.Authority, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException("Gehoord:Oidc:Authority must be an absolute address, e.g. https://login.microsoftonline.com/{tenant-id}/v2.0.");
        }

        if (string.IsNullOrWhiteSpace(oidc.ClientId))
        {
            throw new InvalidOperationException("Gehoord:Oidc:ClientId is empty: register Gehoord with the provider and set its client id (README, Single sign-on).");
        }

        services.AddAuthentication().AddOpenIdConnect(Scheme, oidc.DisplayName, o =>
        {
            // The provider's answer lands in Identity's short-lived external cookie; the
            // callback page then signs in with the normal cookie, or refuses.
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = oidc.Authority;
            o.ClientId = oidc.ClientId;
            o.ClientSecret = string.IsNullOrEmpty(oidc.ClientSecret) ? null : oidc.ClientSecret;
            o.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
            o.CallbackPath = CallbackPath;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            o.SaveTokens = false;
            o.GetClaimsFromUserInfoEndpoint = false;
            // Keep the claim names of the protocol ("email", "email_verified", "upn").
            o.MapInboundClaims = false;
            o.TokenValidationParameters.NameClaimType = "name";
            o.Scope.Clear();
            foreach (var scope in oidc.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Append("openid").Distinct(StringComparer.Ordinal))
            {
                o.Scope.Add(scope);
            }

            // Cancelled at the provider, or an answer that does not check out: back to the
            // sign-in page with a plain message instead of an error page.
            o.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect("/Account/Login?sso=" + SingleSignOnRefusal.Failed);
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>
    /// The origin the sign-in page's button may lead to: Chromium and Safari apply the
    /// Content-Security-Policy's form-action to the redirect after a form POST as well.
    /// </summary>
    public static string FormActionSource(OidcOptions oidc)
    {
        ArgumentNullException.ThrowIfNull(oidc);
        return new Uri(oidc.Authority).GetLeftPart(UriPartial.Authority);
    }
}

/// <summary>The e-mail address a provider vouches for, read from the claims it sent.</summary>
public static class SingleSignOnEmail
{
    /// <summary>
    /// The "email" claim; otherwise "preferred_username" or "upn" when it is an e-mail address
    /// (Entra ID often sends no "email"). Null when there is none, or when the provider says the
    /// address is not verified ("email_verified": false).
    /// </summary>
    public static string? Read(ClaimsPrincipal principal, out bool unverified)
    {
        ArgumentNullException.ThrowIfNull(principal);
        unverified = false;
        if (principal.FindFirst("email_verified") is { } verified
            && !(bool.TryParse(verified.Value, out var isVerified) && isVerified))
        {
            unverified = true;
            return null;
        }

        foreach (var type in new[] { "email", "preferred_username", "upn" })
        {
            if (principal.FindFirst(type)?.Value is { } value && LooksLikeEmail(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    internal static bool LooksLikeEmail(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Count(c => c == '@') == 1
            && MailAddress.TryCreate(trimmed, out var address)
            && string.Equals(address.Address, trimmed, StringComparison.Ordinal)
            && address.Host.Contains('.', StringComparison.Ordinal);
    }
}

/// <summary>Why a single sign-on was refused; the code travels to the sign-in page in the query.</summary>
public static class SingleSignOnRefusal
{
    public const string NoAccount = "geen-account";
    public const string NoEmail = "geen-e-mailadres";
    public const string Unverified = "niet-bevestigd";
    public const string LockedOut = "geblokkeerd";
    public const string NotAllowed = "niet-toegestaan";
    public const string Failed = "mislukt";

    /// <summary>The message for a code, in plain Dutch (B1); null for an unknown code.</summary>
    public static string? Message(string? code) => code switch
    {
        NoAccount => "Er is geen account voor dit e-mailadres in Gehoord. Vraag de beheerder van uw organisatie om u uit te nodigen.",
        NoEmail => "Uw organisatie gaf geen e-mailadres van u door. Daarom kunt u zo niet inloggen. Vraag de beheerder van uw organisatie om hulp.",
        Unverified => "Uw organisatie heeft uw e-mailadres niet bevestigd. Daarom kunt u zo niet inloggen. Vraag de beheerder van uw organisatie om hulp.",
        LockedOut => "Uw account is tijdelijk geblokkeerd. Probeer het over 15 minuten opnieuw, of vraag de beheerder om hulp.",
        NotAllowed => "U kunt op dit moment niet inloggen in Gehoord. Vraag de beheerder van uw organisatie om hulp.",
        Failed => "Inloggen via uw organisatie is niet gelukt. Probeer het opnieuw, of log in met uw wachtwoord.",
        _ => null,
    };
}
