using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Privacy;

/// <summary>
/// How long a closed complaint's file keeps its personal data (ADR 24). The term runs from the
/// day the complaint was closed (the Awb 9:12 notice; "na afhandeling" in the Bestuursdecreet).
/// </summary>
public static class Retention
{
    /// <summary>Selectielijst gemeenten 2020, result 13.1 "Afgehandeld": 5 years; the Bestuursdecreet's maximum is 5 as well.</summary>
    public const int DefaultYears = 5;

    /// <summary>The longest term Gehoord offers: the Selectielijst's 10 years for a complaint the ombudsman handled (13.1.2).</summary>
    public const int MostYears = 10;

    /// <summary>The Bestuursdecreet (art. III.87 §1/1) allows at most 5 years for complaint files, longer only anonymised.</summary>
    public const int FlemishMostYears = 5;

    public static void EnsureAllowed(JurisdictionProfileCode profile, int years)
    {
        var most = profile == JurisdictionProfileCode.VlBestuursdecreet ? FlemishMostYears : MostYears;
        if (years < 1 || years > most)
        {
            throw new DomainException(profile == JurisdictionProfileCode.VlBestuursdecreet
                ? $"Kies een bewaartermijn van 1 tot en met {FlemishMostYears} jaar. Het Bestuursdecreet (artikel III.87) staat voor klachtdossiers niet meer dan {FlemishMostYears} jaar toe."
                : $"Kies een bewaartermijn van 1 tot en met {MostYears} jaar. De Selectielijst gemeenten geeft 5 jaar, en 10 jaar als de ombudsman de klacht behandelde.");
        }
    }

    /// <summary>The first day on which the file may lose its personal data.</summary>
    public static DateOnly DueOn(DateOnly closedOn, int years) => closedOn.AddYears(years);

    /// <summary>
    /// Whether a file is due today: closed, its term passed, and no legal hold (an ombudsman or
    /// court procedure stops it, AVG art. 17(3)(b) and (e)).
    /// </summary>
    public static bool IsDue(DateOnly? closedOn, int years, bool onLegalHold, DateOnly today) =>
        closedOn is { } closed && !onLegalHold && DueOn(closed, years) <= today;

    /// <summary>
    /// Whether the law makes the organisation keep a file for its term even when the person asks
    /// for erasure (AVG art. 17(3)(b)): the Archiefwet and its selection list for Dutch public
    /// bodies, the Bestuursdecreet for Flemish ones. A body under its own rules (a housing
    /// corporation) has no such duty and erases on request.
    /// </summary>
    public static bool ObligedToKeep(JurisdictionProfileCode profile) => profile is JurisdictionProfileCode.NlAwb or JurisdictionProfileCode.VlBestuursdecreet;

    /// <summary>The ground of a destruction as the statement of destruction names it (Archiefbesluit 1995 art. 8).</summary>
    public static string Ground(JurisdictionProfileCode profile, int years)
    {
        var term = years == 1 ? "1 jaar na afsluiten" : $"{years} jaar na afsluiten";
        return profile switch
        {
            JurisdictionProfileCode.NlAwb => term + "; Selectielijst gemeenten en intergemeentelijke organen 2020, 13.1 (B)",
            JurisdictionProfileCode.VlBestuursdecreet => term + "; Bestuursdecreet 7 december 2018, art. III.87 §1/1",
            _ => term + "; bewaartermijn van de organisatie (AVG art. 5 lid 1 e)",
        };
    }

    /// <summary>The latest closing day whose term has passed today: the bound of the query for due files.</summary>
    public static DateOnly ClosedOnOrBefore(DateOnly today, int years) => today.AddYears(-years);
}
