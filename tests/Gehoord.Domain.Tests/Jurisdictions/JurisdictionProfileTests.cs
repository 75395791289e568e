using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Jurisdictions;

public sealed class JurisdictionProfileTests
{
    private static readonly DateOnly MondayTwoMarch = D("2026-03-02");

    [Fact]
    public void Dutch_deadlines_for_a_complaint_received_on_Monday_2_March_2026()
    {
        var deadlines = JurisdictionProfile.NlAwb.DeadlinesFor(MondayTwoMarch, advisoryCommittee: false);

        Assert.Equal(
            [
                new Deadline(DeadlineKind.Acknowledgement, D("2026-03-09"), Term.WorkingDays(5)),
                new Deadline(DeadlineKind.PersonalContact, D("2026-03-05"), Term.WorkingDays(3)),
                new Deadline(DeadlineKind.NotHandledNotice, D("2026-03-30"), Term.Weeks(4)),
                new Deadline(DeadlineKind.Handling, D("2026-04-13"), Term.Weeks(6)),
            ],
            deadlines);
    }

    [Fact]
    public void Flemish_deadlines_for_a_complaint_received_on_Monday_2_March_2026()
    {
        var deadlines = JurisdictionProfile.VlBestuursdecreet.DeadlinesFor(MondayTwoMarch, advisoryCommittee: false);

        Assert.Equal(
            [
                new Deadline(DeadlineKind.Acknowledgement, D("2026-03-12"), Term.Days(10)),
                new Deadline(DeadlineKind.PersonalContact, D("2026-03-05"), Term.WorkingDays(3)),
                new Deadline(DeadlineKind.NotHandledNotice, D("2026-03-12"), Term.Days(10)),
                new Deadline(DeadlineKind.Handling, D("2026-04-16"), Term.Days(45)),
            ],
            deadlines);
    }

    [Theory]
    [InlineData("2026-03-02", false, "2026-04-13")]
    [InlineData("2026-03-02", true, "2026-05-11")]  // advisory committee: 10 weeks
    [InlineData("2026-02-20", false, "2026-04-07")] // 6 weeks end on Good Friday
    [InlineData("2026-03-05", true, "2026-05-15")]  // 10 weeks end on Ascension Day
    public void Dutch_handling_deadline(string receivedOn, bool advisoryCommittee, string expected)
    {
        var deadline = JurisdictionProfile.NlAwb.HandlingDeadline(D(receivedOn), advisoryCommittee);

        Assert.Equal(DeadlineKind.Handling, deadline.Kind);
        Assert.Equal(D(expected), deadline.DueOn);
        Assert.Equal(advisoryCommittee ? Term.Weeks(10) : Term.Weeks(6), deadline.Term);
    }

    [Theory]
    [InlineData("2026-06-06", false, "2026-07-22")] // 45 days end on 21 July
    [InlineData("2026-06-06", true, "2026-07-22")]  // the decree has no longer term for committees
    public void Flemish_handling_deadline(string receivedOn, bool advisoryCommittee, string expected)
    {
        Assert.Equal(D(expected), JurisdictionProfile.VlBestuursdecreet.HandlingDeadline(D(receivedOn), advisoryCommittee).DueOn);
    }

    [Theory]
    [InlineData("NL-Awb", JurisdictionProfileCode.NlAwb, "Nederland – Algemene wet bestuursrecht", "de Nationale ombudsman")]
    [InlineData("VL-Bestuursdecreet", JurisdictionProfileCode.VlBestuursdecreet, "Vlaanderen – Bestuursdecreet", "de Vlaamse Ombudsdienst")]
    [InlineData("Custom", JurisdictionProfileCode.Custom, "Eigen regeling", "de externe klachtinstantie")]
    public void Round_trips_through_its_key(string key, JurisdictionProfileCode code, string displayName, string ombudsmanName)
    {
        var profile = JurisdictionProfile.FromKey(key);

        Assert.Equal(code, profile.Code);
        Assert.Equal(key, profile.Key);
        Assert.Equal(displayName, profile.DisplayName);
        Assert.Equal(ombudsmanName, profile.OmbudsmanName);
        Assert.Equal(key, JurisdictionProfile.FromKey(profile.Key).Key);
    }

    [Theory]
    [InlineData("nl-awb")]
    [InlineData(" NL-Awb ")]
    public void Finds_a_key_regardless_of_case_and_surrounding_spaces(string key)
    {
        Assert.Same(JurisdictionProfile.NlAwb, JurisdictionProfile.FromKey(key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("NL")]
    [InlineData("BE-Federaal")]
    public void Refuses_an_unknown_key(string key)
    {
        var ex = Assert.Throws<DomainException>(() => JurisdictionProfile.FromKey(key));

        Assert.Contains("Onbekende regeling", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_profile_from_its_key_gets_Dutch_like_defaults()
    {
        var profile = JurisdictionProfile.FromKey("Custom");

        Assert.Equal(ProfileTerms.NlAwb, profile.Terms);
        Assert.IsType<DutchHolidayCalendar>(profile.Calculator.Calendar);
        Assert.Equal(D("2026-04-07"), profile.HandlingDeadline(D("2026-02-20"), advisoryCommittee: false).DueOn);
    }

    [Theory]
    [InlineData(4, TermUnit.Weeks, "2026-05-11")]        // 10 weeks after receipt, a Monday
    [InlineData(28, TermUnit.CalendarDays, "2026-05-11")] // the same limit in days
    [InlineData(2, TermUnit.Weeks, "2026-04-28")]        // ends on King's Day: Tuesday
    [InlineData(1, TermUnit.CalendarDays, "2026-04-14")]
    public void Postpones_within_four_weeks_without_consent(int amount, TermUnit unit, string expected)
    {
        var extended = JurisdictionProfile.NlAwb.ExtendedHandlingDeadline(
            MondayTwoMarch, advisoryCommittee: false, new Term(amount, unit), writtenConsentOfComplainant: false);

        Assert.Equal(D(expected), extended);
    }

    [Fact]
    public void Counts_the_postponement_from_the_original_end_before_the_rest_day_rule()
    {
        // 6 weeks from 20 February 2026 end on Good Friday (moved to 7 April); 4 weeks more from
        // Good Friday is Friday 1 May. Counting from 7 April would give 5 May, a holiday, so 6 May.
        var extended = JurisdictionProfile.NlAwb.ExtendedHandlingDeadline(
            D("2026-02-20"), advisoryCommittee: false, Term.Weeks(4), writtenConsentOfComplainant: false);

        Assert.Equal(D("2026-05-01"), extended);
    }

    [Fact]
    public void Postpones_a_committee_term_from_its_ten_weeks()
    {
        var extended = JurisdictionProfile.NlAwb.ExtendedHandlingDeadline(
            MondayTwoMarch, advisoryCommittee: true, Term.Weeks(4), writtenConsentOfComplainant: false);

        Assert.Equal(D("2026-06-08"), extended);
    }

    [Theory]
    [InlineData(5, TermUnit.Weeks)]
    [InlineData(29, TermUnit.CalendarDays)]
    public void Refuses_more_than_four_weeks_without_written_consent(int amount, TermUnit unit)
    {
        var ex = Assert.Throws<DomainException>(() => JurisdictionProfile.NlAwb.ExtendedHandlingDeadline(
            MondayTwoMarch, advisoryCommittee: false, new Term(amount, unit), writtenConsentOfComplainant: false));

        Assert.Contains("4 weken", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allows_more_than_four_weeks_with_written_consent()
    {
        var extended = JurisdictionProfile.NlAwb.ExtendedHandlingDeadline(
            MondayTwoMarch, advisoryCommittee: false, Term.Weeks(5), writtenConsentOfComplainant: true);

        Assert.Equal(D("2026-05-18"), extended);
    }

    [Theory]
    [InlineData(0, TermUnit.Weeks, false)]
    [InlineData(0, TermUnit.CalendarDays, true)]
    [InlineData(2, TermUnit.WorkingDays, false)]
    [InlineData(2, TermUnit.WorkingDays, true)]
    public void Refuses_an_empty_or_working_day_postponement(int amount, TermUnit unit, bool consent)
    {
        Assert.Throws<DomainException>(() => JurisdictionProfile.NlAwb.ExtendedHandlingDeadline(
            MondayTwoMarch, advisoryCommittee: false, new Term(amount, unit), consent));
    }

    [Fact]
    public void Flemish_profile_refuses_postponement_without_consent()
    {
        var ex = Assert.Throws<DomainException>(() => JurisdictionProfile.VlBestuursdecreet.ExtendedHandlingDeadline(
            MondayTwoMarch, advisoryCommittee: false, Term.Days(1), writtenConsentOfComplainant: false));

        Assert.Contains("instemming", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flemish_profile_postpones_with_consent()
    {
        // 45 days end on Thursday 16 April; 15 days more is 1 May, Dag van de Arbeid: Monday 4 May.
        var extended = JurisdictionProfile.VlBestuursdecreet.ExtendedHandlingDeadline(
            MondayTwoMarch, advisoryCommittee: false, Term.Days(15), writtenConsentOfComplainant: true);

        Assert.Equal(D("2026-05-04"), extended);
    }

    [Fact]
    public void An_extra_holiday_in_the_calendar_moves_the_deadline()
    {
        var friday = new Holiday(D("2026-05-15"), "Vrijdag na Hemelvaartsdag");
        var profile = JurisdictionProfile.NlAwb.WithCalendar(new DutchHolidayCalendar([friday]));

        Assert.Equal(D("2026-05-15"), JurisdictionProfile.NlAwb.HandlingDeadline(D("2026-04-02"), false).DueOn);
        Assert.Equal(D("2026-05-18"), profile.HandlingDeadline(D("2026-04-02"), false).DueOn);
        Assert.Equal(JurisdictionProfileCode.NlAwb, profile.Code);
        Assert.Equal("NL-Awb", profile.Key);
        Assert.Equal(ProfileTerms.NlAwb, profile.Terms);
        Assert.True(profile.Calculator.ExtendsWhenEndingOnRestDay);
    }

    [Fact]
    public void Own_targets_change_only_the_terms()
    {
        var calendar = new DutchHolidayCalendar();
        var profile = JurisdictionProfile.NlAwb
            .WithCalendar(calendar)
            .WithTerms(ProfileTerms.NlAwb with { Acknowledgement = Term.WorkingDays(2) });

        var acknowledgement = profile.DeadlinesFor(MondayTwoMarch, advisoryCommittee: false)[0];

        Assert.Equal(new Deadline(DeadlineKind.Acknowledgement, D("2026-03-04"), Term.WorkingDays(2)), acknowledgement);
        Assert.Same(calendar, profile.Calculator.Calendar);
        Assert.Equal("VL-Bestuursdecreet", JurisdictionProfile.VlBestuursdecreet.WithTerms(ProfileTerms.NlAwb).Key);
    }

    [Fact]
    public void A_custom_profile_can_switch_off_the_rest_day_rule()
    {
        var terms = new ProfileTerms(
            Term.WorkingDays(2), Term.WorkingDays(1), Term.Weeks(2), Term.Weeks(6), Term.Weeks(8), Term.Weeks(2));
        var profile = JurisdictionProfile.Custom(terms, new DutchHolidayCalendar(), extendWhenEndingOnRestDay: false);

        Assert.Equal(JurisdictionProfileCode.Custom, profile.Code);
        Assert.Equal(D("2026-04-03"), profile.HandlingDeadline(D("2026-02-20"), advisoryCommittee: false).DueOn);
        Assert.Equal(D("2026-04-14"), profile.HandlingDeadline(D("2026-02-17"), advisoryCommittee: true).DueOn);
    }

    [Fact]
    public void A_custom_profile_refuses_a_maximum_postponement_in_working_days()
    {
        var terms = ProfileTerms.NlAwb with { MaxExtension = Term.WorkingDays(10) };

        Assert.Throws<DomainException>(() => JurisdictionProfile.Custom(terms, new DutchHolidayCalendar()));
    }

    [Theory]
    [InlineData("9:8-1b", "artikel 9:8, eerste lid, onder b, Awb")]
    [InlineData("II.77-5", "artikel II.77, 5°, Bestuursdecreet")]
    public void A_stored_ground_is_found_by_its_code_in_either_profile(string code, string article) =>
        Assert.Equal(article, NotHandledGround.ByCode(code)?.Article);

    [Fact]
    public void The_ground_codes_of_the_profiles_never_overlap_so_a_code_alone_names_the_ground()
    {
        var codes = NotHandledGround.Awb.Concat(NotHandledGround.Bestuursdecreet).Select(g => g.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Null(NotHandledGround.ByCode("9:9"));
    }
}
