using System.Text.RegularExpressions;

namespace Gehoord.Web.Features.Intake;

/// <summary>
/// The plausibility checks on contact details shared by the citizen's form and staff
/// registration. Empty is fine everywhere (every contact field is optional); only what is given
/// must look like an address or number, so a reply can reach the person.
/// </summary>
public static partial class ContactChecks
{
    public const string EmailMessage = "Dit e-mailadres klopt niet. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl.";

    public const string PhoneMessage = "Dit telefoonnummer klopt niet. Gebruik alleen cijfers, spaties, + of -.";

    public static bool IsEmail(string? value) => string.IsNullOrWhiteSpace(value) || Email().IsMatch(value.Trim());

    public static bool IsPhone(string? value) => string.IsNullOrWhiteSpace(value) || Phone().IsMatch(value.Trim());

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9()\-\s]{6,20}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Phone();
}
