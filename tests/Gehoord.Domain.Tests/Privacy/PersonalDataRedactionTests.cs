using Gehoord.Domain.Privacy;

namespace Gehoord.Domain.Tests.Privacy;

public sealed class PersonalDataRedactionTests
{
    private static readonly string[] NoNames = [];

    [Theory]
    [InlineData("Mail mij op noor.bakker@example.org graag.", "Mail mij op [verwijderd] graag.")]
    [InlineData("Bel 06-12345678 of +31 6 1234 5678.", "Bel [verwijderd] of [verwijderd].")]
    [InlineData("Mijn nummer is 010 123 45 67.", "Mijn nummer is [verwijderd].")]
    [InlineData("Belgisch: 0470 12 34 56 en 0032 9 123 45 67.", "Belgisch: [verwijderd] en [verwijderd].")]
    [InlineData("Ik woon aan de Dorpsstraat 12a, 1234 AB Voorbeeld.", "Ik woon aan de [verwijderd].")]
    [InlineData("Adres: Korenmarkt 3 bus 2, 9000 Gent.", "Adres: [verwijderd].")]
    [InlineData("Stort het op NL91 ABNA 0417 1643 00.", "Stort het op [verwijderd].")]
    [InlineData("Mijn BSN 123456782 staat op de brief.", "Mijn [verwijderd] staat op de brief.")]
    public void Contact_details_and_numbers_are_removed(string text, string expected) =>
        Assert.Equal(expected, PersonalDataRedaction.Redact(text, NoNames));

    [Fact]
    public void What_happened_stays_with_its_dates_amounts_and_years()
    {
        const string Text = "Op 3 december 2026 om 14:30 stond de container (240 liter) nog vol; de aanslag van € 312,50 klopt niet. Zaak 2026-000123.";

        Assert.Equal(Text, PersonalDataRedaction.Redact(Text, NoNames));
    }

    [Fact]
    public void The_names_in_the_file_are_removed_whole_and_by_their_parts()
    {
        var text = PersonalDataRedaction.Redact(
            "Noor van der Bakker belde. Mevrouw Bakker vindt dat de heer Jansen-de Vries haar niet hielp; NOOR is boos.",
            ["Noor van der Bakker", "Piet Jansen-de Vries"]);

        Assert.Equal("[verwijderd] belde. Mevrouw [verwijderd] vindt dat de heer [verwijderd] haar niet hielp; [verwijderd] is boos.", text);
    }

    [Fact]
    public void Little_words_of_surnames_and_parts_of_other_words_stay()
    {
        var text = PersonalDataRedaction.Redact("De bakkerij van de buurt is dicht. Anja van Dam.", ["Anja van Dam"]);

        // "Dam" goes, but not inside "Damstraat"-like words, and "van" and "de" stay as words.
        Assert.Equal("De bakkerij van de buurt is dicht. [verwijderd].", text);
        Assert.Equal("Langs de Damrak liep ik.", PersonalDataRedaction.Redact("Langs de Damrak liep ik.", ["Anja van Dam"]));
    }

    [Fact]
    public void Nothing_in_gives_nothing_out() =>
        Assert.Equal(string.Empty, PersonalDataRedaction.Redact(null, NoNames));
}
