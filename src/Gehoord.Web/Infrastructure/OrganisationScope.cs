using System.Security.Claims;
using Gehoord.Web.Identity;

namespace Gehoord.Web.Infrastructure;

/// <summary>
/// The organisation the current request works for. The DbContext filters every
/// organisation-owned table on it, so a query cannot see another tenant's complaints by
/// accident. Guid.Empty means "no organisation": such queries return nothing.
/// </summary>
public interface IOrganisationScope
{
    Guid OrganisationId { get; }
}

/// <summary>Reads the organisation from the signed-in staff member's cookie.</summary>
public sealed class HttpOrganisationScope(IHttpContextAccessor accessor) : IOrganisationScope
{
    private Guid? _override;

    public Guid OrganisationId => _override ?? FromUser(accessor.HttpContext?.User);

    /// <summary>
    /// For requests without a signed-in user that still act for one organisation (the public
    /// complaint form, background jobs): the handler names the organisation explicitly.
    /// </summary>
    public void Use(Guid organisationId) => _override = organisationId;

    private static Guid FromUser(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(StaffClaims.OrganisationId), out var id) ? id : Guid.Empty;
}
