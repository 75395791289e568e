namespace Gehoord.Web.Identity;

/// <summary>The roles of DESIGN.md. Role names are stored in the database; do not rename them.</summary>
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
}
