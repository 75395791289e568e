using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Tests.Jurisdictions;

public sealed class ProfileWordsTests
{
    private static IEnumerable<string?> Articles(ProfileWords w) =>
    [
        w.NotInvolvedHandler, w.CopyToRespondent, w.Hearing, w.HearingWaiver, w.Resolved, w.Extension,
        w.Committee, w.CommitteeAdvice, w.DeviatingFromAdvice, w.ClosingLetter,
    ];

    [Fact]
    public void The_Flemish_profile_cites_the_decree_and_never_the_Awb()
    {
        var words = JurisdictionProfile.VlBestuursdecreet.Words;

        Assert.All(Articles(words).OfType<string>(), a => Assert.Contains("II.", a, StringComparison.Ordinal));
        Assert.Equal("art. II.86 Bestuursdecreet", words.NotInvolvedHandler);
        Assert.Equal("art. II.85 Bestuursdecreet", words.ClosingLetter);
        Assert.Equal("ombudsnormen", words.StandardsName);
    }

    [Fact]
    public void The_Dutch_profile_cites_Awb_chapter_9()
    {
        var words = JurisdictionProfile.NlAwb.Words;

        Assert.All(Articles(words), a => Assert.StartsWith("Awb 9:", a, StringComparison.Ordinal));
        Assert.Equal("Awb 9:7", words.NotInvolvedHandler);
        Assert.Equal("behoorlijkheidsnormen", words.StandardsName);
    }

    [Fact]
    public void A_custom_profile_cites_no_law_and_names_its_standards()
    {
        var withOmbudsnormen = JurisdictionProfile.Custom(ProfileTerms.NlAwb, new DutchHolidayCalendar(), standards: ProprietyStandard.Ombudsnormen);
        var withDefault = JurisdictionProfile.Custom(ProfileTerms.NlAwb, new DutchHolidayCalendar());

        Assert.All(Articles(withDefault.Words), Assert.Null);
        Assert.Equal("ombudsnormen", withOmbudsnormen.Words.StandardsName);
        Assert.Equal("behoorlijkheidsnormen", withDefault.Words.StandardsName);
    }

    [Fact]
    public void A_citation_goes_in_brackets_and_a_missing_one_leaves_nothing()
    {
        Assert.Equal(" (Awb 9:7)", ProfileWords.Cite("Awb 9:7"));
        Assert.Equal(string.Empty, ProfileWords.Cite(null));
    }

    [Fact]
    public void The_ombudsman_has_an_English_name_and_an_organisations_own_stays()
    {
        Assert.Equal("the National Ombudsman (Nationale ombudsman)", JurisdictionProfile.NlAwb.OmbudsmanNameInEnglish);
        Assert.Equal("the Flemish Ombudsman (Vlaamse Ombudsdienst)", JurisdictionProfile.VlBestuursdecreet.OmbudsmanNameInEnglish);
        Assert.Equal("de Ombudsman Metropool Amsterdam", JurisdictionProfile.NlAwb.WithOmbudsman("de Ombudsman Metropool Amsterdam", null).OmbudsmanNameInEnglish);
    }

    [Theory]
    [InlineData("6 weken", "6 weeks")]
    [InlineData("1 week", "1 week")]
    [InlineData("45 dagen", "45 days")]
    [InlineData("1 dag", "1 day")]
    [InlineData("5 werkdagen", "5 working days")]
    [InlineData("1 werkdag", "1 working day")]
    [InlineData("zes weken", "zes weken")]
    public void A_stored_term_reads_in_English(string dutch, string english)
    {
        Assert.Equal(english, Term.DescriptionInEnglish(dutch));
    }
}
