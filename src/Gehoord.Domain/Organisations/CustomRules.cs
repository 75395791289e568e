using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Organisations;

/// <summary>Which statutory holidays an organisation's terms skip.</summary>
public enum HolidayCalendarKind
{
    /// <summary>The Algemene termijnenwet (Dutch holidays).</summary>
    Netherlands,

    /// <summary>Belgian legal holidays.</summary>
    Belgium,

    /// <summary>Belgian legal holidays and 11 July, the Flemish community holiday.</summary>
    Flanders,
}

/// <summary>Which list of propriety standards conduct is assessed against.</summary>
public enum StandardsList
{
    /// <summary>The 22 requirements of the Nationale ombudsman.</summary>
    Behoorlijkheidswijzer,

    /// <summary>The 14 ombudsnormen of the Vlaamse Ombudsdienst.</summary>
    Ombudsnormen,
}

/// <summary>
/// The rules of an organisation with the Custom profile (neither the Awb nor the Bestuursdecreet
/// applies, for example a housing corporation or a private body with a complaint scheme): its
/// own terms, whether and how long handling can be postponed, which grounds for not handling a
/// complaint it uses, its standards and its holidays.
/// </summary>
public sealed record CustomRules(
    Term Handling,
    Term HandlingWithCommittee,
    Term NotHandledNotice,
    Term? MaxExtension,
    IReadOnlyList<string> GroundCodes,
    StandardsList Standards,
    HolidayCalendarKind Calendar)
{
    /// <summary>A start that follows the Awb, for the administrator to adjust.</summary>
    public static CustomRules Default { get; } = new(
        Term.Weeks(6),
        Term.Weeks(10),
        Term.Weeks(4),
        Term.Weeks(4),
        NotHandledGround.Awb.Select(g => g.Code).ToList(),
        StandardsList.Behoorlijkheidswijzer,
        HolidayCalendarKind.Netherlands);

    /// <summary>Refuses rules that would make terms meaningless; each message says what to change.</summary>
    public CustomRules Validated()
    {
        if (Handling.Amount < 1)
        {
            throw new DomainException("De behandeltermijn moet minstens één dag zijn.");
        }

        if (NotHandledNotice.Amount < 1)
        {
            throw new DomainException("De termijn om te melden dat een klacht niet wordt behandeld moet minstens één dag zijn.");
        }

        if (ProfileTermsFacts.IsShorter(HandlingWithCommittee, Handling))
        {
            throw new DomainException("De behandeltermijn met een klachtadviescommissie kan niet korter zijn dan de gewone behandeltermijn.");
        }

        if (MaxExtension is { } max && (max.Amount < 1 || max.Unit == TermUnit.WorkingDays))
        {
            throw new DomainException("Geef de langste verdaging op in dagen of weken (minstens één dag), of kies 'geen verdaging'.");
        }

        var unknown = GroundCodes.Where(c => NotHandledGround.ByCode(c) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException($"Onbekende grond om een klacht niet te behandelen: {string.Join(", ", unknown)}.");
        }

        return this with { GroundCodes = GroundCodes.Distinct(StringComparer.Ordinal).ToList() };
    }

    public IHolidayCalendar CalendarWith(IEnumerable<Holiday> extraDays) => Calendar switch
    {
        HolidayCalendarKind.Belgium => new BelgianHolidayCalendar(includeFlemishCommunityHoliday: false, extraDays),
        HolidayCalendarKind.Flanders => new BelgianHolidayCalendar(includeFlemishCommunityHoliday: true, extraDays),
        _ => new DutchHolidayCalendar(extraDays),
    };

    public JurisdictionProfile ToProfile(IEnumerable<Holiday> extraDays, Term acknowledgement, Term personalContact) =>
        JurisdictionProfile.Custom(
            new ProfileTerms(acknowledgement, personalContact, NotHandledNotice, Handling, HandlingWithCommittee, MaxExtension),
            CalendarWith(extraDays),
            extendWhenEndingOnRestDay: true,
            GroundCodes.Select(c => NotHandledGround.ByCode(c)!).ToList(),
            Standards == StandardsList.Ombudsnormen ? ProprietyStandard.Ombudsnormen : ProprietyStandard.Behoorlijkheidswijzer);

    /// <summary>The rules as one line per setting, for the configuration history.</summary>
    public IEnumerable<KeyValuePair<string, string>> Describe()
    {
        yield return new("Eigen regeling: behandeltermijn", Handling.Describe());
        yield return new("Eigen regeling: behandeltermijn met commissie", HandlingWithCommittee.Describe());
        yield return new("Eigen regeling: termijn melding niet behandelen", NotHandledNotice.Describe());
        yield return new("Eigen regeling: langste verdaging", MaxExtension?.Describe() ?? "geen verdaging");
        yield return new("Eigen regeling: gronden om niet te behandelen", string.Join(", ", GroundCodes));
        yield return new("Eigen regeling: normen", Standards == StandardsList.Ombudsnormen ? "ombudsnormen (14)" : "Behoorlijkheidswijzer (22)");
        yield return new("Eigen regeling: feestdagen", Calendar switch
        {
            HolidayCalendarKind.Belgium => "België",
            HolidayCalendarKind.Flanders => "Vlaanderen (België en 11 juli)",
            _ => "Nederland (Algemene termijnenwet)",
        });
    }
}

internal static class ProfileTermsFacts
{
    /// <summary>Whether <paramref name="a"/> is certainly shorter than <paramref name="b"/>; working days count as at least the same number of calendar days.</summary>
    public static bool IsShorter(Term a, Term b) => MinimumDays(a) < MinimumDays(b) && MaximumDays(a) < MinimumDays(b);

    /// <summary>Whether <paramref name="a"/> can be longer than <paramref name="b"/>.</summary>
    public static bool IsLonger(Term a, Term b) => MinimumDays(a) > MaximumDays(b);

    private static int MinimumDays(Term t) => t.ToCalendarDays() ?? t.Amount;

    // Five working days span at most seven calendar days, plus holidays; a rough upper bound is enough here.
    private static int MaximumDays(Term t) => t.ToCalendarDays() ?? (t.Amount * 7 / 5) + 4;
}
