using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Records;

namespace Gehoord.Domain.Organisations;

/// <summary>
/// A public body that handles complaints: a municipality, agency or housing corporation.
/// It is the tenant boundary: every complaint, unit and account belongs to exactly one.
/// The administrator keeps its settings; each setter checks its own rule and says in plain
/// Dutch what is wrong.
/// </summary>
public sealed class Organisation
{
    /// <summary>Who citizens are told to contact when the organisation names no one else.</summary>
    public const string DefaultContactName = "het klachtenteam";

    /// <summary>The longest acknowledgement term the Bestuursdecreet allows (II.83: ten days).</summary>
    private static readonly Term FlemishAcknowledgementLimit = Term.Days(10);

    private readonly List<Unit> _units = [];
    private readonly List<ExtraRestDay> _extraRestDays = [];
    private List<string> _twoFactorRoles = [];

    private Organisation()
    {
        Name = string.Empty;
        Slug = string.Empty;
        JurisdictionProfileKey = string.Empty;
        ContactName = DefaultContactName;
    }

    public Organisation(Guid id, string name, string slug, JurisdictionProfileCode profile)
        : this()
    {
        Id = id;
        Rename(name, slug);
        ChangeProfile(profile);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>How many changes the configuration history has (the chain's head, ADR 20).</summary>
    public int HistoryLength { get; private set; }

    /// <summary>The hash of the last change in the history; null while it has none.</summary>
    public string? HistoryHash { get; private set; }

    public ChainHead? HistoryHead => HistoryHash is null ? null : new ChainHead(HistoryLength, HistoryHash);

    /// <summary>
    /// Numbers and seals <paramref name="changes"/> after the last change of this organisation's
    /// history, in the order given, and keeps the new head. The caller saves them with the
    /// organisation; a unique number per organisation refuses a second writer at the same moment.
    /// </summary>
    public void AppendToHistory(IEnumerable<ConfigurationChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var previous = HistoryHash ?? RecordChain.Genesis;
        foreach (var change in changes)
        {
            if (change.OrganisationId != Id || change.Hash is not null)
            {
                throw new InvalidOperationException("A change belongs to one organisation's history and is appended once.");
            }

            previous = change.Seal(HistoryLength + 1, previous);
            HistoryLength++;
            HistoryHash = previous;
        }
    }

    /// <summary>The first change that is not as it was written, or null when the history is whole.</summary>
    public ChainBreak? VerifyHistory(IEnumerable<ConfigurationChange> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return RecordChain.Verify(history.Select(c => c.Entry()), HistoryHead);
    }

    /// <summary>
    /// Seals a history written before changes were chained (ADR 20); <paramref name="history"/>
    /// in the order of its numbers, which the migration gave by moment. False when sealed already.
    /// </summary>
    public bool SealUnsealedHistory(IReadOnlyList<ConfigurationChange> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (HistoryHash is not null || history.Count == 0)
        {
            return false;
        }

        var previous = RecordChain.Genesis;
        foreach (var change in history.OrderBy(c => c.Sequence))
        {
            previous = change.Seal(change.Sequence, previous);
        }

        HistoryLength = history.Count;
        HistoryHash = previous;
        return true;
    }

    /// <summary>Short name used in addresses, e.g. <c>gemeente-voorbeeld</c> in <c>/gemeente-voorbeeld/klacht</c>.</summary>
    public string Slug { get; private set; }

    /// <summary>Stored as the profile's key ("NL-Awb") so that the database stays readable.</summary>
    public string JurisdictionProfileKey { get; private set; }

    public JurisdictionProfileCode ProfileCode => JurisdictionProfile.FromKey(JurisdictionProfileKey).Code;

    public IReadOnlyList<Unit> Units => _units;

    /// <summary>Who citizens can contact about a complaint, as letters name them ("het klachtenteam").</summary>
    public string ContactName { get; private set; }

    /// <summary>Phone number citizens can call about a complaint; shown in letters and on the status page.</summary>
    public string? ContactPhone { get; private set; }

    /// <summary>E-mail address for complaints; shown in letters and on the status page.</summary>
    public string? ContactEmail { get; private set; }

    /// <summary>Postal address for complaints, shown to citizens who write a letter.</summary>
    public string? PostalAddress { get; private set; }

    /// <summary>The ombudsman letters name, when not the profile's (for example a municipal ombudsman).</summary>
    public string? OmbudsmanName { get; private set; }

    /// <summary>The term letters state for going to that ombudsman, when not the profile's.</summary>
    public string? OmbudsmanTerm { get; private set; }

    /// <summary>A few sentences above the public complaint form, in the organisation's own words.</summary>
    public string? PublicFormIntro { get; private set; }

    /// <summary>
    /// How many years a closed complaint's file is kept before its personal data are removed
    /// (ADR 24): 5 unless the organisation chose otherwise (<see cref="Privacy.Retention"/>).
    /// </summary>
    public int RetentionYears { get; private set; } = Privacy.Retention.DefaultYears;

    /// <summary>The organisation's own target for the acknowledgement; null keeps the profile's.</summary>
    public Term? AcknowledgementTarget { get; private set; }

    /// <summary>The organisation's own target for the first personal contact; null keeps the profile's.</summary>
    public Term? PersonalContactTarget { get; private set; }

    /// <summary>The organisation's own rules; only used with the Custom profile.</summary>
    public CustomRules? CustomRules { get; private set; }

    /// <summary>Roles whose members must use two-step sign-in (names as stored for accounts).</summary>
    public IReadOnlyList<string> TwoFactorRequiredRoles => _twoFactorRoles;

    /// <summary>
    /// Days made equal to public holidays by decree (for example the Friday after Ascension),
    /// kept as data because they change by year and cannot be computed.
    /// </summary>
    public IReadOnlyList<ExtraRestDay> ExtraRestDays => _extraRestDays;

    /// <summary>
    /// The rule set of this organisation: its profile, with the Custom rules, its own targets,
    /// its ombudsman and its extra rest days. Every deadline and letter is computed from this.
    /// </summary>
    public JurisdictionProfile Profile() => ProfileWith(_extraRestDays);

    /// <summary>The rule set as it would be with other extra rest days (to show their effect before saving).</summary>
    public JurisdictionProfile ProfileWith(IEnumerable<ExtraRestDay> extraRestDays)
    {
        ArgumentNullException.ThrowIfNull(extraRestDays);
        var extra = extraRestDays.Select(d => new Holiday(d.Date, d.Name)).ToList();
        var standard = JurisdictionProfile.FromKey(JurisdictionProfileKey);
        JurisdictionProfile profile;
        if (standard.Code == JurisdictionProfileCode.Custom)
        {
            profile = (CustomRules ?? CustomRules.Default).ToProfile(
                extra,
                AcknowledgementTarget ?? standard.Terms.Acknowledgement,
                PersonalContactTarget ?? standard.Terms.PersonalContact);
        }
        else
        {
            profile = standard.WithTerms(standard.Terms with
            {
                Acknowledgement = AcknowledgementTarget ?? standard.Terms.Acknowledgement,
                PersonalContact = PersonalContactTarget ?? standard.Terms.PersonalContact,
            });
            if (extra.Count > 0)
            {
                profile = profile.WithCalendar(standard.Code == JurisdictionProfileCode.VlBestuursdecreet
                    ? new BelgianHolidayCalendar(true, extra)
                    : new DutchHolidayCalendar(extra));
            }
        }

        return profile.WithOmbudsman(OmbudsmanName, OmbudsmanTerm);
    }

    public void Rename(string name, string slug)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Geef de organisatie een naam.");
        }

        var shortName = slug?.Trim() ?? string.Empty;
        if (!IsValidSlug(shortName))
        {
            throw new DomainException("De korte naam van de organisatie mag alleen kleine letters, cijfers en streepjes hebben, bijvoorbeeld gemeente-zuiderdorp.");
        }

        if (ReservedSlugs.Contains(shortName))
        {
            throw new DomainException($"De korte naam '{shortName}' is al in gebruik voor een pagina van Gehoord. Kies een andere.");
        }

        Name = name.Trim();
        Slug = shortName;
    }

    /// <summary>Words that are already addresses in Gehoord and so cannot be an organisation's short name.</summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "en", "nl", "staff", "account", "health", "klacht", "volgen", "error", "index", "css", "js", "lib", "api", "installatie", "beheer",
    };

    public static bool IsValidSlug(string slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= 60 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && slug[0] != '-' && slug[^1] != '-';

    /// <summary>Makes a short name from a name: "Gemeente Zuiderdorp" becomes "gemeente-zuiderdorp".</summary>
    public static string SlugFrom(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var normalised = name.Normalize(System.Text.NormalizationForm.FormD);
        var chars = new System.Text.StringBuilder();
        foreach (var c in normalised.ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                chars.Append(c);
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '/') && chars.Length > 0 && chars[^1] != '-')
            {
                chars.Append('-');
            }
        }

        return chars.ToString().Trim('-');
    }

    public void SetContact(string? contactName, string? phone, string? email, string? postalAddress)
    {
        var mail = Clean(email);
        if (mail is not null && (!mail.Contains('@', StringComparison.Ordinal) || mail.StartsWith('@') || mail.EndsWith('@') || mail.Contains(' ', StringComparison.Ordinal)))
        {
            throw new DomainException("Vul een geldig e-mailadres in, bijvoorbeeld klachten@zuiderdorp.nl.");
        }

        ContactName = Clean(contactName) ?? DefaultContactName;
        ContactPhone = Clean(phone);
        ContactEmail = mail;
        PostalAddress = Clean(postalAddress);
    }

    public void SetContact(string? phone, string? email) => SetContact(ContactName, phone, email, PostalAddress);

    public void SetOmbudsman(string? name, string? term)
    {
        OmbudsmanName = Clean(name);
        OmbudsmanTerm = Clean(term);
    }

    /// <summary>The retention term in years after closure, within what the organisation's rules allow.</summary>
    public void SetRetentionYears(int years)
    {
        Privacy.Retention.EnsureAllowed(ProfileCode, years);
        RetentionYears = years;
    }

    public void SetPublicFormIntro(string? intro)
    {
        var text = Clean(intro);
        if (text is { Length: > 1000 })
        {
            throw new DomainException("De tekst boven het klachtformulier mag hoogstens 1000 tekens lang zijn. Houd hem kort: de burger wil meteen beginnen.");
        }

        PublicFormIntro = text;
    }

    /// <summary>
    /// The organisation's own targets. In Flanders the acknowledgement term is law (II.83, ten
    /// days), so a target may be shorter, never longer; a target is never longer than the
    /// handling term, since it would then never be the first thing to do.
    /// </summary>
    public void SetTargets(Term? acknowledgement, Term? personalContact)
    {
        var handling = ProfileWith(_extraRestDays).Terms.Handling;
        foreach (var (term, what) in new[] { (acknowledgement, "ontvangstbevestiging"), (personalContact, "eerste persoonlijk contact") })
        {
            if (term is { } t && t.Amount < 1)
            {
                throw new DomainException($"De streeftermijn voor het {what} moet minstens één dag zijn.");
            }

            if (term is { } u && ProfileTermsFacts.IsLonger(u, handling))
            {
                throw new DomainException($"De streeftermijn voor het {what} kan niet langer zijn dan de behandeltermijn ({handling.Describe()}).");
            }
        }

        if (ProfileCode == JurisdictionProfileCode.VlBestuursdecreet && acknowledgement is { } ack && ProfileTermsFacts.IsLonger(ack, FlemishAcknowledgementLimit))
        {
            throw new DomainException("Het Bestuursdecreet geeft 10 dagen voor de ontvangstbevestiging (artikel II.83). Een eigen termijn mag korter zijn, niet langer.");
        }

        AcknowledgementTarget = acknowledgement;
        PersonalContactTarget = personalContact;
    }

    public void ChangeProfile(JurisdictionProfileCode profile)
    {
        JurisdictionProfileKey = profile switch
        {
            JurisdictionProfileCode.NlAwb => JurisdictionProfile.NlAwb.Key,
            JurisdictionProfileCode.VlBestuursdecreet => JurisdictionProfile.VlBestuursdecreet.Key,
            _ => "Custom",
        };
        if (profile == JurisdictionProfileCode.Custom)
        {
            CustomRules ??= CustomRules.Default;
        }
    }

    public void SetCustomRules(CustomRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (ProfileCode != JurisdictionProfileCode.Custom)
        {
            throw new DomainException("Eigen termijnen, gronden en normen gelden alleen bij de eigen regeling (Custom). Kies eerst die regeling.");
        }

        CustomRules = rules.Validated();
    }

    public void RequireTwoFactorFor(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        _twoFactorRoles = roles.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public bool RequiresTwoFactor(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Any(r => _twoFactorRoles.Contains(r, StringComparer.Ordinal));
    }

    public Unit AddUnit(Guid id, string name, Guid? parentId = null)
    {
        var unitName = UnitName(name, except: null);
        if (parentId is { } parent)
        {
            EnsureActiveParent(parent);
        }

        var unit = new Unit(id, Id, unitName, parentId);
        _units.Add(unit);
        return unit;
    }

    public void RenameUnit(Guid id, string name)
    {
        var unit = UnitById(id);
        unit.Rename(UnitName(name, except: unit));
    }

    /// <summary>Places a unit under another (or at the top with null), never under itself or its own sub-units.</summary>
    public void MoveUnit(Guid id, Guid? parentId)
    {
        var unit = UnitById(id);
        if (parentId is { } parent)
        {
            EnsureActiveParent(parent);
            for (Guid? above = parent; above is { } step; above = UnitById(step).ParentId)
            {
                if (step == id)
                {
                    throw new DomainException($"'{unit.Name}' kan niet onder zichzelf of onder een eigen onderdeel vallen.");
                }
            }
        }

        unit.MoveUnder(parentId);
    }

    /// <summary>
    /// A unit that no longer exists is deactivated, not removed: its complaints, reports and
    /// history keep it. Its active sub-units must move or go first.
    /// </summary>
    public void DeactivateUnit(Guid id, DateOnly on)
    {
        var unit = UnitById(id);
        if (_units.FirstOrDefault(u => u.ParentId == id && u.IsActive) is { } child)
        {
            throw new DomainException($"'{unit.Name}' heeft nog een actief onderdeel: '{child.Name}'. Zet dat eerst onder een andere afdeling of hef het op.");
        }

        unit.Deactivate(on);
    }

    public void ReactivateUnit(Guid id)
    {
        var unit = UnitById(id);
        if (unit.ParentId is { } parent && !UnitById(parent).IsActive)
        {
            throw new DomainException($"De bovenliggende afdeling '{UnitById(parent).Name}' is opgeheven. Zet '{unit.Name}' eerst onder een actieve afdeling.");
        }

        unit.Reactivate();
    }

    public void SetUnitManagers(Guid id, IEnumerable<string> managerIds)
    {
        ArgumentNullException.ThrowIfNull(managerIds);
        UnitById(id).SetManagers(managerIds);
    }

    /// <summary>The units a manager leads, with every unit below them.</summary>
    public IReadOnlySet<Guid> UnitsManagedBy(string staffUserId)
    {
        var result = new HashSet<Guid>();
        var queue = new Queue<Guid>(_units.Where(u => u.ManagerIds.Contains(staffUserId, StringComparer.Ordinal)).Select(u => u.Id));
        while (queue.TryDequeue(out var id))
        {
            if (result.Add(id))
            {
                foreach (var child in _units.Where(u => u.ParentId == id))
                {
                    queue.Enqueue(child.Id);
                }
            }
        }

        return result;
    }

    public Unit UnitById(Guid id) =>
        _units.FirstOrDefault(u => u.Id == id) ?? throw new DomainException("Deze afdeling bestaat niet (meer) in uw organisatie.");

    public void AddExtraRestDay(DateOnly date, string name)
    {
        if (_extraRestDays.Any(d => d.Date == date))
        {
            throw new DomainException($"{date:dd-MM-yyyy} staat al in de lijst met extra vrije dagen.");
        }

        _extraRestDays.Add(new ExtraRestDay(date, string.IsNullOrWhiteSpace(name) ? "Extra vrije dag" : name.Trim()));
    }

    public void RemoveExtraRestDay(DateOnly date)
    {
        if (_extraRestDays.RemoveAll(d => d.Date == date) == 0)
        {
            throw new DomainException($"{date:dd-MM-yyyy} staat niet in de lijst met extra vrije dagen.");
        }
    }

    /// <summary>
    /// The settings as one line each, in the words of the administration pages, so that the
    /// configuration history can show what changed from what to what.
    /// </summary>
    public IReadOnlyDictionary<string, string> DescribeSettings()
    {
        var profile = JurisdictionProfile.FromKey(JurisdictionProfileKey);
        var lines = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Naam"] = Name,
            ["Korte naam"] = Slug,
            ["Regeling"] = profile.DisplayName,
            ["Contact"] = ContactName,
            ["Telefoon"] = ContactPhone ?? string.Empty,
            ["E-mail"] = ContactEmail ?? string.Empty,
            ["Postadres"] = PostalAddress ?? string.Empty,
            ["Ombudsman"] = OmbudsmanName ?? string.Empty,
            ["Termijn ombudsman"] = OmbudsmanTerm ?? string.Empty,
            ["Tekst boven het klachtformulier"] = PublicFormIntro ?? string.Empty,
            ["Streeftermijn ontvangstbevestiging"] = AcknowledgementTarget?.Describe() ?? string.Empty,
            ["Streeftermijn persoonlijk contact"] = PersonalContactTarget?.Describe() ?? string.Empty,
            ["Tweestapsverificatie verplicht voor"] = string.Join(", ", _twoFactorRoles),
            ["Bewaartermijn"] = RetentionYears == 1 ? "1 jaar na afsluiten" : $"{RetentionYears} jaar na afsluiten",
        };
        if (profile.Code == JurisdictionProfileCode.Custom && CustomRules is { } rules)
        {
            foreach (var (key, value) in rules.Describe())
            {
                lines[key] = value;
            }
        }

        return lines;
    }

    private string UnitName(string name, Unit? except)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Geef de afdeling een naam.");
        }

        var trimmed = name.Trim();
        if (trimmed.Length > 200)
        {
            throw new DomainException("De naam van een afdeling mag hoogstens 200 tekens lang zijn.");
        }

        if (_units.Any(u => u != except && string.Equals(u.Name, trimmed, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"Er is al een afdeling met de naam '{trimmed}'.");
        }

        return trimmed;
    }

    private void EnsureActiveParent(Guid parentId)
    {
        if (!UnitById(parentId).IsActive)
        {
            throw new DomainException("Een afdeling kan niet vallen onder een afdeling die is opgeheven.");
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>A department or team of an organisation (afdeling).</summary>
public sealed class Unit
{
    private List<string> _managerIds = [];

    private Unit()
    {
        Name = string.Empty;
    }

    internal Unit(Guid id, Guid organisationId, string name, Guid? parentId)
    {
        Id = id;
        OrganisationId = organisationId;
        Name = name;
        ParentId = parentId;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The unit this one is part of (a team within a department); null at the top.</summary>
    public Guid? ParentId { get; private set; }

    /// <summary>Set when the unit was abolished; it stays for the complaints and reports that name it.</summary>
    public DateOnly? DeactivatedOn { get; private set; }

    public bool IsActive => DeactivatedOn is null;

    /// <summary>The staff accounts that lead this unit: they read its complaints (ADR 10).</summary>
    public IReadOnlyList<string> ManagerIds => _managerIds;

    internal void Rename(string name) => Name = name;

    internal void MoveUnder(Guid? parentId) => ParentId = parentId;

    internal void Deactivate(DateOnly on)
    {
        if (!IsActive)
        {
            throw new DomainException($"'{Name}' is al opgeheven.");
        }

        DeactivatedOn = on;
    }

    internal void Reactivate() => DeactivatedOn = null;

    internal void SetManagers(IEnumerable<string> managerIds) =>
        _managerIds = managerIds.Where(m => !string.IsNullOrWhiteSpace(m)).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>A day the organisation treats as a public holiday on top of the statutory ones.</summary>
public sealed record ExtraRestDay(DateOnly Date, string Name);
