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

        if (rules == ConductRules.None)
        {
            throw new DomainException("Kies minstens één afspraak.");
        }

        if (rules.HasFlag(ConductRules.Other) && string.IsNullOrWhiteSpace(otherRules))
        {
            throw new DomainException("Beschrijf de andere afspraak.");
        }

        if (rules.HasFlag(ConductRules.OneContactPerson) && string.IsNullOrWhiteSpace(contactPerson))
        {
            throw new DomainException("Noem de vaste contactpersoon.");
        }

        if (reviewOn <= startsOn)
        {
            throw new DomainException("De datum van de evaluatie moet na de startdatum liggen.");
        }

        // A measure that limits a citizen's contact with their government must not run unchecked.
        if (reviewOn > startsOn.AddMonths(12))
        {
            throw new DomainException("Evalueer de gedragslijn binnen een jaar na de start.");
        }

        var arrangement = new ConductArrangement
        {
            Id = id,
            OrganisationId = source.OrganisationId,
            ComplainantKey = key,
            ComplainantName = source.Complainant.Name ?? source.Complainant.Email ?? "Onbekend",
            Behaviour = behaviour.Trim(),
            Rules = rules,
            OtherRules = rules.HasFlag(ConductRules.Other) ? otherRules!.Trim() : null,
            ContactPerson = rules.HasFlag(ConductRules.OneContactPerson) ? contactPerson!.Trim() : null,
            StartsOn = startsOn,
            ReviewOn = reviewOn,
            SourceComplaintId = source.Id,
            CreatedAt = at,
            CreatedByName = by.Name,
        };
        source.RequireConductArrangementLetter(by, at);
        return arrangement;
    }

    /// <summary>Whether the arrangement applies on <paramref name="today"/>; after the review date it still shows, marked for review.</summary>
    public bool IsActiveOn(DateOnly today) => today >= StartsOn;

    /// <summary>The rules of every arrangement in force on <paramref name="today"/>, together.</summary>
    public static ConductRules RulesInForce(IEnumerable<ConductArrangement> arrangements, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(arrangements);
        return arrangements.Where(a => a.IsActiveOn(today)).Aggregate(ConductRules.None, (rules, a) => rules | a.Rules);
    }

    public bool NeedsReviewOn(DateOnly today) => today >= ReviewOn;

    public static string DutchName(ConductRules rule) => rule switch
    {
        ConductRules.WrittenContactOnly => "Alleen schriftelijk contact",
        ConductRules.OneContactPerson => "Eén vaste contactpersoon",
        ConductRules.FixedContactMoments => "Vaste momenten voor contact",
        ConductRules.NoVisitsWithoutAppointment => "Geen bezoek aan de balie zonder afspraak",
        ConductRules.Other => "Andere afspraak",
        _ => rule.ToString(),
    };
}
