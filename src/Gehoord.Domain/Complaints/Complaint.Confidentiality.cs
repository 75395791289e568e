namespace Gehoord.Domain.Complaints;

/// <summary>A person named on a confidential case: only they open it (ADR 21). The name is kept for the page, as in the timeline.</summary>
public sealed class ConfidentialReader
{
    private ConfidentialReader()
    {
        StaffUserId = string.Empty;
        Name = string.Empty;
    }

    internal ConfidentialReader(string staffUserId, string name)
    {
        StaffUserId = staffUserId;
        Name = name;
    }

    public string StaffUserId { get; private set; }

    public string Name { get; private set; }
}

public sealed partial class Complaint
{
    /// <summary>The longest reason for a confidential marking.</summary>
    public const int ConfidentialReasonMaxLength = 500;

    /// <summary>At most this many people are named; a file many must open is not confidential.</summary>
    public const int MaxConfidentialReaders = 20;

    private readonly List<ConfidentialReader> _confidentialReaders = [];

    /// <summary>Vertrouwelijk: only <see cref="ConfidentialReaders"/> open the case file, in any list or page (ADR 21).</summary>
    public bool IsConfidential { get; private set; }

    /// <summary>Why the case is confidential, as the coordinator wrote it.</summary>
    public string? ConfidentialReason { get; private set; }

    public IReadOnlyList<ConfidentialReader> ConfidentialReaders => _confidentialReaders;

    /// <summary>
    /// Makes the case confidential, or changes who may open it: only <paramref name="readers"/>
    /// and <paramref name="by"/> (the coordinator who marks it stays named, so someone can always
    /// change or end the marking). The handler must be named, or could no longer handle it; a
    /// respondent can never be named (Awb 9:7). Recorded in the timeline with the names.
    /// </summary>
    public void MarkConfidential(IReadOnlyCollection<Actor> readers, string reason, Actor by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(readers);
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why))
        {
            throw new DomainException("Schrijf op waarom dit dossier vertrouwelijk is.");
        }

        if (why.Length > ConfidentialReasonMaxLength)
        {
            throw new DomainException($"Houd de reden kort: hoogstens {ConfidentialReasonMaxLength} tekens.");
        }

        var named = readers.Append(by)
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        if (named.Count > MaxConfidentialReaders + 1)
        {
            throw new DomainException($"Noem hoogstens {MaxConfidentialReaders} mensen. Moeten meer mensen het dossier openen, dan is het niet vertrouwelijk.");
        }

        if (named.Where(r => IsRespondent(r.Id)).Select(r => (Actor?)r).FirstOrDefault() is { } respondent)
        {
            throw new DomainException($"{respondent.Name} is beklaagde in deze klacht en kan het dossier niet openen. Noem deze persoon niet.");
        }

        if (HandlerId is not null && named.All(r => r.Id != HandlerId))
        {
            throw new DomainException($"Noem ook de behandelaar, {HandlerName}. Anders kan die de klacht niet meer behandelen.");
        }

        var before = _confidentialReaders.Select(r => r.StaffUserId).Order(StringComparer.Ordinal).ToList();
        var after = named.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        if (IsConfidential && before.SequenceEqual(after, StringComparer.Ordinal) && ConfidentialReason == why)
        {
            throw new DomainException("Er is niets veranderd: dezelfde mensen en dezelfde reden.");
        }

        var wasConfidential = IsConfidential;
        IsConfidential = true;
        ConfidentialReason = why;
        _confidentialReaders.Clear();
        _confidentialReaders.AddRange(named.Select(r => new ConfidentialReader(r.Id, r.Name)));
        var names = string.Join(", ", named.Select(r => r.Name).Order(StringComparer.CurrentCulture));
        Record(
            at,
            by,
            TimelineEventKind.ConfidentialityChanged,
            wasConfidential ? $"Gewijzigd wie dit vertrouwelijke dossier mag openen: {names}." : $"Dossier vertrouwelijk gemaakt. Alleen deze mensen mogen het openen: {names}.",
            why);
    }

    /// <summary>Ends the confidential marking: the case is open again to whoever the usual rules allow (ADR 10).</summary>
    public void EndConfidentiality(Actor by, DateTimeOffset at)
    {
        if (!IsConfidential)
        {
            throw new DomainException("Dit dossier is niet vertrouwelijk.");
        }

        IsConfidential = false;
        ConfidentialReason = null;
        _confidentialReaders.Clear();
        Record(at, by, TimelineEventKind.ConfidentialityChanged, "Dossier is niet meer vertrouwelijk.");
    }

    /// <summary>On a confidential case a new handler must be one of the people named.</summary>
    private void EnsureMayOpen(Actor handler)
    {
        if (IsConfidential && _confidentialReaders.All(r => r.StaffUserId != handler.Id))
        {
            throw new DomainException($"Dit dossier is vertrouwelijk en {handler.Name} is niet genoemd bij wie het mag openen. Noem deze persoon eerst, of kies een ander.");
        }
    }
}
