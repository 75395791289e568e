using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Deadlines;

/// <summary>A term the rest-day rule moves says why, on the real calendars.</summary>
public sealed class TermMovedExplanationTests
{
    private static readonly TermCalculator Flemish = JurisdictionProfile.VlBestuursdecreet.Calculator;
    private static readonly TermCalculator Dutch = JurisdictionProfile.NlAwb.Calculator;

    [Fact]
    public void Belgian_21_July_2024_is_a_Sunday_and_the_national_holiday()
    {
        // Received 6 June 2024: 45 days end on Sunday 21 July 2024.
        var nominal = Flemish.NominalEndOf(D("2024-06-06"), Term.Days(45));
        Assert.Equal(D("2024-07-21"), nominal);

        Assert.Equal(
            "verschoven naar maandag 22 juli 2024 omdat 21 juli 2024 een zondag is en een feestdag (Nationale feestdag)",
            Flemish.WhyMoved(nominal));
    }

    [Fact]
    public void Belgian_21_July_2026_is_a_Tuesday_holiday()
    {
        Assert.Equal(
            "verschoven naar woensdag 22 juli 2026 omdat 21 juli 2026 een feestdag is (Nationale feestdag)",
            Flemish.WhyMoved(D("2026-07-21")));
    }

    [Fact]
    public void A_weekend_names_both_days()
    {
        Assert.Equal(
            "verschoven naar maandag 9 maart 2026 omdat 7 maart 2026 een zaterdag is en 8 maart 2026 een zondag is",
            Dutch.WhyMoved(D("2026-03-07")));
    }

    [Fact]
    public void Easter_weekend_names_every_day_up_to_Easter_Monday()
    {
        // Saturday 4 April 2026, Easter Sunday 5 April, Easter Monday 6 April: the term ends Tuesday.
        var why = Dutch.WhyMoved(D("2026-04-04"));

        Assert.NotNull(why);
        Assert.StartsWith("verschoven naar dinsdag 7 april 2026 omdat 4 april 2026 een zaterdag is, 5 april 2026 een zondag is", why, StringComparison.Ordinal);
        Assert.EndsWith("en 6 april 2026 een feestdag is (Tweede Paasdag)", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-06")] // a Friday
    [InlineData("2024-07-22")] // a Monday
    public void A_term_ending_on_a_working_day_needs_no_explanation(string end)
    {
        Assert.Null(Flemish.WhyMoved(D(end)));
        Assert.Null(Dutch.WhyMoved(D(end)));
    }

    [Fact]
    public void Without_the_rest_day_rule_nothing_moves()
    {
        var calculator = new TermCalculator(new BelgianHolidayCalendar(), extendWhenEndingOnRestDay: false);

        Assert.Null(calculator.WhyMoved(D("2024-07-21")));
    }
}

/// <summary>A complaint's stored deadline explains itself when the rest-day rule moved it.</summary>
public sealed class ComplaintDeadlineMovedTests
{
    [Fact]
    public void A_Flemish_complaint_received_6_June_2024_is_due_22_July_and_says_why()
    {
        var profile = JurisdictionProfile.VlBestuursdecreet;
        var complaint = Complaints.ComplaintBuilder.ReceivedOnDay(D("2024-06-06"), profile);

        Assert.Equal(D("2024-07-22"), Complaints.ComplaintBuilder.DeadlineOf(complaint, DeadlineKind.Handling).DueOn);
        Assert.Equal(
            "verschoven naar maandag 22 juli 2024 omdat 21 juli 2024 een zondag is en een feestdag (Nationale feestdag)",
            complaint.WhyDeadlineMoved(profile, DeadlineKind.Handling));
        // 10 days end on Sunday 16 June 2024.
        Assert.Equal(
            "verschoven naar maandag 17 juni 2024 omdat 16 juni 2024 een zondag is",
            complaint.WhyDeadlineMoved(profile, DeadlineKind.NotHandledNotice));
    }

    [Fact]
    public void A_Dutch_complaint_due_on_a_working_day_says_nothing()
    {
        var complaint = Complaints.ComplaintBuilder.ReceivedOnDay(D("2026-03-02"));

        Assert.Null(complaint.WhyDeadlineMoved(JurisdictionProfile.NlAwb, DeadlineKind.Handling));
    }

    [Fact]
    public void A_date_that_no_longer_follows_from_the_profile_is_not_explained()
    {
        // Received 24 January 2026 under the Awb: 6 weeks end Saturday 7 March, moved to Monday 9 March.
        var complaint = Complaints.ComplaintBuilder.ReceivedOnDay(D("2026-01-24"));
        Assert.NotNull(complaint.WhyDeadlineMoved(JurisdictionProfile.NlAwb, DeadlineKind.Handling));

        // Asked under other terms, the stored date would be wrong to explain.
        var otherTerms = JurisdictionProfile.NlAwb.WithTerms(ProfileTerms.NlAwb with { Handling = Term.Weeks(8) });
        Assert.Null(complaint.WhyDeadlineMoved(otherTerms, DeadlineKind.Handling));
    }
}
