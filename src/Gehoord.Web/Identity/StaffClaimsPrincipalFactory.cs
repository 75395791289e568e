using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gehoord.Web.Identity;

/// <summary>
/// Puts the organisation in the sign-in cookie, so every request knows its tenant without a
/// database round trip and every query can be scoped to it.
/// </summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    Persistence.GehoordDbContext db)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(StaffClaims.OrganisationId, user.OrganisationId.ToString("D", CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));

        // The organisation may require two-step sign-in for some roles; until it is set up, the
        // person can only reach the page that sets it up (TwoFactorRequirement).
        if (!user.TwoFactorEnabled)
        {
            var required = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId)
                .Select(o => EF.Property<List<string>>(o, "_twoFactorRoles")).SingleOrDefaultAsync().ConfigureAwait(false) ?? [];
            var roles = identity.FindAll(identity.RoleClaimType).Select(c => c.Value);
            if (roles.Any(required.Contains))
            {
                identity.AddClaim(new Claim(StaffClaims.TwoFactorRequired, "true"));
            }
        }

        return identity;
    }
}
