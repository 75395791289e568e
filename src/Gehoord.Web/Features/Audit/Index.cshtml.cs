using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features.Audit;

/// <summary>
/// Toezicht: the organisation's configuration history checked against its chain (ADR 20), and
/// the way to the access log (ADR 21). For coordinators and the privacy officer.
/// </summary>
[Authorize(Roles = StaffRoles.Auditors)]
public sealed class IndexModel(GehoordDbContext db) : PageModel
{
    public ChainCheck Check { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Check = await ChainVerification.OrganisationAsync(db, db.CurrentOrganisationId, cancellationToken)
            ?? throw new InvalidOperationException("A signed-in staff member belongs to an organisation.");
}
