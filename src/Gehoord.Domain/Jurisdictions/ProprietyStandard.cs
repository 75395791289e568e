namespace Gehoord.Domain.Jurisdictions;

/// <summary>
/// A standard a conduct is assessed against next to lawfulness: one of the 22 requirements of
/// the Nationale ombudsman's Behoorlijkheidswijzer, or one of the 14 Flemish ombudsnormen.
/// </summary>
/// <param name="Number">The number as the source lists it, so reports can be compared with the ombudsman's.</param>
/// <param name="Name">The Dutch name.</param>
/// <param name="Group">The core value it belongs to (NL); empty for the Flemish list.</param>
public sealed record ProprietyStandard(int Number, string Name, string Group)
{
    /// <summary>The Behoorlijkheidswijzer (Nationale ombudsman): 22 requirements in 4 core values.</summary>
    public static IReadOnlyList<ProprietyStandard> Behoorlijkheidswijzer { get; } =
    [
        new(1, "Transparant", "Open en duidelijk"),
        new(2, "Goede informatieverstrekking", "Open en duidelijk"),
        new(3, "Luisteren naar de burger", "Open en duidelijk"),
        new(4, "Goede motivering", "Open en duidelijk"),
        new(5, "Respecteren van grondrechten", "Respectvol"),
        new(6, "Bevorderen van actieve deelname door de burger", "Respectvol"),
        new(7, "Fatsoenlijke bejegening", "Respectvol"),
        new(8, "Fair play", "Respectvol"),
        new(9, "Evenredigheid", "Respectvol"),
        new(10, "Bijzondere zorg", "Respectvol"),
        new(11, "Maatwerk", "Betrokken en oplossingsgericht"),
        new(12, "Samenwerking", "Betrokken en oplossingsgericht"),
        new(13, "Coulante opstelling", "Betrokken en oplossingsgericht"),
        new(14, "Voortvarendheid", "Betrokken en oplossingsgericht"),
        new(15, "De-escalatie", "Betrokken en oplossingsgericht"),
        new(16, "Integriteit", "Eerlijk en betrouwbaar"),
        new(17, "Betrouwbaarheid", "Eerlijk en betrouwbaar"),
        new(18, "Onpartijdigheid", "Eerlijk en betrouwbaar"),
        new(19, "Redelijkheid", "Eerlijk en betrouwbaar"),
        new(20, "Goede voorbereiding", "Eerlijk en betrouwbaar"),
        new(21, "Goede organisatie", "Eerlijk en betrouwbaar"),
        new(22, "Professionaliteit", "Eerlijk en betrouwbaar"),
    ];

    /// <summary>The 14 ombudsnormen of the Vlaamse Ombudsdienst.</summary>
    public static IReadOnlyList<ProprietyStandard> Ombudsnormen { get; } =
    [
        new(1, "Overeenstemming met het recht", string.Empty),
        new(2, "Afdoende motivering", string.Empty),
        new(3, "Gelijkheid en onpartijdigheid", string.Empty),
        new(4, "Rechtszekerheid en gerechtvaardigd vertrouwen", string.Empty),
        new(5, "Redelijkheid en evenredigheid", string.Empty),
        new(6, "Correcte bejegening", string.Empty),
        new(7, "Actieve dienstverlening", string.Empty),
        new(8, "Degelijke correspondentie", string.Empty),
        new(9, "Vlotte bereikbaarheid", string.Empty),
        new(10, "Efficiënte algemene informatieverstrekking", string.Empty),
        new(11, "Goede uitvoeringspraktijk en administratieve nauwkeurigheid", string.Empty),
        new(12, "Redelijke behandeltermijn", string.Empty),
        new(13, "Efficiënte coördinatie", string.Empty),
        new(14, "Respect voor de persoonlijke levenssfeer", string.Empty),
    ];
}
