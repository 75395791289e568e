using Gehoord.Domain.Privacy;

namespace Gehoord.Domain.Complaints;

public sealed partial class Complaint
{
    /// <summary>The longest reason for a legal hold.</summary>
    public const int LegalHoldReasonMaxLength = 500;

    /// <summary>
    /// Why the file must stay whole past its retention term: an ombudsman's investigation, a
    /// court case, an objection (AVG art. 17(3)(b) and (e), ADR 24). Null when there is no hold.
    /// </summary>
    public string? LegalHoldReason { get; private set; }

    public bool IsOnLegalHold => LegalHoldReason is not null;

    /// <summary>The first day this file may lose its personal data under a term of <paramref name="years"/>; null while open.</summary>
    public DateOnly? RetentionDueOn(int years, Func<DateTimeOffset, DateOnly> localDate)
    {
        ArgumentNullException.ThrowIfNull(localDate);
        return ClosedAt is { } closed && Status == ComplaintStatus.Closed ? Retention.DueOn(localDate(closed), years) : null;
    }

    /// <summary>Stops the file's destruction for as long as the procedure runs; recorded with its reason.</summary>
    public void PlaceLegalHold(string reason, Actor by, DateTimeOffset at)
    {
        var why = HoldReason(reason, "Schrijf op waarom het dossier bewaard moet blijven, bijvoorbeeld: onderzoek door de Nationale ombudsman, of een rechtszaak.");
        if (IsOnLegalHold)
        {
            throw new DomainException("Dit dossier wordt al bewaard. Hef het bewaren eerst op als de reden veranderd is.");
        }

        LegalHoldReason = why;
        Record(at, by, TimelineEventKind.LegalHoldPlaced, "Dossier blijft bewaard, ook na de bewaartermijn.", why);
    }

    /// <summary>Ends the hold: the retention term applies again, at once if it has passed.</summary>
    public void LiftLegalHold(string reason, Actor by, DateTimeOffset at)
    {
        if (!IsOnLegalHold)
        {
            throw new DomainException("Dit dossier wordt niet apart bewaard.");
        }

        var why = HoldReason(reason, "Schrijf op waarom het dossier niet meer bewaard hoeft te worden, bijvoorbeeld: het onderzoek van de ombudsman is klaar.");
        LegalHoldReason = null;
        Record(at, by, TimelineEventKind.LegalHoldLifted, "Dossier wordt niet meer apart bewaard; de bewaartermijn geldt weer.", why);
    }

    private static string HoldReason(string? reason, string whenEmpty)
    {
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why))
        {
            throw new DomainException(whenEmpty);
        }

        return why.Length <= LegalHoldReasonMaxLength ? why : throw new DomainException($"De reden mag hoogstens {LegalHoldReasonMaxLength} tekens lang zijn.");
    }
}
