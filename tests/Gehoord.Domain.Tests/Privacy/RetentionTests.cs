using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Domain.Privacy;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Privacy;

public sealed class RetentionTests
{
    [Fact]
    public void The_term_runs_from_the_closing_day_and_a_leap_day_moves_to_the_28th()
    {
        Assert.Equal(D("2031-12-04"), Retention.DueOn(D("2026-12-04"), 5));
        Assert.Equal(D("2029-02-28"), Retention.DueOn(D("2028-02-29"), 1));
    }

    [Theory]
    [InlineData("2021-12-03", false, "2026-12-04", true)]
    [InlineData("2021-12-04", false, "2026-12-04", true)]
    [InlineData("2021-12-05", false, "2026-12-04", false)]
    [InlineData("2020-01-01", true, "2026-12-04", false)]
    public void A_file_is_due_when_closed_long_enough_and_not_held(string closed, bool held, string today, bool due) =>
        Assert.Equal(due, Retention.IsDue(D(closed), 5, held, D(today)));

    [Fact]
    public void An_open_complaint_is_never_due() =>
        Assert.False(Retention.IsDue(null, 1, false, D("2040-01-01")));

    [Fact]
    public void The_query_bound_is_the_term_before_today() =>
        Assert.Equal(D("2021-12-04"), Retention.ClosedOnOrBefore(D("2026-12-04"), 5));

    [Fact]
    public void A_new_organisation_keeps_files_five_years_and_may_choose_one_to_ten()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Gemeente Termijn", "termijn", JurisdictionProfileCode.NlAwb);
        Assert.Equal(5, organisation.RetentionYears);

        organisation.SetRetentionYears(10);
        Assert.Equal(10, organisation.RetentionYears);
        Assert.Equal("10 jaar na afsluiten", organisation.DescribeSettings()["Bewaartermijn"]);
        Assert.Throws<DomainException>(() => organisation.SetRetentionYears(11));
        Assert.Throws<DomainException>(() => organisation.SetRetentionYears(0));
    }

    [Fact]
    public void A_Flemish_organisation_keeps_complaint_files_at_most_five_years()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Stad Termijn", "stad-termijn", JurisdictionProfileCode.VlBestuursdecreet);
        organisation.SetRetentionYears(3);
        Assert.Equal(3, organisation.RetentionYears);

        var refusal = Assert.Throws<DomainException>(() => organisation.SetRetentionYears(6));
        Assert.Contains("III.87", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ground_of_a_destruction_names_the_term_and_its_source()
    {
        Assert.Equal("5 jaar na afsluiten; Selectielijst gemeenten en intergemeentelijke organen 2020, 13.1 (B)", Retention.Ground(JurisdictionProfileCode.NlAwb, 5));
        Assert.StartsWith("1 jaar na afsluiten; Bestuursdecreet", Retention.Ground(JurisdictionProfileCode.VlBestuursdecreet, 1), StringComparison.Ordinal);
        Assert.Contains("AVG", Retention.Ground(JurisdictionProfileCode.Custom, 7), StringComparison.Ordinal);
    }
}
