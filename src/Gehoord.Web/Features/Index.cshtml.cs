using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features;

/// <summary>
/// The public home page: what happens with a complaint, and how long it takes, for the
/// installation's default organisation; with more than one organisation, also a list of all of
/// them with a link to each one's own complaint form.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(GehoordDbContext db, PublicOrganisation publicOrganisation) : PageModel
{
    /// <summary>Every organisation by name with its complaint form; empty when there is only one.</summary>
    public IReadOnlyList<(string Name, string FormUrl)> Organisations { get; private set; } = [];

    public string OrganisationName { get; private set; } = "de organisatie";

    public string HandlingTerm { get; private set; } = JurisdictionProfile.NlAwb.Terms.Handling.Describe();

    public string OmbudsmanName { get; private set; } = JurisdictionProfile.NlAwb.OmbudsmanName;

    public string? ContactPhone { get; private set; }

    public string? ContactEmail { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        if (all.Count > 1)
        {
            var list = new List<(string, string)>();
            foreach (var each in all)
            {
                var path = await publicOrganisation.PathAsync(each, cancellationToken);
                // A short name the installation uses itself ("en", "staff" …) has no pages of its own.
                if (path.Length == 0 || OrganisationSlugRouteConstraint.IsSlug(each.Slug))
                {
                    list.Add((each.Name, path + "/klacht"));
                }
            }

            Organisations = list;
        }

        var organisation = await publicOrganisation.ResolveAsync(cancellationToken);
        if (organisation is null)
        {
            return;
        }

        var profile = organisation.Profile();
        OrganisationName = organisation.Name;
        HandlingTerm = profile.Terms.Handling.Describe();
        OmbudsmanName = profile.OmbudsmanName;
        ContactPhone = organisation.ContactPhone;
        ContactEmail = organisation.ContactEmail;
    }
}
