using Gehoord.Domain.Records;

namespace Gehoord.Domain.Organisations;

/// <summary>
/// One changed setting: who changed what, when, from what to what. Kept for every change to an
/// organisation's configuration (settings, units, staff, rest days, letter texts), so that an
/// auditor can see why a deadline or a letter came out as it did. The organisation numbers and
/// seals each change after the one before (<see cref="Organisation.AppendToHistory"/>, ADR 20).
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
        At = RecordChain.Truncate(at);
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

    /// <summary>Position in the organisation's history (1, 2, …); 0 until the organisation appends it.</summary>
    public int Sequence { get; private set; }

    /// <summary>SHA-256 of the previous change's hash and this change's content; null until appended.</summary>
    public string? Hash { get; private set; }

    /// <summary>Every field, organisation included, as the chain hashes it.</summary>
    public string Content() => new CanonicalContent()
        .Add("organisation", OrganisationId)
        .Add("sequence", Sequence)
        .Add("at", At)
        .Add("actor-id", ActorId)
        .Add("actor-name", ActorName)
        .Add("subject", Subject)
        .Add("setting", Setting)
        .Add("old", OldValue)
        .Add("new", NewValue)
        .ToString();

    public ChainEntry Entry() => new(Sequence, Content(), Hash);

    internal string Seal(int sequence, string previousHash)
    {
        Sequence = sequence;
        return Hash = RecordChain.Link(previousHash, Content());
    }

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
