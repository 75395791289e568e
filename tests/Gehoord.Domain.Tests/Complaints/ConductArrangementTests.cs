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

    private static ConductArrangement Make(
        Complaint source,
        ConductRules rules = ConductRules.WrittenContactOnly,
        string? contactPerson = null,
        string? otherRules = null,
        string behaviour = "Belt dagelijks meerdere keren en scheldt medewerkers uit.",
        DateOnly? reviewOn = null) =>
        ConductArrangement.Make(Guid.NewGuid(), source, behaviour, rules, otherRules, contactPerson, StartsOn, reviewOn ?? D("2026-09-09"), Coordinator, Now);
}
