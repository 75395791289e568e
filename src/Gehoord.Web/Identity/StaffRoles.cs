namespace Gehoord.Web.Identity;

/// <summary>The roles of docs/architecture.md. Role names are stored in the database; do not rename them.</summary>
public static class StaffRoles
{
    public const string Employee = "Employee";
    public const string Handler = "Handler";
    public const string Coordinator = "Coordinator";
    public const string Manager = "Manager";
    public const string Committee = "Committee";
    public const string Administrator = "Administrator";

    /// <summary>Privacyfunctionaris: reads the access log and checks the chains, never case content (ADR 21).</summary>
    public const string PrivacyOfficer = "PrivacyOfficer";

    /// <summary>Above the organisations of one installation: creates organisations, reads no case content.</summary>
    public const string InstallationAdministrator = "InstallationAdministrator";

    public static IReadOnlyList<string> All { get; } = [Employee, Handler, Coordinator, Manager, Committee, Administrator, PrivacyOfficer, InstallationAdministrator];

    /// <summary>The roles an organisation's administrator hands out (the installation role is not theirs to give).</summary>
    public static IReadOnlyList<string> OrganisationRoles { get; } = [Employee, Handler, Coordinator, Manager, Committee, Administrator, PrivacyOfficer];

    /// <summary>Who reads the access log and checks the chains (ADR 21); the same rule as <c>CaseAccessPolicy.MayAudit</c>.</summary>
    public const string Auditors = Coordinator + "," + PrivacyOfficer;

    /// <summary>The role as the access policy knows it (ADR 10); null for a name Gehoord does not know.</summary>
    public static Gehoord.Domain.Access.StaffRole? ToDomain(string role) => role switch
    {
        Employee => Gehoord.Domain.Access.StaffRole.Employee,
        Handler => Gehoord.Domain.Access.StaffRole.Handler,
        Coordinator => Gehoord.Domain.Access.StaffRole.Coordinator,
        Manager => Gehoord.Domain.Access.StaffRole.Manager,
        Committee => Gehoord.Domain.Access.StaffRole.Committee,
        Administrator => Gehoord.Domain.Access.StaffRole.Administrator,
        InstallationAdministrator => Gehoord.Domain.Access.StaffRole.InstallationAdministrator,
        PrivacyOfficer => Gehoord.Domain.Access.StaffRole.PrivacyOfficer,
        _ => null,
    };

    /// <summary>Creates the roles that do not exist yet; every start-up runs it, so a new installation has them.</summary>
    public static async Task EnsureExistAsync(Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var role in All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                var result = await roles.CreateAsync(new Microsoft.AspNetCore.Identity.IdentityRole(role)).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException("Could not create role " + role + ": " + string.Join("; ", result.Errors.Select(e => e.Description)));
                }
            }
        }
    }

    public static string DutchName(string role) => role switch
    {
        Employee => "Medewerker",
        Handler => "Klachtbehandelaar",
        Coordinator => "Klachtcoördinator",
        Manager => "Leidinggevende",
        Committee => "Klachtadviescommissie",
        Administrator => "Beheerder",
        InstallationAdministrator => "Installatiebeheerder",
        PrivacyOfficer => "Privacyfunctionaris",
        _ => role,
    };
}

/// <summary>Claim types Gehoord adds to a signed-in staff member.</summary>
public static class StaffClaims
{
    public const string OrganisationId = "gehoord:organisation";
    public const string DisplayName = "gehoord:name";

    /// <summary>Present while the organisation requires two-step sign-in of this person and it is not set up.</summary>
    public const string TwoFactorRequired = "gehoord:two-factor-required";

    /// <summary>The signed-in staff member as the domain records them in a timeline.</summary>
    public static Gehoord.Domain.Actor ToActor(this System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
            ?? throw new InvalidOperationException("Only a signed-in staff member can act on a complaint.");
        return Gehoord.Domain.Actor.Staff(id, user.FindFirst(DisplayName)?.Value ?? user.Identity?.Name ?? id);
    }
}
