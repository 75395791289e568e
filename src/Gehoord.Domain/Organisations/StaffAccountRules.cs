namespace Gehoord.Domain.Organisations;

/// <summary>Rules for staff accounts that the administration must keep, whoever changes them.</summary>
public static class StaffAccountRules
{
    /// <summary>
    /// An organisation always keeps an active administrator: otherwise nobody could invite
    /// staff, reset two-step sign-in or change a setting, and the organisation would be locked
    /// out of its own installation. <paramref name="activeAdministratorIds"/> are those now.
    /// </summary>
    public static void EnsureAnAdministratorRemains(IReadOnlyCollection<string> activeAdministratorIds, string accountId, bool staysActiveAdministrator)
    {
        ArgumentNullException.ThrowIfNull(activeAdministratorIds);
        if (!staysActiveAdministrator && activeAdministratorIds.Count == 1 && activeAdministratorIds.Contains(accountId))
        {
            throw new DomainException("Dit is de laatste beheerder van uw organisatie. Maak eerst iemand anders beheerder; anders kan niemand Gehoord meer inrichten.");
        }
    }

    /// <summary>A staff member's name as letters and the case file show it.</summary>
    public static string DisplayName(string? name)
    {
        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException("Vul de naam van de medewerker in, zoals die in brieven en in het dossier moet staan.");
        }

        return trimmed.Length <= 200 ? trimmed : throw new DomainException("De naam mag hoogstens 200 tekens lang zijn.");
    }
}
