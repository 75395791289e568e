namespace Gehoord.Domain.Organisations;

/// <summary>
/// One changed setting: who changed what, when, from what to what. Kept for every change to an
/// organisation's configuration (settings, units, staff, rest days, letter texts), so that an
/// auditor can see why a deadline or a letter came out as it did.
/// </summary>
public sealed class ConfigurationChange
{
    private ConfigurationChange()
    {
        ActorId = string.Empty;
        ActorName = string.Empty;
        Subject = string.Empty;
        Setting = string.Empty;
    }

    public ConfigurationChange(Guid id, Guid organisationId, DateTimeOffset at, Actor by, string subject, string setting, string? oldValue, string? newValue)
    {
        Id = id;
        OrganisationId = organisationId;
        At = at;
        ActorId = by.Id;
        ActorName = by.Name;
        Subject = subject;
        Setting = setting;
        OldValue = string.IsNullOrEmpty(oldValue) ? null : oldValue;
        NewValue = string.IsNullOrEmpty(newValue) ? null : newValue;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; }

    public string ActorName { get; private set; }

    /// <summary>What was changed: "Organisatie", "Afdeling Burgerzaken", "Medewerker j.jansen@…".</summary>
    public string Subject { get; private set; }

    /// <summary>Which of its settings, in the words of the page ("Telefoon", "Rollen").</summary>
    public string Setting { get; private set; }

    /// <summary>Null: the setting was empty (or the subject was new).</summary>
    public string? OldValue { get; private set; }

    /// <summary>Null: the setting was emptied (or the subject removed).</summary>
    public string? NewValue { get; private set; }

    /// <summary>One change per setting whose value differs between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static IReadOnlyList<ConfigurationChange> Between(
        Guid organisationId,
        string subject,
        IReadOnlyDictionary<string, string> before,
        IReadOnlyDictionary<string, string> after,
        Actor by,
        DateTimeOffset at,
        Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(newId);
        var changes = new List<ConfigurationChange>();
        foreach (var key in before.Keys.Union(after.Keys))
        {
            var old = before.GetValueOrDefault(key) ?? string.Empty;
            var now = after.GetValueOrDefault(key) ?? string.Empty;
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new ConfigurationChange(newId(), organisationId, at, by, subject, key, old, now));
            }
        }

        return changes;
    }
}
