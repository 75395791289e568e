using System.Globalization;
using Gehoord.Domain;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Administration;

/// <summary>An invitation that was made: the account and its one-time link (valid 24 hours).</summary>
public sealed record StaffInvitation(StaffUser User, string Link);

/// <summary>
/// What administrators (of an organisation or of the installation) and the set-up command do
/// with staff accounts: invite, give roles and a unit, deactivate, reset two-step sign-in. Each
/// change is recorded in the configuration history; the last administrator is never removed.
/// </summary>
public sealed class StaffAccounts(GehoordDbContext db, UserManager<StaffUser> users, Outbox outbox, Clock clock, PublicAddress publicAddress)
{
    public const string InvitationPurpose = "Invitation";

    public async Task<StaffInvitation> InviteAsync(
        Guid organisationId,
        string email,
        string name,
        IReadOnlyCollection<string> roles,
        Guid? unitId,
        Actor by,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var address = email?.Trim() ?? string.Empty;
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(address) || address.Length == 0)
        {
            throw new DomainException("Vul een geldig e-mailadres in, bijvoorbeeld j.jansen@zuiderdorp.nl.");
        }

        var displayName = StaffAccountRules.DisplayName(name);
        if (roles.Count == 0)
        {
            throw new DomainException("Kies minstens één rol. De rol bepaalt wat de medewerker in Gehoord kan doen.");
        }

        // E-mail is unique in the whole installation: sign-in knows no organisation yet.
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedEmail == users.NormalizeEmail(address), cancellationToken).ConfigureAwait(false))
        {
            throw new DomainException("Er is al een account met dit e-mailadres. Zoek de medewerker in de lijst, of gebruik een ander adres.");
        }

        var user = new StaffUser
        {
            UserName = address,
            Email = address,
            DisplayName = displayName,
            OrganisationId = organisationId,
            UnitId = unitId,
            InvitedAt = clock.Now,
        };
        Check(await users.CreateAsync(user).ConfigureAwait(false));
        Check(await users.AddToRolesAsync(user, roles).ConfigureAwait(false));

        var link = await InvitationLinkAsync(user).ConfigureAwait(false);
        var organisation = await db.Organisations.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == organisationId, cancellationToken).ConfigureAwait(false);
        QueueInvitation(organisation, user, link);
        Record(organisationId, user, new Dictionary<string, string>(), Describe(user, roles, await UnitNameAsync(unitId, cancellationToken).ConfigureAwait(false)), by);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new StaffInvitation(user, link);
    }

    /// <summary>A new link for someone whose link expired or got lost; the old one stops working.</summary>
    public async Task<StaffInvitation> ReinviteAsync(StaffUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await users.HasPasswordAsync(user).ConfigureAwait(false) || !user.IsActive)
        {
            throw new DomainException("Dit account is al in gebruik of staat uit. Een nieuwe uitnodiging is niet nodig.");
        }

        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
        user.InvitedAt = clock.Now;
        Check(await users.UpdateAsync(user).ConfigureAwait(false));
        var link = await InvitationLinkAsync(user).ConfigureAwait(false);
        var organisation = await db.Organisations.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId, cancellationToken).ConfigureAwait(false);
        QueueInvitation(organisation, user, link);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new StaffInvitation(user, link);
    }

    /// <summary>Sets the first password through the one-time link. False when the link is wrong, used or older than 24 hours.</summary>
    public async Task<IdentityResult?> ActivateAsync(StaffUser user, string code, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsActive || await users.HasPasswordAsync(user).ConfigureAwait(false)
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, code).ConfigureAwait(false))
        {
            return null;
        }

        var result = await users.AddPasswordAsync(user, password).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return result;
        }

        user.EmailConfirmed = true;
        user.InvitedAt = null;
        Check(await users.UpdateAsync(user).ConfigureAwait(false));

        // Spends the link: it was made with the old stamp.
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
        return result;
    }

    public async Task SetRolesAndUnitAsync(StaffUser user, string name, IReadOnlyCollection<string> roles, Guid? unitId, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(roles);
        var displayName = StaffAccountRules.DisplayName(name);
        if (roles.Count == 0)
        {
            throw new DomainException("Kies minstens één rol. Wilt u dat iemand niets meer kan? Zet het account dan uit.");
        }

        var current = await users.GetRolesAsync(user).ConfigureAwait(false);
        StaffAccountRules.EnsureAnAdministratorRemains(await ActiveAdministratorsAsync(user.OrganisationId, cancellationToken).ConfigureAwait(false), user.Id, roles.Contains(StaffRoles.Administrator) && user.IsActive);
        var before = Describe(user, current, await UnitNameAsync(user.UnitId, cancellationToken).ConfigureAwait(false));
        user.DisplayName = displayName;
        user.UnitId = unitId;
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles).ToList()).ConfigureAwait(false));
        Check(await users.AddToRolesAsync(user, roles.Except(current).ToList()).ConfigureAwait(false));

        // New roles take effect at once: the next request builds the sign-in anew.
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
        Record(user.OrganisationId, user, before, Describe(user, roles, await UnitNameAsync(unitId, cancellationToken).ConfigureAwait(false)), by);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The account can no longer sign in, and every session it has ends at its next request.</summary>
    public async Task DeactivateAsync(StaffUser user, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsActive)
        {
            throw new DomainException("Dit account staat al uit.");
        }

        StaffAccountRules.EnsureAnAdministratorRemains(await ActiveAdministratorsAsync(user.OrganisationId, cancellationToken).ConfigureAwait(false), user.Id, staysActiveAdministrator: false);
        user.DeactivatedAt = clock.Now;
        Check(await users.UpdateAsync(user).ConfigureAwait(false));
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
        Record(user.OrganisationId, user, new Dictionary<string, string> { ["Account"] = "actief" }, new Dictionary<string, string> { ["Account"] = "uit sinds " + clock.ToLocal(clock.Now).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) }, by);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ReactivateAsync(StaffUser user, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsActive)
        {
            throw new DomainException("Dit account staat al aan.");
        }

        user.DeactivatedAt = null;
        Check(await users.UpdateAsync(user).ConfigureAwait(false));
        Record(user.OrganisationId, user, new Dictionary<string, string> { ["Account"] = "uit" }, new Dictionary<string, string> { ["Account"] = "actief" }, by);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>For a lost phone: two-step sign-in is off and its key is new; the person sets it up again.</summary>
    public async Task ResetTwoFactorAsync(StaffUser user, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        Check(await users.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false));
        Check(await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false));
        Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
        Record(user.OrganisationId, user, new Dictionary<string, string> { ["Tweestapsverificatie"] = "aan of uit" }, new Dictionary<string, string> { ["Tweestapsverificatie"] = "teruggezet: opnieuw instellen" }, by);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyCollection<string>> ActiveAdministratorsAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var administrators = await users.GetUsersInRoleAsync(StaffRoles.Administrator).ConfigureAwait(false);
        return administrators.Where(u => u.OrganisationId == organisationId && u.IsActive).Select(u => u.Id).ToList();
    }

    private async Task<string> InvitationLinkAsync(StaffUser user)
    {
        var code = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose).ConfigureAwait(false);
        return publicAddress.Link($"/Account/Activeren?id={Uri.EscapeDataString(user.Id)}&code={Uri.EscapeDataString(code)}");
    }

    private void QueueInvitation(Organisation organisation, StaffUser user, string link)
    {
        var body = $"""
            Beste {user.DisplayName},

            U hebt een account in Gehoord, het klachtensysteem van {organisation.Name}.
            Kies uw wachtwoord via deze link. De link werkt één keer en is 24 uur geldig:

            {link}

            Werkt de link niet meer? Vraag de beheerder van uw organisatie om een nieuwe uitnodiging.

            Met vriendelijke groet,
            {organisation.Name}
            """;
        outbox.Enqueue(organisation.Id, null, InvitationPurpose, user.Email!, $"Uw account in Gehoord van {organisation.Name}", body);
    }

    private void Record(Guid organisationId, StaffUser user, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, Actor by)
    {
        var at = clock.Now;
        db.ConfigurationChanges.AddRange(ConfigurationChange.Between(organisationId, "Medewerker " + user.Email, before, after, by, at, () => Guid.CreateVersion7(at)));
    }

    private static Dictionary<string, string> Describe(StaffUser user, IEnumerable<string> roles, string? unitName) => new(StringComparer.Ordinal)
    {
        ["Naam"] = user.DisplayName,
        ["Rollen"] = string.Join(", ", roles.Order(StringComparer.Ordinal).Select(StaffRoles.DutchName)),
        ["Afdeling"] = unitName ?? string.Empty,
    };

    private async Task<string?> UnitNameAsync(Guid? unitId, CancellationToken cancellationToken) =>
        unitId is null ? null : await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
