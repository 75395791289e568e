using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Demo;

/// <summary>
/// First-run demo data for Development: the organisation "Gemeente Voorbeeld" and one account
/// per role. The passwords are fixed and documented (README) because they guard fictional
/// data on a developer's machine; Program.cs never runs this in Production.
/// </summary>
public sealed partial class DemoSeeder(
    GehoordDbContext db,
    DemoComplaints complaints,
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    ILogger<DemoSeeder> logger)
{
    public const string OrganisationSlug = "gemeente-voorbeeld";

    public static readonly Guid OrganisationId = new("6f1c1d2e-0000-4000-8000-000000000001");

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("medewerker@voorbeeld.nl", "Mila Medewerker", StaffRoles.Employee, "Medewerker-Demo-2026"),
        new("behandelaar@voorbeeld.nl", "Bram Behandelaar", StaffRoles.Handler, "Behandelaar-Demo-2026"),
        new("coordinator@voorbeeld.nl", "Carla Coördinator", StaffRoles.Coordinator, "Coordinator-Demo-2026"),
        new("leidinggevende@voorbeeld.nl", "Lars Leidinggevende", StaffRoles.Manager, "Leidinggevende-Demo-2026"),
        new("commissie@voorbeeld.nl", "Kees Commissielid", StaffRoles.Committee, "Commissie-Demo-2026"),
        new("beheerder@voorbeeld.nl", "Bea Beheerder", StaffRoles.Administrator, "Beheerder-Demo-2026"),
    ];

    public static IReadOnlyList<string> UnitNames { get; } =
    [
        "Burgerzaken",
        "Klantcontactcentrum",
        "Wonen en Vergunningen",
        "Openbare Ruimte",
        "Sociaal Domein",
        "Belastingen",
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await StaffRoles.EnsureExistAsync(roles).ConfigureAwait(false);

        var exists = await db.Organisations.AnyAsync(o => o.Id == OrganisationId, cancellationToken).ConfigureAwait(false);
        if (!exists)
        {
            var organisation = new Organisation(OrganisationId, "Gemeente Voorbeeld", OrganisationSlug, JurisdictionProfileCode.NlAwb);
            organisation.SetContact("0123 45 67 89", "klachten@voorbeeld.nl");
            foreach (var name in UnitNames)
            {
                organisation.AddUnit(Guid.NewGuid(), name);
            }

            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email).ConfigureAwait(false) is not null)
            {
                continue;
            }

            var user = new StaffUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                OrganisationId = OrganisationId,
            };
            Check(await users.CreateAsync(user, account.Password).ConfigureAwait(false));
            Check(await users.AddToRoleAsync(user, account.Role).ConfigureAwait(false));
        }

        await AssignDemoManagerAsync(cancellationToken).ConfigureAwait(false);
        await complaints.SeedAsync(OrganisationId, cancellationToken).ConfigureAwait(false);
        PrintAccounts();
    }

    /// <summary>The units the demo manager leads, so that the manager's need-to-know can be tried (ADR 10).</summary>
    public static IReadOnlyList<string> ManagedUnitNames { get; } = ["Wonen en Vergunningen", "Openbare Ruimte"];

    private async Task AssignDemoManagerAsync(CancellationToken cancellationToken)
    {
        var manager = await users.FindByEmailAsync(Accounts.Single(a => a.Role == StaffRoles.Manager).Email).ConfigureAwait(false);
        var organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == OrganisationId, cancellationToken).ConfigureAwait(false);
        if (manager is null || organisation.Units.Any(u => u.ManagerIds.Count > 0))
        {
            return;
        }

        foreach (var unit in organisation.Units.Where(u => ManagedUnitNames.Contains(u.Name)))
        {
            organisation.SetUnitManagers(unit.Id, [manager.Id]);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo organisation and {Count} demo accounts are ready")]
    private static partial void LogSeeded(ILogger logger, int count);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private void PrintAccounts()
    {
        // Written to the console on purpose: a developer must be able to sign in right away.
        // These are demo credentials for fictional data, not secrets.
        Console.WriteLine();
        Console.WriteLine("Gehoord demo: organisation 'Gemeente Voorbeeld' (NL-Awb) with demo complaints. Demo accounts:");
        foreach (var account in Accounts)
        {
            Console.WriteLine($"  {StaffRoles.DutchName(account.Role),-22} {account.Email,-30} {account.Password}");
        }

        Console.WriteLine();
        LogSeeded(logger, Accounts.Count);
    }
}

public sealed record DemoAccount(string Email, string DisplayName, string Role, string Password);
