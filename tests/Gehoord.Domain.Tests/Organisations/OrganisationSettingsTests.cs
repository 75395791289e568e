using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Organisations;

public sealed class OrganisationSettingsTests
{
    private static readonly Actor Admin = Actor.Staff("u-admin", "Bea Beheerder");

    [Theory]
    [InlineData("Gemeente Zuiderdorp", "gemeente-zuiderdorp")]
    [InlineData("  Stad Gent – Klachten ", "stad-gent-klachten")]
    [InlineData("Woonstichting 's-Hertogenbosch", "woonstichting-s-hertogenbosch")]
    [InlineData("Gemeente Súdwest-Fryslân", "gemeente-sudwest-fryslan")]
    public void A_short_name_is_made_from_the_name(string name, string slug) =>
        Assert.Equal(slug, Organisation.SlugFrom(name));

    [Theory]
    [InlineData("Gemeente_Zuiderdorp")]
    [InlineData("-zuiderdorp")]
    [InlineData("staff")]
    [InlineData("en")]
    [InlineData("")]
    public void A_short_name_that_cannot_be_an_address_is_refused(string slug) =>
        Assert.Throws<DomainException>(() => new Organisation(Guid.NewGuid(), "Zuiderdorp", slug, JurisdictionProfileCode.NlAwb));

    [Fact]
    public void Own_targets_change_the_acknowledgement_and_contact_deadlines()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Zuiderdorp", "zuiderdorp", JurisdictionProfileCode.NlAwb);
        organisation.SetTargets(Term.WorkingDays(3), Term.WorkingDays(2));

        // Monday 1 March 2027: three working days end Thursday 4 March, two end Wednesday 3 March.
        var deadlines = organisation.Profile().DeadlinesFor(D("2027-03-01"), advisoryCommittee: false);

        Assert.Equal(D("2027-03-04"), deadlines.Single(d => d.Kind == DeadlineKind.Acknowledgement).DueOn);
        Assert.Equal(D("2027-03-03"), deadlines.Single(d => d.Kind == DeadlineKind.PersonalContact).DueOn);
        Assert.Equal(D("2027-04-12"), deadlines.Single(d => d.Kind == DeadlineKind.Handling).DueOn);
    }

    [Fact]
    public void A_Flemish_acknowledgement_target_may_be_shorter_than_the_decree_but_not_longer()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Stad Aalst", "aalst", JurisdictionProfileCode.VlBestuursdecreet);
        organisation.SetTargets(Term.Days(5), null);
        var ex = Assert.Throws<DomainException>(() => organisation.SetTargets(Term.Days(14), null));

        Assert.Contains("II.83", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Term.Days(5), organisation.AcknowledgementTarget);
    }

    [Fact]
    public void A_custom_organisation_follows_its_own_terms_grounds_standards_and_holidays()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Woonstichting Thuis", "thuis", JurisdictionProfileCode.Custom);
        organisation.SetCustomRules(new CustomRules(
            Handling: Term.Days(30),
            HandlingWithCommittee: Term.Days(60),
            NotHandledNotice: Term.Days(14),
            MaxExtension: null,
            GroundCodes: ["9:8-1a", "9:8-2"],
            Standards: StandardsList.Ombudsnormen,
            Calendar: HolidayCalendarKind.Flanders));

        var profile = organisation.Profile();

        // Received Sunday 11 June 2028: 30 days end Tuesday 11 July, the Flemish community
        // holiday, so the term moves to Wednesday 12 July (with Dutch holidays it would not).
        Assert.Equal(JurisdictionProfileCode.Custom, profile.Code);
        Assert.Equal(D("2028-07-12"), profile.HandlingDeadline(D("2028-06-11"), advisoryCommittee: false).DueOn);
        Assert.Equal(["9:8-1a", "9:8-2"], profile.NotHandledGrounds.Select(g => g.Code));
        Assert.Equal(14, profile.ProprietyStandards.Count);
        var noExtension = Assert.Throws<DomainException>(() => profile.ExtendedHandlingDeadline(D("2028-06-11"), false, Term.Weeks(2), writtenConsentOfComplainant: false));
        Assert.Contains("geen verdaging", noExtension.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_rules_that_make_no_sense_are_refused_with_what_to_change()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Woonstichting Thuis", "thuis", JurisdictionProfileCode.Custom);

        var shorterWithCommittee = Assert.Throws<DomainException>(() => organisation.SetCustomRules(CustomRules.Default with { HandlingWithCommittee = Term.Weeks(2) }));
        var workingDayExtension = Assert.Throws<DomainException>(() => organisation.SetCustomRules(CustomRules.Default with { MaxExtension = Term.WorkingDays(5) }));
        var unknownGround = Assert.Throws<DomainException>(() => organisation.SetCustomRules(CustomRules.Default with { GroundCodes = ["9:99"] }));

        Assert.Contains("commissie", shorterWithCommittee.Message, StringComparison.Ordinal);
        Assert.Contains("dagen of weken", workingDayExtension.Message, StringComparison.Ordinal);
        Assert.Contains("9:99", unknownGround.Message, StringComparison.Ordinal);
        Assert.Equal(CustomRules.Default, organisation.CustomRules);
    }

    [Fact]
    public void Custom_rules_belong_to_the_custom_profile_only()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Zuiderdorp", "zuiderdorp", JurisdictionProfileCode.NlAwb);

        Assert.Throws<DomainException>(() => organisation.SetCustomRules(CustomRules.Default));
    }

    [Fact]
    public void The_organisation_names_its_own_ombudsman_in_its_profile()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Gemeente Zuiderdorp", "zuiderdorp", JurisdictionProfileCode.NlAwb);
        organisation.SetOmbudsman("de Ombudsman Metropool Amsterdam", null);

        Assert.Equal("de Ombudsman Metropool Amsterdam", organisation.Profile().OmbudsmanName);
        Assert.Equal(JurisdictionProfile.NlAwb.OmbudsmanTerm, organisation.Profile().OmbudsmanTerm);
    }

    [Fact]
    public void Units_form_a_tree_without_loops_and_are_abolished_bottom_up()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Zuiderdorp", "zuiderdorp", JurisdictionProfileCode.NlAwb);
        var social = organisation.AddUnit(Guid.NewGuid(), "Sociaal Domein");
        var wmo = organisation.AddUnit(Guid.NewGuid(), "Wmo-loket", social.Id);
        var team = organisation.AddUnit(Guid.NewGuid(), "Team Hulpmiddelen", wmo.Id);

        Assert.Throws<DomainException>(() => organisation.MoveUnit(social.Id, team.Id));
        Assert.Throws<DomainException>(() => organisation.DeactivateUnit(wmo.Id, D("2027-01-01")));
        Assert.Throws<DomainException>(() => organisation.RenameUnit(team.Id, "wmo-loket"));

        organisation.DeactivateUnit(team.Id, D("2027-01-01"));
        organisation.DeactivateUnit(wmo.Id, D("2027-01-01"));

        Assert.False(wmo.IsActive);
        Assert.Throws<DomainException>(() => organisation.AddUnit(Guid.NewGuid(), "Nieuw team", wmo.Id));
        Assert.Throws<DomainException>(() => organisation.ReactivateUnit(team.Id));
        organisation.ReactivateUnit(wmo.Id);
        Assert.True(wmo.IsActive);
    }

    [Fact]
    public void A_manager_leads_their_units_and_every_unit_below()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Zuiderdorp", "zuiderdorp", JurisdictionProfileCode.NlAwb);
        var social = organisation.AddUnit(Guid.NewGuid(), "Sociaal Domein");
        var wmo = organisation.AddUnit(Guid.NewGuid(), "Wmo-loket", social.Id);
        var other = organisation.AddUnit(Guid.NewGuid(), "Burgerzaken");
        organisation.SetUnitManagers(social.Id, ["u-manager"]);

        Assert.Equal(new HashSet<Guid> { social.Id, wmo.Id }, organisation.UnitsManagedBy("u-manager"));
        Assert.DoesNotContain(other.Id, organisation.UnitsManagedBy("u-manager"));
        Assert.Empty(organisation.UnitsManagedBy("u-someone-else"));
    }

    [Fact]
    public void A_configuration_change_records_each_setting_from_old_to_new()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Zuiderdorp", "zuiderdorp", JurisdictionProfileCode.NlAwb);
        var before = organisation.DescribeSettings();
        organisation.SetContact("het klachtenteam", "14 0123", "klachten@zuiderdorp.nl", null);
        var at = new DateTimeOffset(2027, 1, 4, 9, 30, 0, TimeSpan.FromHours(1));

        var changes = ConfigurationChange.Between(organisation.Id, "Organisatie", before, organisation.DescribeSettings(), Admin, at, Guid.NewGuid);

        Assert.Equal(["E-mail", "Telefoon"], changes.Select(c => c.Setting).Order(StringComparer.Ordinal));
        var phone = changes.Single(c => c.Setting == "Telefoon");
        Assert.Null(phone.OldValue);
        Assert.Equal("14 0123", phone.NewValue);
        Assert.Equal("Bea Beheerder", phone.ActorName);
        Assert.Equal(at, phone.At);
    }

    [Fact]
    public void A_bridge_day_moves_the_open_deadlines_it_falls_within_and_nothing_else()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Zuiderdorp", "zuiderdorp", JurisdictionProfileCode.NlAwb);

        // Monday 3 May 2027; 5 May and Ascension Day (Thursday 6 May) are rest days already.
        var complaint = Complaint.Register(
            Guid.NewGuid(),
            organisation.Id,
            new ReferenceNumber(2027, 1),
            TrackingCode.New(),
            new ComplaintRegistration(Channel.Letter, ComplaintKind.Complaint, D("2027-05-03"), "De vergunning is kwijt.", new Complainant(Name: "A. Jansen", Email: "a.jansen@example.org")),
            organisation.Profile(),
            Actor.Staff("u-employee", "Eva"),
            new DateTimeOffset(2027, 5, 3, 10, 0, 0, TimeSpan.FromHours(2)));
        var before = complaint.Deadlines.ToDictionary(d => d.Kind, d => d.DueOn);

        // The Friday after Ascension is made a rest day.
        var withBridgeDay = organisation.ProfileWith([.. organisation.ExtraRestDays, new ExtraRestDay(D("2027-05-07"), "Brugdag")]);
        var moves = complaint.DeadlineMovesUnder(withBridgeDay);

        Assert.Equal(D("2027-05-12"), before[DeadlineKind.Acknowledgement]);
        Assert.Equal(D("2027-05-10"), before[DeadlineKind.PersonalContact]);
        Assert.Equal(
            [new DeadlineMove(DeadlineKind.Acknowledgement, D("2027-05-12"), D("2027-05-13")), new DeadlineMove(DeadlineKind.PersonalContact, D("2027-05-10"), D("2027-05-11"))],
            moves.OrderBy(m => m.Kind));
        Assert.Equal(before, complaint.Deadlines.ToDictionary(d => d.Kind, d => d.DueOn));

        complaint.FollowCalendar(withBridgeDay, "Brugdag 7 mei 2027 toegevoegd.", Actor.Staff("u-admin", "Bea"), new DateTimeOffset(2027, 5, 4, 9, 0, 0, TimeSpan.FromHours(2)));

        Assert.Equal(D("2027-05-13"), complaint.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledgement).DueOn);
        Assert.Equal(D("2027-05-11"), complaint.NextDueOn);
        Assert.Equal(TimelineEventKind.DeadlinesMoved, complaint.Timeline.MaxBy(e => e.Sequence)!.Kind);
        Assert.Empty(complaint.DeadlineMovesUnder(withBridgeDay));
    }
}
