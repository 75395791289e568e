using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Features.Intake;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features;

/// <summary>The public home page: what happens with a complaint, and how long it takes.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicOrganisation publicOrganisation) : PageModel
{
    public string OrganisationName { get; private set; } = "de organisatie";

    public string HandlingTerm { get; private set; } = JurisdictionProfile.NlAwb.Terms.Handling.Describe();

    public string OmbudsmanName { get; private set; } = JurisdictionProfile.NlAwb.OmbudsmanName;

    public string? ContactPhone { get; private set; }

    public string? ContactEmail { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
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
