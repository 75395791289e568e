using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features;

/// <summary>The public home page: what happens with a complaint, and how long it takes.</summary>
[AllowAnonymous]
public sealed class IndexModel(GehoordDbContext db) : PageModel
{
    public string OrganisationName { get; private set; } = "de organisatie";

    public string HandlingTerm { get; private set; } = JurisdictionProfile.NlAwb.Terms.Handling.Describe();

    public string OmbudsmanName { get; private set; } = JurisdictionProfile.NlAwb.OmbudsmanName;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // One installation may serve several bodies; the public pages show the first one until
        // the intake issue lets a body choose its own public address.
        var organisation = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return;
        }

        var profile = organisation.Profile();
        OrganisationName = organisation.Name;
        HandlingTerm = profile.Terms.Handling.Describe();
        OmbudsmanName = profile.OmbudsmanName;
    }
}
