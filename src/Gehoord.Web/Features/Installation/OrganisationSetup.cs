using Gehoord.Domain;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Administration;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Installation;

/// <summary>
/// Creates an organisation with its first administrator, who gets a one-time link to set a
/// password and two-step sign-in. Used by the <c>setup</c> command (first run in Production)
/// and by the installation administrator's page; both refuse an organisation that exists.
/// </summary>
public sealed class OrganisationSetup(
    GehoordDbContext db,
    StaffAccounts accounts,
    UserManager<StaffUser> users,
    HttpOrganisationScope scope,
    Clock clock)
{
    /// <summary>The roles a new organisation asks two-step sign-in of.</summary>
    public static IReadOnlyList<string> DefaultTwoFactorRoles { get; } = [StaffRoles.Coordinator, StaffRoles.Administrator];

    public async Task<(Organisation Organisation, StaffInvitation Invitation, bool InstallationAdministrator)> CreateAsync(
        string name,
        string? shortName,
        JurisdictionProfileCode profile,
        string adminEmail,
        string? adminName,
        Actor by,
        CancellationToken cancellationToken)
    {
        var slug = string.IsNullOrWhiteSpace(shortName) ? Organisation.SlugFrom(name ?? string.Empty) : shortName.Trim();
        var organisation = new Organisation(Guid.CreateVersion7(clock.Now), name ?? string.Empty, slug, profile);

        // Those who see every complaint or set the organisation up sign in with two steps from
        // the start (BIO 9.4.2); the administrator can widen or narrow this in the settings.
        organisation.RequireTwoFactorFor(DefaultTwoFactorRoles);
        if (await db.Organisations.AnyAsync(o => o.Slug == organisation.Slug || o.Name == organisation.Name, cancellationToken).ConfigureAwait(false))
        {
            throw new DomainException($"Er is al een organisatie met de naam '{organisation.Name}' of de korte naam '{organisation.Slug}'. Een organisatie wordt maar één keer aangemaakt; haar beheerder nodigt verder mensen uit.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.Organisations.Add(organisation);
        var at = clock.Now;
        db.ConfigurationChanges.AddRange(ConfigurationChange.Between(
            organisation.Id, "Organisatie", new Dictionary<string, string>(), organisation.DescribeSettings(), by, at, () => Guid.CreateVersion7(at)));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // From here on the queries of this request belong to the new organisation.
        scope.Use(organisation.Id);
        var invitation = await accounts.InviteAsync(organisation.Id, adminEmail, string.IsNullOrWhiteSpace(adminName) ? adminEmail : adminName, [StaffRoles.Administrator], null, by, cancellationToken).ConfigureAwait(false);

        // The very first administrator of an installation also looks after the installation:
        // someone must be able to create the next organisation from the UI.
        var first = (await users.GetUsersInRoleAsync(StaffRoles.InstallationAdministrator).ConfigureAwait(false)).Count == 0;
        if (first)
        {
            var result = await users.AddToRoleAsync(invitation.User, StaffRoles.InstallationAdministrator).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (organisation, invitation, first);
    }
}
