using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Demo;

/// <summary>
/// First-run demo data for Development: the Dutch organisation "Gemeente Voorbeeld" (NL-Awb)
/// and the Flemish "Stad Voorbeeldstad" (VL-Bestuursdecreet), each with its units, one account
/// per role and demo complaints. The passwords are fixed and documented (README) because they
/// guard fictional data on a developer's machine; Program.cs never runs this in Production.
/// </summary>
public sealed partial class DemoSeeder(
    GehoordDbContext db,
    DemoComplaints complaints,
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    HttpOrganisationScope scope,
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
        new("privacy@voorbeeld.nl", "Pim Privacyfunctionaris", StaffRoles.PrivacyOfficer, "Privacy-Demo-2026"),
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

    /// <summary>The units the demo manager leads, so that the manager's need-to-know can be tried (ADR 10).</summary>
    public static IReadOnlyList<string> ManagedUnitNames { get; } = ["Wonen en Vergunningen", "Openbare Ruimte"];

    /// <summary>Short name of the Flemish demo organisation, and so its public address <c>/stad-voorbeeldstad/klacht</c>.</summary>
    public const string FlemishOrganisationSlug = "stad-voorbeeldstad";

    public const string FlemishOrganisationName = "Stad Voorbeeldstad";

    public static readonly Guid FlemishOrganisationId = new("6f1c1d2e-0000-4000-8000-000000000002");

    public static IReadOnlyList<DemoAccount> FlemishAccounts { get; } =
    [
        new("medewerker@voorbeeldstad.be", "Mieke Medewerker", StaffRoles.Employee, "Medewerker-Demo-2026"),
        new("behandelaar@voorbeeldstad.be", "Bart Behandelaar", StaffRoles.Handler, "Behandelaar-Demo-2026"),
        new("coordinator@voorbeeldstad.be", "Katrien Coördinator", StaffRoles.Coordinator, "Coordinator-Demo-2026"),
        new("leidinggevende@voorbeeldstad.be", "Luc Leidinggevende", StaffRoles.Manager, "Leidinggevende-Demo-2026"),
        new("commissie@voorbeeldstad.be", "Kristof Commissielid", StaffRoles.Committee, "Commissie-Demo-2026"),
        new("beheerder@voorbeeldstad.be", "Brecht Beheerder", StaffRoles.Administrator, "Beheerder-Demo-2026"),
        new("privacy@voorbeeldstad.be", "Paulien Privacyfunctionaris", StaffRoles.PrivacyOfficer, "Privacy-Demo-2026"),
    ];

    public static IReadOnlyList<string> FlemishUnitNames { get; } =
    [
        "Onthaal",
        "Burgerzaken",
        "Omgeving",
        "Openbaar Domein",
        "Welzijn",
        "Financiën",
    ];

    /// <summary>The units the Flemish demo manager leads.</summary>
    public static IReadOnlyList<string> FlemishManagedUnitNames { get; } = ["Omgeving", "Openbaar Domein"];

    private static readonly IReadOnlyList<DemoOrganisation> Organisations =
    [
        new(OrganisationId, "Gemeente Voorbeeld", OrganisationSlug, JurisdictionProfileCode.NlAwb, "0123 45 67 89", "klachten@voorbeeld.nl", UnitNames, Accounts, ManagedUnitNames),
        new(FlemishOrganisationId, FlemishOrganisationName, FlemishOrganisationSlug, JurisdictionProfileCode.VlBestuursdecreet, "050 12 34 56", "klachten@voorbeeldstad.be", FlemishUnitNames, FlemishAccounts, FlemishManagedUnitNames),
    ];

    private static readonly int AccountCount = Organisations.Sum(o => o.Accounts.Count);

    /// <summary>The demo accounts of a demo organisation (the Dutch ones for any other id).</summary>
    /// <summary>
    /// The installation administrator of the demo: creates organisations (/Staff/Installatie),
    /// reads no complaints. Kept apart from <see cref="Accounts"/>, which has one account per
    /// role of an organisation. Belongs to Gemeente Voorbeeld, as every account has a home.
    /// </summary>
    public static DemoAccount InstallationAccount { get; } =
        new("installatie@voorbeeld.nl", "Ivo Installatiebeheerder", StaffRoles.InstallationAdministrator, "Installatie-Demo-2026");

    public static IReadOnlyList<DemoAccount> AccountsFor(Guid organisationId) =>
        organisationId == FlemishOrganisationId ? FlemishAccounts : Accounts;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        await StaffRoles.EnsureExistAsync(roles).ConfigureAwait(false);
        foreach (var demo in Organisations)
        {
            await SeedAsync(demo, cancellationToken).ConfigureAwait(false);
        }

        PrintAccounts();
    }

    private async Task SeedAsync(DemoOrganisation demo, CancellationToken cancellationToken)
    {
        // Accounts and units are filtered on the current organisation: look them up in this one.
        scope.Use(demo.Id);
        var exists = await db.Organisations.AnyAsync(o => o.Id == demo.Id, cancellationToken).ConfigureAwait(false);
        if (!exists)
        {
            var organisation = new Organisation(demo.Id, demo.Name, demo.Slug, demo.Profile);
            organisation.SetContact(demo.Phone, demo.Email);
            foreach (var name in demo.Units)
            {
                organisation.AddUnit(Guid.NewGuid(), name);
            }

            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var account in demo.Id == OrganisationId ? [.. demo.Accounts, InstallationAccount] : demo.Accounts)
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
                OrganisationId = demo.Id,
            };
            Check(await users.CreateAsync(user, account.Password).ConfigureAwait(false));
            Check(await users.AddToRoleAsync(user, account.Role).ConfigureAwait(false));
        }

        await AssignDemoManagerAsync(demo, cancellationToken).ConfigureAwait(false);
        await complaints.SeedAsync(demo.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task AssignDemoManagerAsync(DemoOrganisation demo, CancellationToken cancellationToken)
    {
        var manager = await users.FindByEmailAsync(demo.Accounts.Single(a => a.Role == StaffRoles.Manager).Email).ConfigureAwait(false);
        var organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == demo.Id, cancellationToken).ConfigureAwait(false);
        if (manager is null || organisation.Units.Any(u => u.ManagerIds.Count > 0))
        {
            return;
        }

        foreach (var unit in organisation.Units.Where(u => demo.ManagedUnits.Contains(u.Name)))
        {
            organisation.SetUnitManagers(unit.Id, [manager.Id]);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Organisations} demo organisations and {Count} demo accounts are ready")]
    private static partial void LogSeeded(ILogger logger, int organisations, int count);

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
        foreach (var demo in Organisations)
        {
            Console.WriteLine($"Gehoord demo: organisation '{demo.Name}' ({ProfileKey(demo.Profile)}, public form /{demo.Slug}/klacht) with demo complaints. Demo accounts:");
            foreach (var account in demo.Accounts)
            {
                Console.WriteLine($"  {StaffRoles.DutchName(account.Role),-22} {account.Email,-32} {account.Password}");
            }

            Console.WriteLine();
        }

        Console.WriteLine($"  {StaffRoles.DutchName(InstallationAccount.Role),-22} {InstallationAccount.Email,-32} {InstallationAccount.Password}  (organisaties maken: /Staff/Installatie)");
        Console.WriteLine();
        LogSeeded(logger, Organisations.Count, AccountCount);
    }

    private static string ProfileKey(JurisdictionProfileCode code) => code == JurisdictionProfileCode.VlBestuursdecreet
        ? JurisdictionProfile.VlBestuursdecreet.Key
        : JurisdictionProfile.NlAwb.Key;

    private sealed record DemoOrganisation(
        Guid Id,
        string Name,
        string Slug,
        JurisdictionProfileCode Profile,
        string Phone,
        string Email,
        IReadOnlyList<string> Units,
        IReadOnlyList<DemoAccount> Accounts,
        IReadOnlyList<string> ManagedUnits);
}

public sealed record DemoAccount(string Email, string DisplayName, string Role, string Password);
