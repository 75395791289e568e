using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>Postponing the handling term (Awb 9:11 lid 2) on real dates with the Algemene termijnenwet.</summary>
public sealed class ExtensionTests
{
    /// <summary>
    /// 2026-03-02 (Mon) + 42 = 2026-04-13 (Mon); + 28 = 2026-05-11 (Mon).
    /// 2027-01-15 (Fri) + 42 = 2027-02-26 (Fri); + 28 = 2027-03-26, Good Friday, then Saturday,
    ///   Sunday and Easter Monday 29 March: the term ends Tuesday 2027-03-30.
    /// 2026-03-16 (Mon) + 42 = 2026-04-27, King's Day: 2026-04-28. The extension counts from
    ///   the nominal 27 April: + 28 = 2026-05-25, Whit Monday: 2026-05-26.
    /// 2026-03-07 (Sat) + 42 = 2026-04-18 (Sat): 2026-04-20. 3 days from the nominal 18 April
    ///   is Tuesday 2026-04-21, not 23 April as counting from the moved Monday would give.
    /// 2026-03-02 + 42 + 35 = 2026-05-18 (Mon), 5 weeks, needs consent.
    /// </summary>
    [Theory]
    [InlineData("2026-03-02", 4, TermUnit.Weeks, "2026-04-13", "2026-05-11")]
    [InlineData("2027-01-15", 4, TermUnit.Weeks, "2027-02-26", "2027-03-30")]
    [InlineData("2026-03-16", 4, TermUnit.Weeks, "2026-04-28", "2026-05-26")]
    [InlineData("2026-03-07", 3, TermUnit.CalendarDays, "2026-04-20", "2026-04-21")]
    [InlineData("2026-03-02", 28, TermUnit.CalendarDays, "2026-04-13", "2026-05-11")]
    public void Extension_within_four_weeks_needs_no_consent_and_moves_the_handling_deadline(string received, int amount, TermUnit unit, string originalDue, string extendedDue)
    {
        var receivedOn = D(received);
        var at = DayAfter(receivedOn);
        var complaint = ReceivedOnDay(receivedOn);
        var extension = new Term(amount, unit);
        Assert.Equal(D(originalDue), Handling(complaint).DueOn);

        complaint.Extend(Nl, extension, "Een getuige is pas na drie weken terug.", null, Handler, at);

        Assert.Equal(D(extendedDue), Handling(complaint).DueOn);
        Assert.Equal(D(extendedDue), complaint.HandlingDueOn); // what the inbox shows
        Assert.Equal(Nl.ExtendedHandlingDeadline(receivedOn, false, extension, false), Handling(complaint).DueOn);
        Assert.Equal($"6 weken + {extension.Describe()}", Handling(complaint).TermDescription);
        Assert.Equal(extension.ToCalendarDays(), complaint.ExtensionDays);
        Assert.Null(complaint.ExtensionConsentOn);
        Assert.Equal(TimelineEventKind.Extended, complaint.Timeline[^1].Kind);
        Assert.Contains(D(extendedDue).ToString("dd-MM-yyyy", null), complaint.Timeline[^1].What, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_weeks_is_refused_without_consent_and_leaves_the_complaint_as_it_was()
    {
        var complaint = Register();
        var events = complaint.Timeline.Count;

        var ex = Assert.Throws<DomainException>(() => complaint.Extend(Nl, Term.Weeks(5), "Drukte.", null, Handler, Now));

        Assert.Contains("4 weken", ex.Message, StringComparison.Ordinal);
        Assert.Equal(D("2026-04-13"), Handling(complaint).DueOn);
        Assert.Equal(0, complaint.ExtensionDays);
        Assert.Empty(complaint.LetterTasks);
        Assert.Equal(events, complaint.Timeline.Count);
    }

    [Fact]
    public void Five_weeks_is_allowed_with_the_complainants_written_consent()
    {
        var complaint = Register();

        complaint.Extend(Nl, Term.Weeks(5), "De klager wil eerst op vakantie.", D("2026-03-03"), Handler, Now);

        Assert.Equal(D("2026-05-18"), Handling(complaint).DueOn);
        Assert.Equal(D("2026-03-03"), complaint.ExtensionConsentOn);
        Assert.Equal(35, complaint.ExtensionDays);
        Assert.Contains("03-03-2026", complaint.Timeline[^1].What, StringComparison.Ordinal);
    }

    [Fact]
    public void Consent_cannot_be_dated_in_the_future()
    {
        var complaint = Register();

        Assert.Throws<DomainException>(() => complaint.Extend(Nl, Term.Weeks(5), "Vakantie.", D("2026-03-04"), Handler, Now));
        Assert.Equal(0, complaint.ExtensionDays);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void A_second_extension_states_the_total_which_must_be_longer_than_before(int totalWeeks, bool allowed)
    {
        var complaint = Register();
        complaint.Extend(Nl, Term.Weeks(2), "Eerste verdaging.", null, Handler, Now);
        Assert.Equal(D("2026-04-27").AddDays(1), Handling(complaint).DueOn); // 13 April + 14 = King's Day 2026 → 28 April

        void Extend() => complaint.Extend(Nl, Term.Weeks(totalWeeks), "Tweede verdaging.", null, Handler, Now);

        if (allowed)
        {
            Extend();
            Assert.Equal(totalWeeks * 7, complaint.ExtensionDays);
            Assert.Equal(Nl.ExtendedHandlingDeadline(ReceivedOn, false, Term.Weeks(totalWeeks), false), Handling(complaint).DueOn);
        }
        else
        {
            var ex = Assert.Throws<DomainException>(Extend);
            Assert.Contains("14 dagen", ex.Message, StringComparison.Ordinal);
            Assert.Equal(14, complaint.ExtensionDays);
        }
    }

    [Theory]
    [InlineData("2026-04-13", false, true)]
    [InlineData("2026-04-14", false, false)]
    [InlineData("2026-04-14", true, true)]
    public void After_the_term_expired_only_consent_can_extend_it(string today, bool withConsent, bool allowed)
    {
        var complaint = Register();
        var at = new DateTimeOffset(D(today).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(2));

        void Extend() => complaint.Extend(Nl, Term.Weeks(2), "Rapport van de getuige ontbreekt.", withConsent ? D(today) : null, Handler, at);

        if (allowed)
        {
            Extend();
            Assert.Equal(14, complaint.ExtensionDays);
        }
        else
        {
            var ex = Assert.Throws<DomainException>(Extend);
            Assert.Contains("verstreken", ex.Message, StringComparison.Ordinal);
            Assert.Equal(D("2026-04-13"), Handling(complaint).DueOn);
        }
    }

    [Fact]
    public void The_flemish_decree_knows_no_extension_without_consent()
    {
        var vl = JurisdictionProfile.VlBestuursdecreet;
        var complaint = Register(profile: vl);
        Assert.Equal(D("2026-04-16"), Handling(complaint).DueOn); // 2 March + 45 days, a Thursday

        Assert.Throws<DomainException>(() => complaint.Extend(vl, Term.Days(7), "Drukte.", null, Handler, Now));
        Assert.Equal(D("2026-04-16"), Handling(complaint).DueOn);

        complaint.Extend(vl, Term.Days(14), "De klager vraagt om uitstel.", D("2026-03-03"), Handler, Now);
        Assert.Equal(D("2026-04-30"), Handling(complaint).DueOn);
    }

    [Fact]
    public void The_committee_term_of_ten_weeks_is_extended_from_its_own_end()
    {
        var complaint = Register(advisoryCommittee: true);
        Assert.Equal(D("2026-05-11"), Handling(complaint).DueOn); // 2 March + 70 days

        complaint.Extend(Nl, Term.Weeks(4), "De commissie vergadert pas in juni.", null, Handler, Now);

        Assert.Equal(D("2026-06-08"), Handling(complaint).DueOn);
        Assert.Equal("10 weken + 4 weken", Handling(complaint).TermDescription);
    }

    [Fact]
    public void Choosing_the_committee_moves_the_term_but_not_after_an_extension()
    {
        var complaint = Register();
        complaint.ChooseAdvisoryCommittee(Nl, Handler, Now);
        Assert.Equal(D("2026-05-11"), Handling(complaint).DueOn);

        var extended = Register();
        extended.Extend(Nl, Term.Weeks(1), "Kort uitstel.", null, Handler, Now);
        Assert.Throws<DomainException>(() => extended.ChooseAdvisoryCommittee(Nl, Handler, Now));
        Assert.False(extended.AdvisoryCommittee);
    }

    [Fact]
    public void Extension_asks_for_a_notice_to_the_complainant_only_when_there_is_no_respondent()
    {
        var complaint = Register();

        complaint.Extend(Nl, Term.Weeks(4), "Getuige afwezig.", null, Handler, Now);

        var task = Assert.Single(complaint.LetterTasks);
        Assert.Equal((LetterKind.ExtensionNotice, LetterRecipient.Complainant, true, "J. de Vries"), (task.Kind, task.Recipient, task.Required, task.RecipientName));
    }

    [Fact]
    public void Extension_asks_for_required_notices_to_complainant_and_respondent()
    {
        var complaint = Register();
        complaint.AddRespondent(Guid.NewGuid(), "Piet Balie", "u-counter", null, Coordinator, Now);

        complaint.Extend(Nl, Term.Weeks(4), "Getuige afwezig.", null, Handler, Now);

        Assert.All(complaint.LetterTasks, t => Assert.Equal((LetterKind.ExtensionNotice, true), (t.Kind, t.Required)));
        Assert.Equal([LetterRecipient.Complainant, LetterRecipient.Respondent], complaint.LetterTasks.Select(t => t.Recipient));
        Assert.Equal("Piet Balie", complaint.LetterTasks[1].RecipientName);
    }

    [Fact]
    public void The_inbox_date_follows_the_extended_handling_deadline()
    {
        var complaint = Register();
        complaint.RecordAcknowledgement("e-mail", Actor.System, Now);
        PersonalContact(complaint);
        Investigating(complaint); // the not-handled notice is no longer due once the complaint is investigated
        Assert.Equal(D("2026-04-13"), complaint.NextDueOn);

        complaint.Extend(Nl, Term.Weeks(4), "Getuige afwezig.", null, Handler, Now);

        Assert.Equal(D("2026-05-11"), complaint.NextDueOn);
    }

    [Theory]
    [InlineData(ComplaintStatus.Closing)]
    [InlineData(ComplaintStatus.Closed)]
    public void A_complaint_in_closure_is_not_extended(ComplaintStatus status)
    {
        var complaint = InStatus(status);

        Assert.Throws<DomainException>(() => complaint.Extend(Nl, Term.Weeks(1), "Te laat.", null, Handler, Now));
        Assert.Equal(0, complaint.ExtensionDays);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Extension_needs_a_reason_the_complainant_can_read(string reason)
    {
        var complaint = Register();

        Assert.Throws<DomainException>(() => complaint.Extend(Nl, Term.Weeks(1), reason, null, Handler, Now));
        Assert.Equal(0, complaint.ExtensionDays);
    }

    [Fact]
    public void Working_days_are_not_an_extension_unit()
    {
        var complaint = Register();

        Assert.Throws<DomainException>(() => complaint.Extend(Nl, Term.WorkingDays(5), "Drukte.", null, Handler, Now));
    }

    private static ComplaintDeadline Handling(Complaint complaint) => DeadlineOf(complaint, DeadlineKind.Handling);
}
