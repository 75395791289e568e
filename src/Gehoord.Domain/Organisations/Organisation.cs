using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Organisations;

/// <summary>
/// A public body that handles complaints: a municipality, agency or housing corporation.
/// It is the tenant boundary: every complaint, unit and account belongs to exactly one.
/// </summary>
public sealed class Organisation
{
    private readonly List<Unit> _units = [];
    private readonly List<ExtraRestDay> _extraRestDays = [];

    private Organisation()
    {
        Name = string.Empty;
        Slug = string.Empty;
        JurisdictionProfileKey = string.Empty;
    }

    public Organisation(Guid id, string name, string slug, JurisdictionProfileCode profile)
        : this()
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Geef de organisatie een naam.");
        }

        if (string.IsNullOrWhiteSpace(slug) || !slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new DomainException("De korte naam van de organisatie mag alleen kleine letters, cijfers en streepjes hebben.");
        }

        Id = id;
        Name = name.Trim();
        Slug = slug;
        JurisdictionProfileKey = ProfileKeyFor(profile);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Short name used in addresses, e.g. <c>gemeente-voorbeeld</c>.</summary>
    public string Slug { get; private set; }

    /// <summary>Stored as the profile's key ("NL-Awb") so that the database stays readable.</summary>
    public string JurisdictionProfileKey { get; private set; }

    public IReadOnlyList<Unit> Units => _units;

    /// <summary>Phone number citizens can call about a complaint; shown in letters and on the status page.</summary>
    public string? ContactPhone { get; private set; }

    /// <summary>E-mail address for complaints; shown in letters and on the status page.</summary>
    public string? ContactEmail { get; private set; }

    /// <summary>
    /// Days made equal to public holidays by decree (for example the Friday after Ascension),
    /// kept as data because they change by year and cannot be computed.
    /// </summary>
    public IReadOnlyList<ExtraRestDay> ExtraRestDays => _extraRestDays;

    /// <summary>The rule set of this organisation, including its own extra rest days.</summary>
    public JurisdictionProfile Profile()
    {
        var profile = JurisdictionProfile.FromKey(JurisdictionProfileKey);
        if (_extraRestDays.Count == 0)
        {
            return profile;
        }

        var extra = _extraRestDays.Select(d => new Holiday(d.Date, d.Name));
        return profile.WithCalendar(profile.Code == JurisdictionProfileCode.VlBestuursdecreet
            ? new BelgianHolidayCalendar(true, extra)
            : new DutchHolidayCalendar(extra));
    }

    public Unit AddUnit(Guid id, string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Geef de afdeling een naam.");
        }

        if (_units.Any(u => string.Equals(u.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"Er is al een afdeling met de naam '{name.Trim()}'.");
        }

        var unit = new Unit(id, Id, name.Trim());
        _units.Add(unit);
        return unit;
    }

    public void AddExtraRestDay(DateOnly date, string name)
    {
        if (_extraRestDays.Any(d => d.Date == date))
        {
            throw new DomainException($"{date:dd-MM-yyyy} staat al in de lijst met extra vrije dagen.");
        }

        _extraRestDays.Add(new ExtraRestDay(date, string.IsNullOrWhiteSpace(name) ? "Extra vrije dag" : name.Trim()));
    }

    public void SetContact(string? phone, string? email)
    {
        ContactPhone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        ContactEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
    }

    public void ChangeProfile(JurisdictionProfileCode profile) => JurisdictionProfileKey = ProfileKeyFor(profile);

    private static string ProfileKeyFor(JurisdictionProfileCode code) => code switch
    {
        JurisdictionProfileCode.NlAwb => JurisdictionProfile.NlAwb.Key,
        JurisdictionProfileCode.VlBestuursdecreet => JurisdictionProfile.VlBestuursdecreet.Key,
        _ => "Custom",
    };
}

/// <summary>A department or team of an organisation (afdeling).</summary>
public sealed class Unit
{
    private Unit()
    {
        Name = string.Empty;
    }

    internal Unit(Guid id, Guid organisationId, string name)
    {
        Id = id;
        OrganisationId = organisationId;
        Name = name;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }
}

/// <summary>A day the organisation treats as a public holiday on top of the statutory ones.</summary>
public sealed record ExtraRestDay(DateOnly Date, string Name);
