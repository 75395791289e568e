namespace Gehoord.Domain.Complaints;

/// <summary>The rules a conduct arrangement can set; several may apply.</summary>
[Flags]
public enum ConductRules
{
    None = 0,
    WrittenContactOnly = 1,
    OneContactPerson = 2,
    FixedContactMoments = 4,
    NoVisitsWithoutAppointment = 8,
    Other = 16,
}

/// <summary>
/// Rules for contact with a complainant whose behaviour makes contact hard (seed 001 §4.6:
/// "always keep contact, unless"). It names the behaviour, states the rules, starts on a date
/// and is reviewed on another. It shows on every case of the complainant; it never blocks
/// registration, and the citizen can always keep writing.
/// </summary>
public sealed class ConductArrangement
{
    private ConductArrangement()
    {
        ComplainantKey = string.Empty;
        ComplainantName = string.Empty;
        Behaviour = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>How the complainant is recognised on other cases: e-mail address, else phone number.</summary>
    public string ComplainantKey { get; private set; }

    public string ComplainantName { get; private set; }

    /// <summary>The behaviour, named concretely, that the arrangement answers.</summary>
    public string Behaviour { get; private set; }

    public ConductRules Rules { get; private set; }

    public string? OtherRules { get; private set; }

    /// <summary>The one contact person, when that rule applies.</summary>
    public string? ContactPerson { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly ReviewOn { get; private set; }

    public Guid SourceComplaintId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedByName { get; private set; } = string.Empty;

    /// <summary>From this day the arrangement no longer applies; null while it is in force.</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>Why it was ended; the complainant may ask, and the next case must be able to read it.</summary>
    public string? EndReason { get; private set; }

    public string? EndedByName { get; private set; }

    /// <summary>The day of the last review, when there has been one.</summary>
    public DateOnly? ReviewedOn { get; private set; }

    /// <summary>What the last review found.</summary>
    public string? ReviewOutcome { get; private set; }

    public string? ReviewedByName { get; private set; }

    /// <summary>When the rules were last changed; the earlier versions are in the timeline of the case where it happened.</summary>
    public DateTimeOffset? RevisedAt { get; private set; }

    public string? RevisedByName { get; private set; }

    /// <summary>Ended, and so no longer in force and no longer to be reviewed.</summary>
    public bool IsEnded => EndedOn is not null;

    public static IReadOnlyList<ConductRules> AllRules { get; } =
    [
        ConductRules.WrittenContactOnly,
        ConductRules.OneContactPerson,
        ConductRules.FixedContactMoments,
        ConductRules.NoVisitsWithoutAppointment,
        ConductRules.Other,
    ];

    /// <summary>
    /// The key that links the complainant's cases: the e-mail address in lower case, else the
    /// digits of the phone number. Null when neither is known; such a complainant cannot be
    /// recognised on other cases, so no arrangement can be made.
    /// </summary>
    public static string? KeyFor(Complainant complainant)
    {
        ArgumentNullException.ThrowIfNull(complainant);
        if (!string.IsNullOrWhiteSpace(complainant.Email))
        {
            return "e:" + complainant.Email.Trim().ToLowerInvariant();
        }

        var digits = new string((complainant.Phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 6 ? "t:" + digits : null;
    }

    public static ConductArrangement Make(
        Guid id,
        Complaint source,
        string behaviour,
        ConductRules rules,
        string? otherRules,
        string? contactPerson,
        DateOnly startsOn,
        DateOnly reviewOn,
        Actor by,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(source);
        var key = KeyFor(source.Complainant)
            ?? throw new DomainException("Van deze klager is geen e-mailadres of telefoonnummer bekend. Zonder die gegevens kan een gedragslijn niet aan de klager worden gekoppeld.");
        if (string.IsNullOrWhiteSpace(behaviour))
        {
            throw new DomainException("Beschrijf concreet welk gedrag de aanleiding is. De klager leest dit in de brief.");
        }

        EnsureRules(rules, otherRules, contactPerson);
        EnsureReviewDate(reviewOn, startsOn, "De datum van de evaluatie moet na de startdatum liggen.", "Evalueer de gedragslijn binnen een jaar na de start.");

        var arrangement = new ConductArrangement
        {
            Id = id,
            OrganisationId = source.OrganisationId,
            ComplainantKey = key,
            ComplainantName = source.Complainant.Name ?? source.Complainant.Email ?? "Onbekend",
            Behaviour = behaviour.Trim(),
            Rules = rules,
            StartsOn = startsOn,
            ReviewOn = reviewOn,
            SourceComplaintId = source.Id,
            CreatedAt = at,
            CreatedByName = by.Name,
        };
        arrangement.SetRules(rules, otherRules, contactPerson);
        source.RequireConductArrangementLetter(by, at);
        return arrangement;
    }

    /// <summary>
    /// Ends the arrangement: from <paramref name="endsOn"/> its rules no longer apply. The day
    /// lies between the start and today (a measure that has not started yet ends today); an
    /// arrangement is never ended ahead, so every page reads "in force" the same way. Recorded
    /// in the timeline of <paramref name="onCase"/>, also when that case is closed.
    /// </summary>
    public void End(Complaint onCase, string reason, DateOnly endsOn, DateOnly today, Actor by, DateTimeOffset at)
    {
        EnsureChangeableOn(onCase);
        var why = Required(reason, "Schrijf op waarom de gedragslijn stopt.");

        if (endsOn > today)
        {
            throw new DomainException("De gedragslijn stopt vandaag of eerder. Een einddatum in de toekomst kan niet.");
        }

        if (endsOn < StartsOn && endsOn != today)
        {
            throw new DomainException("De einddatum ligt voor de startdatum van de gedragslijn.");
        }

        EndedOn = endsOn;
        EndReason = why;
        EndedByName = by.Name;
        onCase.RecordConductArrangement(
            TimelineEventKind.ConductArrangementEnded,
            $"De gedragslijn van {StartsOn:dd-MM-yyyy} is beëindigd per {endsOn:dd-MM-yyyy}. De afspraken gelden niet meer.",
            why,
            by,
            at);
    }

    /// <summary>
    /// New rules for the same behaviour. The earlier rules stay in the timeline of
    /// <paramref name="onCase"/>, and the complainant gets a letter with the new ones, so the
    /// case must be open.
    /// </summary>
    public void Revise(Complaint onCase, ConductRules rules, string? otherRules, string? contactPerson, string reason, Actor by, DateTimeOffset at)
    {
        EnsureChangeableOn(onCase);
        var why = Required(reason, "Schrijf op waarom de afspraken veranderen.");

        EnsureRules(rules, otherRules, contactPerson);
        var before = Describe();
        SetRules(rules, otherRules, contactPerson);
        var after = Describe();
        if (before == after)
        {
            throw new DomainException("De afspraken zijn niet veranderd. Kies andere afspraken, of evalueer de gedragslijn als alles blijft zoals het is.");
        }

        RevisedAt = at;
        RevisedByName = by.Name;
        onCase.RequireRevisedConductArrangementLetter($"De afspraken van de gedragslijn zijn herzien. Eerst: {before}. Nu: {after}.", why, by, at);
    }

    /// <summary>
    /// Records a review: what it found and when the next one is, after today and within a year
    /// (the same bound as at the start). Recorded in the timeline of <paramref name="onCase"/>.
    /// To change the rules, revise; to stop, end.
    /// </summary>
    public void Review(Complaint onCase, string outcome, DateOnly nextReviewOn, DateOnly today, Actor by, DateTimeOffset at)
    {
        EnsureChangeableOn(onCase);
        var found = Required(outcome, "Schrijf op wat de evaluatie heeft opgeleverd.");

        if (today < StartsOn)
        {
            throw new DomainException($"De gedragslijn gaat pas in op {StartsOn:dd-MM-yyyy}. Evalueer de gedragslijn daarna.");
        }

        EnsureReviewDate(nextReviewOn, today, "De volgende evaluatie moet na vandaag liggen.", "Evalueer de gedragslijn opnieuw binnen een jaar.");
        ReviewedOn = today;
        ReviewOutcome = found;
        ReviewedByName = by.Name;
        ReviewOn = nextReviewOn;
        onCase.RecordConductArrangement(
            TimelineEventKind.ConductArrangementReviewed,
            $"De gedragslijn is geëvalueerd en blijft gelden: {Describe()}. Volgende evaluatie op {nextReviewOn:dd-MM-yyyy}.",
            found,
            by,
            at);
    }

    /// <summary>The rules in words, as the timeline keeps them.</summary>
    public string Describe() => string.Join("; ", AllRules.Where(r => Rules.HasFlag(r)).Select(r => r switch
    {
        ConductRules.OneContactPerson => $"{DutchName(r)}: {ContactPerson}",
        ConductRules.Other => $"{DutchName(r)}: {OtherRules}",
        _ => DutchName(r),
    }));

    /// <summary>Whether the arrangement applies on <paramref name="today"/>: from its start until the day it ended. After the review date it still applies, marked for review.</summary>
    public bool IsActiveOn(DateOnly today) => today >= StartsOn && (EndedOn is not { } ended || today < ended);

    /// <summary>The rules of every arrangement in force on <paramref name="today"/>, together.</summary>
    public static ConductRules RulesInForce(IEnumerable<ConductArrangement> arrangements, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(arrangements);
        return arrangements.Where(a => a.IsActiveOn(today)).Aggregate(ConductRules.None, (rules, a) => rules | a.Rules);
    }

    /// <summary>An arrangement in force whose review date has come; an ended one is never reviewed again.</summary>
    public bool NeedsReviewOn(DateOnly today) => !IsEnded && today >= ReviewOn;

    public static string DutchName(ConductRules rule) => rule switch
    {
        ConductRules.WrittenContactOnly => "Alleen schriftelijk contact",
        ConductRules.OneContactPerson => "Eén vaste contactpersoon",
        ConductRules.FixedContactMoments => "Vaste momenten voor contact",
        ConductRules.NoVisitsWithoutAppointment => "Geen bezoek aan de balie zonder afspraak",
        ConductRules.Other => "Andere afspraak",
        _ => rule.ToString(),
    };

    private static void EnsureRules(ConductRules rules, string? otherRules, string? contactPerson)
    {
        if (rules == ConductRules.None)
        {
            throw new DomainException("Kies minstens één afspraak.");
        }

        if ((rules & ~AllRules.Aggregate(ConductRules.None, (all, r) => all | r)) != ConductRules.None)
        {
            throw new DomainException("Kies de afspraken uit de lijst.");
        }

        if (rules.HasFlag(ConductRules.Other) && string.IsNullOrWhiteSpace(otherRules))
        {
            throw new DomainException("Beschrijf de andere afspraak.");
        }

        if (rules.HasFlag(ConductRules.OneContactPerson) && string.IsNullOrWhiteSpace(contactPerson))
        {
            throw new DomainException("Noem de vaste contactpersoon.");
        }
    }

    /// <summary>A measure that limits a citizen's contact with their government must not run unchecked: a review after <paramref name="from"/> and within a year of it.</summary>
    private static void EnsureReviewDate(DateOnly reviewOn, DateOnly from, string tooEarly, string tooLate)
    {
        if (reviewOn <= from)
        {
            throw new DomainException(tooEarly);
        }

        if (reviewOn > from.AddMonths(12))
        {
            throw new DomainException(tooLate);
        }
    }

    private void SetRules(ConductRules rules, string? otherRules, string? contactPerson)
    {
        Rules = rules;
        OtherRules = rules.HasFlag(ConductRules.Other) ? otherRules!.Trim() : null;
        ContactPerson = rules.HasFlag(ConductRules.OneContactPerson) ? contactPerson!.Trim() : null;
    }

    private static string Required(string? text, string missing)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? throw new DomainException(missing) : trimmed;
    }

    /// <summary>An arrangement is changed on a case of its own complainant, and only while it has not been ended.</summary>
    private void EnsureChangeableOn(Complaint onCase)
    {
        ArgumentNullException.ThrowIfNull(onCase);
        if (onCase.OrganisationId != OrganisationId || KeyFor(onCase.Complainant) != ComplainantKey)
        {
            throw new DomainException("Deze gedragslijn hoort niet bij de klager van deze klacht.");
        }

        if (EndedOn is { } ended)
        {
            throw new DomainException($"Deze gedragslijn is al beëindigd per {ended:dd-MM-yyyy}. Leg zo nodig een nieuwe gedragslijn vast.");
        }
    }
}
