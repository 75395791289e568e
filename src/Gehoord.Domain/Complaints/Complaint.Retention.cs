using Gehoord.Domain.Privacy;
using Gehoord.Domain.Records;

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

    /// <summary>When the personal data were removed after the retention term; null while they are in the file.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    public bool IsAnonymised => AnonymisedAt is not null;

    /// <summary>The names of the citizens in the file: complainant, representative, involved persons. What redaction removes from every text.</summary>
    public IReadOnlyList<string> CitizenNames() =>
        new[] { Complainant.Name, Complainant.Representative?.Name }
            .Concat(_involvedPersons.Select(p => p.Name))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>
    /// Refuses what may not be erased at the person's request (AVG art. 17): what may not be
    /// anonymised, and, where the law makes the organisation keep its files, a file within its
    /// term (17(3)(b)). The message says why and until when, for the answer to the person.
    /// </summary>
    public void EnsureMayErase(Jurisdictions.JurisdictionProfileCode profile, int years, DateOnly today, Func<DateTimeOffset, DateOnly> localDate)
    {
        if (Status != ComplaintStatus.Closed)
        {
            throw new DomainException("De klacht is nog in behandeling. Gegevens die nodig zijn om de klacht af te handelen, wissen we niet.");
        }

        if (Retention.ObligedToKeep(profile) && RetentionDueOn(years, localDate) is { } due && due > today)
        {
            throw new DomainException($"De wet verplicht ons het dossier te bewaren tot {due:dd-MM-yyyy} (AVG artikel 17 lid 3 onder b). Daarna verwijderen we de persoonsgegevens.");
        }

        EnsureMayAnonymise(Retention.ObligedToKeep(profile) ? years : 0, today, localDate);
    }

    /// <summary>Records that a person asked for erasure and why it could not be done now, so the answer can be shown later.</summary>
    public void RecordErasureRefused(string reason, Actor by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Record(at, by, TimelineEventKind.ErasureRefused, "Verzoek om gegevens te wissen niet uitgevoerd.", reason);
    }

    /// <summary>Refuses what may not lose its personal data today: open, held, done already, or within its term.</summary>
    public void EnsureMayAnonymise(int years, DateOnly today, Func<DateTimeOffset, DateOnly> localDate)
    {
        if (IsAnonymised)
        {
            throw new DomainException("De persoonsgegevens van dit dossier zijn al verwijderd.");
        }

        if (IsOnLegalHold)
        {
            throw new DomainException("Dit dossier wordt bewaard voor een procedure. Hef dat eerst op.");
        }

        if (RetentionDueOn(years, localDate) is not { } due || due > today)
        {
            throw new DomainException("De bewaartermijn van dit dossier is nog niet voorbij.");
        }
    }

    /// <summary>
    /// The last step of anonymisation, after every text of the file was redacted: the citizen's
    /// details go, and the timeline, whose texts changed, is sealed again from its first event;
    /// the new event keeps the seal from before, so whoever kept it sees where the new chain
    /// continues the old one (ADR 20, 24).
    /// </summary>
    public void CompleteAnonymisation(Actor by, DateTimeOffset at)
    {
        var before = TimelineHash;
        Complainant = Complainant.Anonymous;
        AnonymisedAt = at;
        var previous = RecordChain.Genesis;
        foreach (var entry in _timeline.OrderBy(e => e.Sequence))
        {
            previous = entry.Seal(Id, previous);
        }

        TimelineHash = previous;
        Record(at, by, TimelineEventKind.Anonymised, $"Persoonsgegevens verwijderd na de bewaartermijn. De tijdlijn is daarna opnieuw verzegeld; het zegel ervoor was {before}.");
    }

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
