using Gehoord.Domain;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Installation;

/// <summary>
/// The installation administrator's page: the organisations of this installation and making a
/// new one with its first administrator. Names and addresses only; no organisation's content.
/// </summary>
[Authorize(Roles = StaffRoles.InstallationAdministrator)]
public sealed class OrganisationsModel(GehoordDbContext db, OrganisationSetup setup) : PageModel
{
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    [BindProperty]
    public NewOrganisationInput Input { get; set; } = new() { Profile = nameof(JurisdictionProfileCode.NlAwb) };

    public string? Message { get; private set; }

    public string? InvitationLink { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Message = TempData["Message"] as string;
        InvitationLink = TempData["InvitationLink"] as string;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<JurisdictionProfileCode>(Input.Profile, out var profile) || !Enum.IsDefined(profile))
        {
            ModelState.AddModelError("Input.Profile", "Kies de regeling die voor de organisatie geldt.");
        }

        if (ModelState.IsValid)
        {
            try
            {
                var (organisation, invitation, _) = await setup.CreateAsync(
                    Input.Name ?? string.Empty,
                    Input.Slug,
                    profile,
                    Input.AdminEmail ?? string.Empty,
                    Input.AdminName,
                    User.ToActor(),
                    cancellationToken);
                TempData["Message"] = $"{organisation.Name} is aangemaakt. {invitation.User.Email} krijgt een e-mail met een link om als beheerder te beginnen.";
                TempData["InvitationLink"] = invitation.Link;
                return RedirectToPage();
            }
            catch (DomainException ex)
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError(string.Empty, ex.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public ChoiceFieldset ProfileChoices => new(
        "Input.Profile",
        "Regeling",
        [
            new(nameof(JurisdictionProfileCode.NlAwb), JurisdictionProfile.NlAwb.DisplayName, Input.Profile == nameof(JurisdictionProfileCode.NlAwb)),
            new(nameof(JurisdictionProfileCode.VlBestuursdecreet), JurisdictionProfile.VlBestuursdecreet.DisplayName, Input.Profile == nameof(JurisdictionProfileCode.VlBestuursdecreet)),
            new(nameof(JurisdictionProfileCode.Custom), "Eigen regeling (de beheerder stelt termijnen, gronden en normen in)", Input.Profile == nameof(JurisdictionProfileCode.Custom)),
        ]);

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
}

public sealed class NewOrganisationInput
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Profile { get; set; }

    public string? AdminName { get; set; }

    public string? AdminEmail { get; set; }
}
