using Gehoord.Domain;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Administration;

/// <summary>
/// One staff account: name, roles and unit in one form; deactivating, reactivating, resetting
/// two-step sign-in and a new invitation are buttons of that same form, so a typed change is
/// never lost when another button is pressed.
/// </summary>
public sealed class StaffMemberModel(GehoordDbContext db, Clock clock, StaffAccounts accounts, UserManager<StaffUser> users)
    : AdministrationPageModel(db, clock)
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public StaffInput Input { get; set; } = new();

    public StaffUser Account { get; private set; } = default!;

    public bool HasPassword { get; private set; }

    public string? InvitationLink { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await FindAsync(cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Input = new StaffInput { Name = account.DisplayName, Roles = [.. await users.GetRolesAsync(account)], UnitId = account.UnitId };
        InvitationLink = TempData["InvitationLink"] as string;
        await ShowAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        ActOnAsync((a, by) => accounts.SetRolesAndUnitAsync(a, Input.Name ?? string.Empty, Input.Roles.Where(StaffRoles.OrganisationRoles.Contains).ToList(), Input.UnitId, by, cancellationToken), "De gegevens zijn opgeslagen.", cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken) =>
        ActOnAsync((a, by) => accounts.DeactivateAsync(a, by, cancellationToken), "Het account staat uit. De medewerker kan niet meer inloggen; wie nu ingelogd is, wordt bij de volgende klik uitgelogd.", cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(CancellationToken cancellationToken) =>
        ActOnAsync((a, by) => accounts.ReactivateAsync(a, by, cancellationToken), "Het account staat weer aan.", cancellationToken);

    public Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken) =>
        ActOnAsync((a, by) => accounts.ResetTwoFactorAsync(a, by, cancellationToken), "Tweestapsverificatie is teruggezet. De medewerker stelt die bij het volgende inloggen opnieuw in.", cancellationToken);

    public Task<IActionResult> OnPostReinviteAsync(CancellationToken cancellationToken) =>
        ActOnAsync(
            async (a, by) => TempData["InvitationLink"] = (await accounts.ReinviteAsync(a, cancellationToken)).Link,
            "Er is een nieuwe uitnodiging verstuurd. De oude link werkt niet meer.",
            cancellationToken);

    public ChoiceFieldset RoleChoices => new(
        "Input.Roles",
        "Rollen",
        StaffRoles.OrganisationRoles.Select(r => new ChoiceOption(r, StaffRoles.DutchName(r), Input.Roles.Contains(r), StaffModel.RoleDescription(r))).ToList(),
        Multiple: true);

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        Account = await FindAsync(cancellationToken) ?? throw new InvalidOperationException("The account was found a moment ago.");
        HasPassword = await users.HasPasswordAsync(Account);
    }

    private async Task<IActionResult> ActOnAsync(Func<StaffUser, Actor, Task> change, string success, CancellationToken cancellationToken)
    {
        var account = await FindAsync(cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(null, cancellationToken);
        }

        try
        {
            await change(account, User.ToActor());
        }
        catch (DomainException ex)
        {
            return await RedisplayAsync(ex.Message, cancellationToken);
        }

        TempData["Message"] = success;
        return RedirectToPage(new { id = Id });
    }

    /// <summary>Only accounts of the administrator's own organisation (the user filter).</summary>
    private Task<StaffUser?> FindAsync(CancellationToken cancellationToken) =>
        Db.Users.SingleOrDefaultAsync(u => u.Id == Id, cancellationToken);
}

public sealed class StaffInput
{
    public string? Name { get; set; }

    public List<string> Roles { get; set; } = [];

    public Guid? UnitId { get; set; }
}
