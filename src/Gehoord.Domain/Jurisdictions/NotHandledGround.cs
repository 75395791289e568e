namespace Gehoord.Domain.Jurisdictions;

/// <summary>
/// A reason the law gives for not being obliged to handle a complaint (Awb 9:8, Bestuursdecreet
/// II.77). Not obliged is not forbidden: the handler may handle the complaint anyway.
/// </summary>
/// <param name="Code">Stable key stored with the complaint, e.g. "9:8-1b".</param>
/// <param name="Article">The article as a letter cites it.</param>
/// <param name="Description">The ground in plain Dutch.</param>
public sealed record NotHandledGround(string Code, string Article, string Description)
{
    public static IReadOnlyList<NotHandledGround> Awb { get; } =
    [
        new("9:8-1a", "artikel 9:8, eerste lid, onder a, Awb", "De klacht gaat over een gedraging die al eerder als klacht is behandeld."),
        new("9:8-1b", "artikel 9:8, eerste lid, onder b, Awb", "De gedraging vond meer dan een jaar voor het indienen van de klacht plaats."),
        new("9:8-1c", "artikel 9:8, eerste lid, onder c, Awb", "De klager had tegen de gedraging bezwaar kunnen maken."),
        new("9:8-1d", "artikel 9:8, eerste lid, onder d, Awb", "De klager kan of kon tegen de gedraging in beroep gaan (niet bij te laat beslissen)."),
        new("9:8-1e", "artikel 9:8, eerste lid, onder e, Awb", "De gedraging ligt of lag voor bij een rechter die geen bestuursrechter is."),
        new("9:8-1f", "artikel 9:8, eerste lid, onder f, Awb", "Over de gedraging loopt een strafrechtelijk onderzoek of vervolging."),
        new("9:8-2", "artikel 9:8, tweede lid, Awb", "Het belang van de klager of het gewicht van de gedraging is duidelijk onvoldoende."),
    ];

    public static IReadOnlyList<NotHandledGround> Bestuursdecreet { get; } =
    [
        new("II.77-1", "artikel II.77, 1°, Bestuursdecreet", "De klager toont geen belang aan."),
        new("II.77-2", "artikel II.77, 2°, Bestuursdecreet", "De klacht is kennelijk ongegrond."),
        new("II.77-3", "artikel II.77, 3°, Bestuursdecreet", "De klacht is kennelijk onredelijk."),
        new("II.77-4", "artikel II.77, 4°, Bestuursdecreet", "Dezelfde feiten zijn al als klacht behandeld."),
        new("II.77-5", "artikel II.77, 5°, Bestuursdecreet", "De feiten zijn meer dan een jaar voor de klacht gebeurd."),
        new("II.77-6", "artikel II.77, 6°, Bestuursdecreet", "De klager heeft de georganiseerde administratieve beroepen niet gebruikt, of er loopt een rechtszaak."),
    ];

    /// <summary>The ground stored under <paramref name="code"/> in any profile; the codes of the lists never overlap.</summary>
    public static NotHandledGround? ByCode(string? code) =>
        Awb.Concat(Bestuursdecreet).FirstOrDefault(g => g.Code == code);
}
