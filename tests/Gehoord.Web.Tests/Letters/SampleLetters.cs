using Gehoord.Web.Features.Letters.Documents;

namespace Gehoord.Web.Tests.Letters;

internal static class SampleLetters
{
    public const string UnicodeSentence = "Wij betreuren dat de heer Peeters geen reactie ontving en vergoeden € 25,– voor de kosten.";

    public static LetterDocument Dutch(string? body = null) => new(
        "Gemeente Voorbeeld",
        ["Telefoon 14 020", "klachten@voorbeeld.nl", "www.voorbeeld.nl"],
        ["Noëlle Hémon", "Dorpsstraat 1", "1234 AB Voorbeeld"],
        "2026-0012",
        new DateOnly(2026, 11, 23),
        "nl",
        "Uw klacht over de “vergunning”",
        body ?? $"""
            Geachte mevrouw Hémon,

            {UnicodeSentence}
            Dit staat op een nieuwe regel.

            Wat wij nu doen:
            - wij bellen u binnen een week;
            - wij sturen u een verslag.

            Met vriendelijke groet,
            het klachtenteam
            """);

    public static LetterDocument English() => Dutch() with
    {
        Language = "en",
        Subject = "Your complaint about the permit",
        Body = "Dear Ms Hémon,\n\nWe are sorry you did not hear from us.",
    };

    /// <summary>Far more than one page: 80 paragraphs of two lines or more each.</summary>
    public static LetterDocument Long() => Dutch(string.Join(
        "\n\n",
        Enumerable.Range(1, 80).Select(i => $"Alinea {i}: de behandelaar heeft met u gesproken over de klacht en de gemaakte afspraken zorgvuldig vastgelegd in het dossier.")));
}
