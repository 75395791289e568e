namespace Gehoord.Domain.Complaints;

/// <summary>
/// The manager's part when a handler involves them (seed 001 §2.3): the question, and the
/// decision the manager records as a step of their own. The handler stays responsible.
/// </summary>
public sealed partial class Complaint
{
    /// <summary>What the handler asked the manager to decide.</summary>
    public string? EscalationQuestion { get; private set; }

    /// <summary>What the manager decided, in their words; null while the question is open.</summary>
    public string? EscalationDecision { get; private set; }

    public DateTimeOffset? EscalationDecidedAt { get; private set; }

    /// <summary>Whether a manager has been asked and has not yet decided.</summary>
    public bool AwaitsEscalationDecision => EscalatedToId is not null && EscalationDecision is null && Status != ComplaintStatus.Closed;

    /// <summary>
    /// The manager to whom the complaint was put records the decision. Only that manager:
    /// the handler cannot record a decision in the manager's name.
    /// </summary>
    public void DecideOnEscalation(string decision, Actor manager, DateTimeOffset at)
    {
        EnsureOpen();
        if (EscalatedToId is null)
        {
            throw new DomainException("Deze klacht is niet aan een leidinggevende voorgelegd.");
        }

        if (manager.Id != EscalatedToId)
        {
            throw new DomainException($"Het besluit legt {EscalatedToName} vast: aan die leidinggevende is de klacht voorgelegd.");
        }

        var text = decision?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new DomainException("Schrijf op wat u besluit.");
        }

        if (text.Length > 4000)
        {
            throw new DomainException("Het besluit is hoogstens 4000 tekens.");
        }

        EscalationDecision = text;
        EscalationDecidedAt = at;
        Record(at, manager, TimelineEventKind.EscalationDecided, $"Besluit van leidinggevende {manager.Name}: {text}");
    }
}
