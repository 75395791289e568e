using Gehoord.Domain.Deadlines;

namespace Gehoord.Domain.Jurisdictions;

/// <summary>
/// The rule set an organisation works under: its terms, its holiday calendar and the ombudsman
/// a complainant can turn to. Immutable; variants are made with <see cref="WithCalendar"/> and
/// <see cref="WithTerms"/>.
/// </summary>
public sealed class JurisdictionProfile
{
    private const string NlAwbKey = "NL-Awb";
    private const string VlBestuursdecreetKey = "VL-Bestuursdecreet";
    private const string CustomKey = "Custom";

    private JurisdictionProfile(
        JurisdictionProfileCode code,
        string key,
        string displayName,
        string ombudsmanName,
        ProfileTerms terms,
        TermCalculator calculator,
        IReadOnlyList<NotHandledGround>? grounds = null,
        IReadOnlyList<ProprietyStandard>? standards = null,
        string? ombudsmanTerm = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.MaxExtension is { Unit: TermUnit.WorkingDays })
        {
            // A postponement is added to a calendar term and compared with it, which working days cannot be.
            throw new DomainException("De maximale verdaging moet in dagen of weken zijn opgegeven, niet in werkdagen.");
        }

        Code = code;
        Key = key;
        DisplayName = displayName;
        OmbudsmanName = ombudsmanName;
        Terms = terms;
        Calculator = calculator;
        NotHandledGrounds = grounds ?? (code == JurisdictionProfileCode.VlBestuursdecreet ? NotHandledGround.Bestuursdecreet : NotHandledGround.Awb);
        ProprietyStandards = standards ?? (code == JurisdictionProfileCode.VlBestuursdecreet ? ProprietyStandard.Ombudsnormen : ProprietyStandard.Behoorlijkheidswijzer);
        OmbudsmanTerm = ombudsmanTerm ?? DefaultOmbudsmanTerm(code);
        Words = code switch
        {
            JurisdictionProfileCode.NlAwb => ProfileWords.NlAwb,
            JurisdictionProfileCode.VlBestuursdecreet => ProfileWords.VlBestuursdecreet,
            _ => ProfileWords.Custom(ProprietyStandards),
        };
    }

    /// <summary>Awb chapter 9, Dutch holidays, terms extended by the Algemene termijnenwet.</summary>
    public static JurisdictionProfile NlAwb { get; } = new(
        JurisdictionProfileCode.NlAwb,
        NlAwbKey,
        "Nederland – Algemene wet bestuursrecht",
        "de Nationale ombudsman",
        ProfileTerms.NlAwb,
        new TermCalculator(new DutchHolidayCalendar(), extendWhenEndingOnRestDay: true));

    /// <summary>Bestuursdecreet Title II chapter 5, Belgian holidays plus 11 July, rest-day extension as Ger.W. art. 53.</summary>
    public static JurisdictionProfile VlBestuursdecreet { get; } = new(
        JurisdictionProfileCode.VlBestuursdecreet,
        VlBestuursdecreetKey,
        "Vlaanderen – Bestuursdecreet",
        "de Vlaamse Ombudsdienst",
        ProfileTerms.VlBestuursdecreet,
        new TermCalculator(new BelgianHolidayCalendar(includeFlemishCommunityHoliday: true), extendWhenEndingOnRestDay: true));

    public JurisdictionProfileCode Code { get; }

    public string Key { get; }

    public string DisplayName { get; }

    public string OmbudsmanName { get; }

    /// <summary>
    /// The ombudsman as an English page or letter names it: the profile's own in English with the
    /// Dutch name after it, so the citizen can find it; a name the organisation set stays as it is.
    /// </summary>
    public string OmbudsmanNameInEnglish => (Code, OmbudsmanName) switch
    {
        (JurisdictionProfileCode.NlAwb, "de Nationale ombudsman") => "the National Ombudsman (Nationale ombudsman)",
        (JurisdictionProfileCode.VlBestuursdecreet, "de Vlaamse Ombudsdienst") => "the Flemish Ombudsman (Vlaamse Ombudsdienst)",
        (JurisdictionProfileCode.Custom, "de externe klachtinstantie") => "the external complaints body",
        _ => OmbudsmanName,
    };

    /// <summary>The articles and terms the pages cite for this profile.</summary>
    public ProfileWords Words { get; }

    public ProfileTerms Terms { get; }

    public TermCalculator Calculator { get; }

    /// <summary>The grounds for not being obliged to handle a complaint (Awb 9:8; II.77; a Custom selection).</summary>
    public IReadOnlyList<NotHandledGround> NotHandledGrounds { get; }

    /// <summary>What conduct is assessed against next to lawfulness: 22 requirements (NL) or 14 ombudsnormen (VL).</summary>
    public IReadOnlyList<ProprietyStandard> ProprietyStandards { get; }

    /// <summary>
    /// Within what term the complainant can turn to the ombudsman, as a letter states it. Awb
    /// 9:24 sets one year after the closing letter; the Flemish decree sets no term.
    /// </summary>
    public string OmbudsmanTerm { get; }

    private static string DefaultOmbudsmanTerm(JurisdictionProfileCode code) => code switch
    {
        JurisdictionProfileCode.VlBestuursdecreet => "zonder vaste termijn, maar liefst zo snel mogelijk",
        _ => "binnen één jaar na de datum van deze brief",
    };

    public NotHandledGround GroundFor(string code) =>
        NotHandledGrounds.FirstOrDefault(g => g.Code == code)
        ?? throw new DomainException("Kies een van de gronden uit de lijst om de klacht niet te behandelen.");

    public ProprietyStandard StandardFor(int number) =>
        ProprietyStandards.FirstOrDefault(s => s.Number == number)
        ?? throw new DomainException("Kies een norm uit de lijst.");

    /// <summary>
    /// For organisations outside the Awb and the Bestuursdecreet, with configured terms, a
    /// selection of not-handled grounds and a list of standards (null: the Awb's).
    /// </summary>
    public static JurisdictionProfile Custom(
        ProfileTerms terms,
        IHolidayCalendar calendar,
        bool extendWhenEndingOnRestDay = true,
        IReadOnlyList<NotHandledGround>? grounds = null,
        IReadOnlyList<ProprietyStandard>? standards = null) =>
        new(
            JurisdictionProfileCode.Custom,
            CustomKey,
            "Eigen regeling",
            "de externe klachtinstantie",
            terms,
            new TermCalculator(calendar, extendWhenEndingOnRestDay),
            grounds ?? NotHandledGround.Awb,
            standards ?? ProprietyStandard.Behoorlijkheidswijzer);

    /// <summary>
    /// The profile stored under <paramref name="key"/> (case-insensitive). A custom profile
    /// loaded by key alone gets the Awb terms and Dutch holidays until its own terms are applied.
    /// </summary>
    public static JurisdictionProfile FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Trim() switch
        {
            var k when k.Equals(NlAwbKey, StringComparison.OrdinalIgnoreCase) => NlAwb,
            var k when k.Equals(VlBestuursdecreetKey, StringComparison.OrdinalIgnoreCase) => VlBestuursdecreet,
            var k when k.Equals(CustomKey, StringComparison.OrdinalIgnoreCase) => Custom(ProfileTerms.NlAwb, new DutchHolidayCalendar()),
            _ => throw new DomainException($"Onbekende regeling \"{key}\". Kies {NlAwbKey}, {VlBestuursdecreetKey} of {CustomKey}."),
        };
    }

    public JurisdictionProfile WithCalendar(IHolidayCalendar calendar) =>
        new(Code, Key, DisplayName, OmbudsmanName, Terms, new TermCalculator(calendar, Calculator.ExtendsWhenEndingOnRestDay), NotHandledGrounds, ProprietyStandards, OmbudsmanTerm);

    public JurisdictionProfile WithTerms(ProfileTerms terms) =>
        new(Code, Key, DisplayName, OmbudsmanName, terms, Calculator, NotHandledGrounds, ProprietyStandards, OmbudsmanTerm);

    /// <summary>The ombudsman an organisation names in its letters, and the term it states; null keeps the profile's.</summary>
    public JurisdictionProfile WithOmbudsman(string? name, string? term) =>
        new(
            Code,
            Key,
            DisplayName,
            string.IsNullOrWhiteSpace(name) ? OmbudsmanName : name.Trim(),
            Terms,
            Calculator,
            NotHandledGrounds,
            ProprietyStandards,
            string.IsNullOrWhiteSpace(term) ? OmbudsmanTerm : term.Trim());

    /// <summary>All four deadlines for a complaint received on <paramref name="receivedOn"/>.</summary>
    public IReadOnlyList<Deadline> DeadlinesFor(DateOnly receivedOn, bool advisoryCommittee) =>
    [
        DeadlineOf(DeadlineKind.Acknowledgement, receivedOn, Terms.Acknowledgement),
        DeadlineOf(DeadlineKind.PersonalContact, receivedOn, Terms.PersonalContact),
        DeadlineOf(DeadlineKind.NotHandledNotice, receivedOn, Terms.NotHandledNotice),
        HandlingDeadline(receivedOn, advisoryCommittee),
    ];

    public Deadline HandlingDeadline(DateOnly receivedOn, bool advisoryCommittee) =>
        DeadlineOf(DeadlineKind.Handling, receivedOn, HandlingTerm(advisoryCommittee));

    /// <summary>
    /// The handling deadline after postponement (verdaging, Awb 9:11 lid 2). The law allows the
    /// 6 (or 10) week term to be postponed by at most 4 weeks, i.e. one combined term of at most
    /// 10 (or 14) weeks after receipt. So the extension is counted from the nominal end of the
    /// original term (receipt + 42 days), not from a date the rest-day rule already moved, and
    /// the rest-day rule is applied once, to the end of the combined term. Counting from the
    /// moved date would let two rest-day shifts stack and give more time than the law allows.
    /// </summary>
    public DateOnly ExtendedHandlingDeadline(DateOnly receivedOn, bool advisoryCommittee, Term extension, bool writtenConsentOfComplainant)
    {
        if (extension.Amount <= 0)
        {
            throw new DomainException("Een verdaging moet minstens één dag duren.");
        }

        if (extension.ToCalendarDays() is not { } extensionDays)
        {
            throw new DomainException("Een verdaging wordt opgegeven in dagen of weken, niet in werkdagen.");
        }

        if (!writtenConsentOfComplainant)
        {
            if (Terms.MaxExtension is not { } max)
            {
                throw new DomainException(
                    "Deze regeling kent geen verdaging van de behandeltermijn. Uitstel kan alleen met schriftelijke instemming van de klager.");
            }

            // The constructor refuses working-day maxima, so the conversion always succeeds.
            if (extensionDays > max.ToCalendarDays())
            {
                throw new DomainException(
                    $"De behandeling kan ten hoogste {max.Describe()} worden verdaagd. Langer uitstel kan alleen met schriftelijke instemming van de klager.");
            }
        }

        var originalNominalEnd = Calculator.NominalEndOf(receivedOn, HandlingTerm(advisoryCommittee));
        return Calculator.EndOf(originalNominalEnd, extension);
    }

    public override string ToString() => Key;

    private Term HandlingTerm(bool advisoryCommittee) =>
        advisoryCommittee ? Terms.HandlingWithCommittee : Terms.Handling;

    private Deadline DeadlineOf(DeadlineKind kind, DateOnly receivedOn, Term term) =>
        new(kind, Calculator.EndOf(receivedOn, term), term);
}
