namespace Gehoord.Web.Identity;

/// <summary>
/// When the organisation requires two-step sign-in for someone's role and they have not set it
/// up yet, every staff page leads to the page where they set it up; nothing else opens first.
/// Single sign-on leaves two-step sign-in to the organisation's provider (ADR 11).
/// </summary>
public sealed class TwoFactorRequirement(RequestDelegate next)
{
    public const string SetUpPath = "/Account/Manage/TwoFactor";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && user.HasClaim(StaffClaims.TwoFactorRequired, "true")
            && !user.HasClaim("amr", Features.Account.SingleSignOn.Scheme)
            && context.Request.Path.StartsWithSegments("/Staff", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(SetUpPath + "?verplicht=1");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
