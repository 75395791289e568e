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

    public static IReadOnlyList<string> All { get; } = [Employee, Handler, Coordinator, Manager, Committee, Administrator];

    public static string DutchName(string role) => role switch
    {
        Employee => "Medewerker",
        Handler => "Klachtbehandelaar",
        Coordinator => "Klachtcoördinator",
        Manager => "Leidinggevende",
        Committee => "Klachtadviescommissie",
        Administrator => "Beheerder",
        _ => role,
    };
}

/// <summary>Claim types Gehoord adds to a signed-in staff member.</summary>
public static class StaffClaims
{
    public const string OrganisationId = "gehoord:organisation";
    public const string DisplayName = "gehoord:name";

    /// <summary>The signed-in staff member as the domain records them in a timeline.</summary>
    public static Gehoord.Domain.Actor ToActor(this System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value
            ?? throw new InvalidOperationException("Only a signed-in staff member can act on a complaint.");
        return Gehoord.Domain.Actor.Staff(id, user.FindFirst(DisplayName)?.Value ?? user.Identity?.Name ?? id);
    }
}
