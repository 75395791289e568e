using Gehoord.Domain.Complaints;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>Conduct arrangements (seed 001 §4.6): "always keep contact, unless", announced in writing.</summary>
public sealed class ConductArrangementTests
{
    private static readonly DateOnly StartsOn = D("2026-03-09");

    [Fact]
    public void An_arrangement_is_linked_to_the_complainant_and_announced_by_letter_on_the_source_complaint()
    {
        var source = Assigned();
        var events = source.Timeline.Count;

        var arrangement = Make(source, ConductRules.OneContactPerson | ConductRules.WrittenContactOnly, contactPerson: " Hans Behandelaar ");

        Assert.Equal("e:j.devries@example.org", arrangement.ComplainantKey);
        Assert.Equal("J. de Vries", arrangement.ComplainantName);
        Assert.Equal("Hans Behandelaar", arrangement.ContactPerson);
        Assert.Null(arrangement.OtherRules);
        Assert.Equal(source.Id, arrangement.SourceComplaintId);
        Assert.Equal(source.OrganisationId, arrangement.OrganisationId);
        var task = Assert.Single(source.LetterTasks);
        Assert.Equal((LetterKind.ConductArrangement, LetterRecipient.Complainant, false), (task.Kind, task.Recipient, task.Required));
        Assert.Equal(events + 1, source.Timeline.Count);
        Assert.Equal(TimelineEventKind.ConductArrangementAnnounced, source.Timeline[^1].Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void The_behaviour_must_be_named(string behaviour)
    {
        var source = Assigned();

        Assert.Throws<DomainException>(() => Make(source, behaviour: behaviour));
        Assert.Empty(source.LetterTasks);
    }

    [Fact]
    public void At_least_one_rule_is_chosen()
    {
        var source = Assigned();

        Assert.Throws<DomainException>(() => Make(source, ConductRules.None));
        Assert.Empty(source.LetterTasks);
    }

    [Theory]
    [InlineData(ConductRules.OneContactPerson, null, null, false)]
    [InlineData(ConductRules.OneContactPerson, " ", null, false)]
    [InlineData(ConductRules.OneContactPerson, "Hans", null, true)]
    [InlineData(ConductRules.Other, null, null, false)]
    [InlineData(ConductRules.Other, null, "Alleen op dinsdag bellen", true)]
    [InlineData(ConductRules.FixedContactMoments, null, null, true)]
    public void A_contact_person_or_other_rule_is_named_when_chosen(ConductRules rules, string? contactPerson, string? otherRules, bool allowed)
    {
        var source = Assigned();

        if (allowed)
        {
            var arrangement = Make(source, rules, contactPerson, otherRules);
            Assert.Equal(rules, arrangement.Rules);
        }
        else
        {
            Assert.Throws<DomainException>(() => Make(source, rules, contactPerson, otherRules));
            Assert.Empty(source.LetterTasks);
        }
    }

    [Theory]
    [InlineData("2026-03-09", false)]
    [InlineData("2026-03-08", false)]
    [InlineData("2026-03-10", true)]
    [InlineData("2027-03-09", true)]
    [InlineData("2027-03-10", false)]
    public void The_review_lies_after_the_start_and_within_twelve_months(string reviewOn, bool allowed)
    {
        var source = Assigned();

        if (allowed)
        {
            var arrangement = Make(source, reviewOn: D(reviewOn));
            Assert.True(arrangement.IsActiveOn(StartsOn));
            Assert.False(arrangement.IsActiveOn(StartsOn.AddDays(-1)));
            Assert.True(arrangement.NeedsReviewOn(D(reviewOn)));
            Assert.False(arrangement.NeedsReviewOn(D(reviewOn).AddDays(-1)));
        }
        else
        {
            Assert.Throws<DomainException>(() => Make(source, reviewOn: D(reviewOn)));
        }
    }

    [Fact]
    public void A_complainant_without_email_or_phone_cannot_get_an_arrangement()
    {
        var source = Assigned(Register(Channel.Letter, new Complainant(Name: "A. Bakker", Street: "Dorpsstraat 1", City: "Utrecht")));

        var ex = Assert.Throws<DomainException>(() => Make(source));

        Assert.Contains("e-mailadres of telefoonnummer", ex.Message, StringComparison.Ordinal);
        Assert.Empty(source.LetterTasks);
    }

    [Theory]
    [InlineData("J.deVries@Example.ORG", null, "e:j.devries@example.org")]
    [InlineData("  j.devries@example.org ", "06-12345678", "e:j.devries@example.org")]
    [InlineData(null, "06-12 34 56 78", "t:0612345678")]
    [InlineData("", "+31 (0)6 1234 5678", "t:310612345678")]
    [InlineData(null, "12345", null)]
    [InlineData(null, null, null)]
    public void The_key_is_the_email_in_lower_case_else_the_digits_of_the_phone(string? email, string? phone, string? key)
    {
        Assert.Equal(key, ConductArrangement.KeyFor(new Complainant(Email: email, Phone: phone)));
    }

    [Theory]
    [InlineData("2026-03-20", "2026-03-20", true)] // today
    [InlineData("2026-03-20", "2026-03-09", true)] // the start date: it never applied
    [InlineData("2026-03-20", "2026-03-15", true)]
    [InlineData("2026-03-20", "2026-03-21", false)] // never ahead
    [InlineData("2026-03-20", "2026-03-08", false)] // before the start
    [InlineData("2026-03-05", "2026-03-05", true)] // not started yet: it ends today
    [InlineData("2026-03-05", "2026-03-04", false)]
    public void An_arrangement_ends_between_its_start_and_today(string today, string endsOn, bool allowed)
    {
        var source = Assigned();
        var arrangement = Make(source, ConductRules.WrittenContactOnly);
        var events = source.Timeline.Count;

        if (!allowed)
        {
            Assert.Throws<DomainException>(() => arrangement.End(source, "Het contact gaat weer goed.", D(endsOn), D(today), Coordinator, Now));
            Assert.False(arrangement.IsEnded);
            Assert.Equal(events, source.Timeline.Count);
            return;
        }

        arrangement.End(source, "  Het contact gaat weer goed.  ", D(endsOn), D(today), Coordinator, Now);

        Assert.Equal(D(endsOn), arrangement.EndedOn);
        Assert.Equal("Het contact gaat weer goed.", arrangement.EndReason);
        Assert.Equal(Coordinator.Name, arrangement.EndedByName);
        var ended = source.Timeline[^1];
        Assert.Equal(TimelineEventKind.ConductArrangementEnded, ended.Kind);
        Assert.Contains($"beëindigd per {D(endsOn):dd-MM-yyyy}", ended.What, StringComparison.Ordinal);
        Assert.Equal("Het contact gaat weer goed.", ended.Why);
        Assert.False(arrangement.IsActiveOn(D(endsOn)));
        Assert.False(arrangement.NeedsReviewOn(D("2026-12-31")));
    }

    [Fact]
    public void An_ended_arrangement_no_longer_counts_for_the_rules_in_force()
    {
        var source = Assigned();
        var written = Make(source, ConductRules.WrittenContactOnly);
        var person = Make(source, ConductRules.OneContactPerson, contactPerson: "Hans");

        written.End(source, "Meneer belt niet meer.", D("2026-04-01"), D("2026-04-01"), Coordinator, Now);

        Assert.Equal(ConductRules.WrittenContactOnly | ConductRules.OneContactPerson, ConductArrangement.RulesInForce([written, person], D("2026-03-31")));
        Assert.Equal(ConductRules.OneContactPerson, ConductArrangement.RulesInForce([written, person], D("2026-04-01")));
        Assert.Equal(ConductRules.None, ConductArrangement.RulesInForce([written], D("2026-05-01")));
    }

    [Fact]
    public void Calls_can_be_planned_again_once_written_contact_only_has_ended()
    {
        var source = Assigned();
        var arrangement = Make(source, ConductRules.WrittenContactOnly);
        var call = new DateTimeOffset(2026, 4, 2, 10, 0, 0, TimeSpan.FromHours(2));
        Assert.Throws<DomainException>(() => source.PlanContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Phone, call, Handler, Now, ConductArrangement.RulesInForce([arrangement], D("2026-04-01"))));

        arrangement.End(source, "Afspraken werken, contact is weer normaal.", D("2026-04-01"), D("2026-04-01"), Coordinator, Now);

        source.PlanContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Phone, call, Handler, Now, ConductArrangement.RulesInForce([arrangement], D("2026-04-01")));
        Assert.Single(source.ContactMoments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Ending_needs_a_reason(string reason)
    {
        var source = Assigned();
        var arrangement = Make(source);

        Assert.Throws<DomainException>(() => arrangement.End(source, reason, D("2026-03-20"), D("2026-03-20"), Coordinator, Now));
        Assert.False(arrangement.IsEnded);
    }

    [Fact]
    public void An_ended_arrangement_cannot_be_ended_revised_or_reviewed_again()
    {
        var source = Assigned();
        var arrangement = Make(source);
        arrangement.End(source, "Niet meer nodig.", D("2026-03-20"), D("2026-03-20"), Coordinator, Now);
        var events = source.Timeline.Count;

        Assert.Throws<DomainException>(() => arrangement.End(source, "Nogmaals.", D("2026-03-21"), D("2026-03-21"), Coordinator, Now));
        Assert.Throws<DomainException>(() => arrangement.Revise(source, ConductRules.FixedContactMoments, null, null, "Anders.", Coordinator, Now));
        Assert.Throws<DomainException>(() => arrangement.Review(source, "Gaat goed.", D("2026-06-01"), D("2026-03-21"), Coordinator, Now));
        Assert.Equal(events, source.Timeline.Count);
    }

    [Fact]
    public void Ending_is_kept_in_the_timeline_of_a_closed_case_of_the_complainant()
    {
        var closed = InStatus(ComplaintStatus.Closed);
        var open = Assigned(Complaint.Register(
            Guid.NewGuid(), closed.OrganisationId, new ReferenceNumber(2026, 8), TrackingCode.New(),
            new ComplaintRegistration(Channel.Email, ComplaintKind.Complaint, ReceivedOn, "Weer geen antwoord.", closed.Complainant),
            Nl, Employee, Now));
        var arrangement = Make(open);

        arrangement.End(closed, "Meneer heeft geen klachten meer.", D("2026-03-20"), D("2026-03-20"), Coordinator, Now);

        Assert.Equal(TimelineEventKind.ConductArrangementEnded, closed.Timeline[^1].Kind);
    }

    [Fact]
    public void An_arrangement_is_changed_only_on_a_case_of_its_own_complainant()
    {
        var source = Assigned();
        var arrangement = Make(source);
        var other = Assigned(Complaint.Register(
            Guid.NewGuid(), source.OrganisationId, new ReferenceNumber(2026, 9), TrackingCode.New(),
            new ComplaintRegistration(Channel.Email, ComplaintKind.Complaint, ReceivedOn, "Iets anders.", new Complainant("A. Ander", "a.ander@example.org")),
            Nl, Employee, Now));

        var ex = Assert.Throws<DomainException>(() => arrangement.End(other, "Reden.", D("2026-03-20"), D("2026-03-20"), Coordinator, Now));

        Assert.Contains("hoort niet bij de klager", ex.Message, StringComparison.Ordinal);
        Assert.False(arrangement.IsEnded);
    }

    [Fact]
    public void Revising_keeps_the_earlier_rules_in_the_timeline_and_asks_for_a_new_letter()
    {
        var source = Assigned();
        var arrangement = Make(source, ConductRules.WrittenContactOnly);
        var letters = source.LetterTasks.Count;

        arrangement.Revise(source, ConductRules.OneContactPerson | ConductRules.FixedContactMoments, null, " Hans Behandelaar ", " Meneer wil weer bellen, op vaste momenten. ", Coordinator, Now);

        Assert.Equal(ConductRules.OneContactPerson | ConductRules.FixedContactMoments, arrangement.Rules);
        Assert.Equal("Hans Behandelaar", arrangement.ContactPerson);
        Assert.Equal(Now, arrangement.RevisedAt);
        Assert.Equal(Coordinator.Name, arrangement.RevisedByName);
        var revised = source.Timeline[^1];
        Assert.Equal(TimelineEventKind.ConductArrangementRevised, revised.Kind);
        Assert.Contains("Eerst: Alleen schriftelijk contact.", revised.What, StringComparison.Ordinal);
        Assert.Contains("Nu: Eén vaste contactpersoon: Hans Behandelaar; Vaste momenten voor contact.", revised.What, StringComparison.Ordinal);
        Assert.Equal("Meneer wil weer bellen, op vaste momenten.", revised.Why);
        Assert.Equal(letters + 1, source.LetterTasks.Count);
        Assert.Equal(LetterKind.ConductArrangement, source.LetterTasks[^1].Kind);
        Assert.Equal(ConductRules.OneContactPerson | ConductRules.FixedContactMoments, ConductArrangement.RulesInForce([arrangement], D("2026-03-10")));
    }

    [Theory]
    [InlineData(ConductRules.None, null, null, "Reden.")]
    [InlineData(ConductRules.OneContactPerson, null, null, "Reden.")]
    [InlineData(ConductRules.Other, null, " ", "Reden.")]
    [InlineData(ConductRules.FixedContactMoments, null, null, " ")]
    [InlineData(ConductRules.WrittenContactOnly, null, null, "Reden.")] // nothing changes
    [InlineData((ConductRules)64, null, null, "Reden.")]
    public void A_revision_needs_valid_changed_rules_and_a_reason(ConductRules rules, string? contactPerson, string? otherRules, string reason)
    {
        var source = Assigned();
        var arrangement = Make(source, ConductRules.WrittenContactOnly);
        var events = source.Timeline.Count;

        Assert.Throws<DomainException>(() => arrangement.Revise(source, rules, otherRules, contactPerson, reason, Coordinator, Now));

        Assert.Equal(ConductRules.WrittenContactOnly, arrangement.Rules);
        Assert.Null(arrangement.RevisedAt);
        Assert.Equal(events, source.Timeline.Count);
    }

    [Fact]
    public void A_revision_needs_an_open_case_for_its_letter()
    {
        var closed = InStatus(ComplaintStatus.Closed);
        var arrangement = ConductArrangement.Make(Guid.NewGuid(), Assigned(Complaint.Register(
            Guid.NewGuid(), closed.OrganisationId, new ReferenceNumber(2026, 8), TrackingCode.New(),
            new ComplaintRegistration(Channel.Email, ComplaintKind.Complaint, ReceivedOn, "Weer geen antwoord.", closed.Complainant),
            Nl, Employee, Now)), "Scheldt.", ConductRules.WrittenContactOnly, null, null, StartsOn, D("2026-09-09"), Coordinator, Now);

        Assert.Throws<DomainException>(() => arrangement.Revise(closed, ConductRules.FixedContactMoments, null, null, "Anders.", Coordinator, Now));
    }

    [Theory]
    [InlineData("2026-09-09", "2026-09-10", true)]
    [InlineData("2026-09-09", "2027-09-09", true)] // a year after the review
    [InlineData("2026-09-09", "2027-09-10", false)]
    [InlineData("2026-09-09", "2026-09-09", false)] // not today
    [InlineData("2026-09-09", "2026-09-01", false)]
    [InlineData("2026-03-05", "2026-06-01", false)] // not started yet
    public void A_review_records_the_outcome_and_a_next_review_within_a_year(string today, string next, bool allowed)
    {
        var source = Assigned();
        var arrangement = Make(source, reviewOn: D("2026-09-09"));
        var events = source.Timeline.Count;

        if (!allowed)
        {
            Assert.Throws<DomainException>(() => arrangement.Review(source, "Gaat beter.", D(next), D(today), Coordinator, Now));
            Assert.Equal(D("2026-09-09"), arrangement.ReviewOn);
            Assert.Null(arrangement.ReviewedOn);
            Assert.Equal(events, source.Timeline.Count);
            return;
        }

        Assert.True(arrangement.NeedsReviewOn(D(today)));
        arrangement.Review(source, "  Meneer houdt zich aan de afspraken; nog een half jaar.  ", D(next), D(today), Coordinator, Now);

        Assert.Equal(D(next), arrangement.ReviewOn);
        Assert.Equal(D(today), arrangement.ReviewedOn);
        Assert.Equal("Meneer houdt zich aan de afspraken; nog een half jaar.", arrangement.ReviewOutcome);
        Assert.Equal(Coordinator.Name, arrangement.ReviewedByName);
        Assert.False(arrangement.NeedsReviewOn(D(today)));
        Assert.True(arrangement.IsActiveOn(D(today)));
        var reviewed = source.Timeline[^1];
        Assert.Equal(TimelineEventKind.ConductArrangementReviewed, reviewed.Kind);
        Assert.Contains($"Volgende evaluatie op {D(next):dd-MM-yyyy}", reviewed.What, StringComparison.Ordinal);
        Assert.Equal("Meneer houdt zich aan de afspraken; nog een half jaar.", reviewed.Why);
    }

    [Fact]
    public void A_review_needs_an_outcome()
    {
        var source = Assigned();
        var arrangement = Make(source);

        Assert.Throws<DomainException>(() => arrangement.Review(source, " ", D("2026-12-01"), D("2026-09-09"), Coordinator, Now));
    }

    private static ConductArrangement Make(
        Complaint source,
        ConductRules rules = ConductRules.WrittenContactOnly,
        string? contactPerson = null,
        string? otherRules = null,
        string behaviour = "Belt dagelijks meerdere keren en scheldt medewerkers uit.",
        DateOnly? reviewOn = null) =>
        ConductArrangement.Make(Guid.NewGuid(), source, behaviour, rules, otherRules, contactPerson, StartsOn, reviewOn ?? D("2026-09-09"), Coordinator, Now);
}
