using Gehoord.Domain.Privacy;

namespace Gehoord.Domain.Tests.Privacy;

public sealed class PersonLookupTests
{
    [Theory]
    [InlineData("  Noor.Bakker@Example.ORG ", "noor.bakker@example.org")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void An_email_address_compares_trimmed_and_in_lower_case(string? typed, string? compared) =>
        Assert.Equal(compared, PersonLookup.Email(typed));

    [Theory]
    [InlineData("  Noor   van der  Bakker ", "noor van der bakker")]
    [InlineData(" ", null)]
    public void A_name_compares_with_single_spaces_in_lower_case(string typed, string? compared) =>
        Assert.Equal(compared, PersonLookup.Name(typed));

    [Fact]
    public void A_Dutch_mobile_number_is_looked_up_as_typed_and_with_its_country_code()
    {
        var forms = PersonLookup.PhoneForms("06-123 456 78");

        Assert.Equal(["0612345678", "+31612345678", "0031612345678", "+32612345678", "0032612345678"], forms);
        Assert.Equal(["0612345678", "+31612345678", "0031612345678"], PersonLookup.PhoneForms("+31 (0)6 12345678".Replace("(0)", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_Belgian_number_with_its_country_code_gives_the_local_form_too() =>
        Assert.Equal(["0470123456", "+32470123456", "0032470123456"], PersonLookup.PhoneForms("0032 470 12 34 56"));

    [Theory]
    [InlineData("12345")]
    [InlineData("bel mij")]
    [InlineData("")]
    public void Too_few_digits_or_words_find_nobody(string typed) =>
        Assert.Empty(PersonLookup.PhoneForms(typed));

    [Fact]
    public void Separators_go_as_the_index_removes_them() =>
        Assert.Equal("+31612345678", PersonLookup.StripSeparators("+31 6-12.34(56)/78"));
}
