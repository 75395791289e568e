namespace Gehoord.Domain;

/// <summary>
/// Who did something: a staff member (by account id), the citizen, or the system.
/// The name is copied into every timeline event so the case file stays readable after an
/// account is removed.
/// </summary>
public readonly record struct Actor(string Id, string Name)
{
    public static Actor Citizen { get; } = new("citizen", "Burger (via het klachtformulier)");

    public static Actor System { get; } = new("system", "Gehoord");

    public static Actor Staff(string userId, string displayName)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new DomainException("Een medewerker heeft een account nodig om iets te doen in een dossier.");
        }

        return new Actor(userId, string.IsNullOrWhiteSpace(displayName) ? userId : displayName.Trim());
    }
}
