using Gehoord.Web.Features.Handling;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Gehoord.Web.Features.Administration;

/// <summary>The organisation's staff: who has an account, with which roles, and inviting someone new.</summary>
public sealed class StaffModel(GehoordDbContext db, Clock clock, StaffAccounts accounts) : AdministrationPageModel(db, clock)
{
    public IReadOnlyList<StaffRow> Staff { get; private set; } = [];

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    /// <summary>The one-time link of the invitation just made, shown once (also when mail is not set up).</summary>
    public string? InvitationLink { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        InvitationLink = TempData["InvitationLink"] as string;
        await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(null, cancellationToken);
        }

        try
        {
            var invitation = await accounts.InviteAsync(
                Db.CurrentOrganisationId,
                Invite.Email ?? string.Empty,
                Invite.Name ?? string.Empty,
                Invite.Roles.Where(StaffRoles.OrganisationRoles.Contains).ToList(),
                Invite.UnitId,
                User.ToActor(),
                cancellationToken);
            TempData["Message"] = $"{invitation.User.DisplayName} is uitgenodigd. Er gaat een e-mail met een link naar {invitation.User.Email}; de link werkt één keer en 24 uur lang.";
            TempData["InvitationLink"] = invitation.Link;
            return RedirectToPage();
        }
        catch (Gehoord.Domain.DomainException ex)
        {
            return await RedisplayAsync(ex.Message, cancellationToken);
        }
    }

    public ChoiceFieldset RoleChoices => new(
        "Invite.Roles",
        "Rollen",
        StaffRoles.OrganisationRoles.Select(r => new ChoiceOption(r, StaffRoles.DutchName(r), Invite.Roles.Contains(r), RoleDescription(r))).ToList(),
        Multiple: true,
        Hint: "Kies wat de medewerker doet. Een rol geeft alleen toegang tot de klachten die daarvoor nodig zijn.");

    public static string RoleDescription(string role) => role switch
    {
        StaffRoles.Employee => "Registreert klachten en signalen; ziet alleen wat hij of zij zelf registreerde.",
        StaffRoles.Handler => "Behandelt klachten: verkennen, oplossen, onderzoeken, brieven.",
        StaffRoles.Coordinator => "Wijst klachten toe, bewaakt de termijnen, leest en wijzigt alle klachten.",
        StaffRoles.Manager => "Leest de klachten van de eigen afdelingen en wat aan hem of haar is voorgelegd.",
        StaffRoles.Committee => "Leest en adviseert over de klachten die naar de klachtadviescommissie gaan.",
        StaffRoles.Administrator => "Richt Gehoord in; leest geen klachten.",
        StaffRoles.PrivacyOfficer => "Ziet wie welk dossier opende en controleert of tijdlijnen en instellingen niet veranderd zijn; leest geen klachten.",
        _ => string.Empty,
    };

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken) =>
        Staff = await StaffQueries.ListAsync(Db, cancellationToken);
}

public sealed class InviteInput
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public List<string> Roles { get; set; } = [];

    public Guid? UnitId { get; set; }
}
