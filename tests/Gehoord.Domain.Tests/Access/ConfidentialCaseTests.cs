using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Tests.Complaints;

namespace Gehoord.Domain.Tests.Access;

/// <summary>Confidential cases, the privacy officer and who audits (ADR 21).</summary>
public sealed class ConfidentialCaseTests
{
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly Guid Wmo = Guid.NewGuid();

    private static readonly CaseFacts Open = new(
        Organisation,
        HandlerId: "u-handler",
        RegisteredById: "u-employee",
        UnitIds: [Wmo],
        RespondentStaffIds: ["u-respondent"],
        EscalatedToId: "u-manager",
        AdvisoryCommittee: true,
        HandedOver: true);

    private static readonly CaseFacts Confidential = Open with { ConfidentialReaderIds = ["u-handler", "u-coordinator", "u-named-employee", "u-admin"] };

    private static readonly Dictionary<string, StaffMember> People = new(StringComparer.Ordinal)
    {
        ["handler"] = Member("u-handler", StaffRole.Handler),
        ["other-handler"] = Member("u-handler-2", StaffRole.Handler),
        ["coordinator"] = Member("u-coordinator", StaffRole.Coordinator),
        ["other-coordinator"] = Member("u-coordinator-2", StaffRole.Coordinator),
        ["manager"] = Member("u-manager", StaffRole.Manager) with { ManagedUnitIds = new HashSet<Guid> { Wmo } },
        ["committee"] = Member("u-committee", StaffRole.Committee),
        ["employee"] = Member("u-employee", StaffRole.Employee),
        ["named-employee"] = Member("u-named-employee", StaffRole.Employee),
        ["privacy"] = Member("u-privacy", StaffRole.PrivacyOfficer),
        ["respondent-privacy"] = Member("u-respondent", StaffRole.PrivacyOfficer, StaffRole.Coordinator),
        ["administrator"] = Member("u-admin", StaffRole.Administrator),
    };

    public static TheoryData<string, CaseAccessLevel, CaseAccessLevel> Levels => new()
    {
        // person, on the open case, on the confidential one
        { "handler", CaseAccessLevel.Handle, CaseAccessLevel.Handle },
        { "other-handler", CaseAccessLevel.Handle, CaseAccessLevel.None },
        { "coordinator", CaseAccessLevel.Handle, CaseAccessLevel.Handle },
        { "other-coordinator", CaseAccessLevel.Handle, CaseAccessLevel.None },
        { "manager", CaseAccessLevel.Read, CaseAccessLevel.None },
        { "committee", CaseAccessLevel.Read, CaseAccessLevel.None },
        { "employee", CaseAccessLevel.Status, CaseAccessLevel.None },
        { "named-employee", CaseAccessLevel.None, CaseAccessLevel.Read },
        { "privacy", CaseAccessLevel.Status, CaseAccessLevel.None },
        { "respondent-privacy", CaseAccessLevel.None, CaseAccessLevel.None },
        // Named, but an administrator reads no case content (ADR 10).
        { "administrator", CaseAccessLevel.None, CaseAccessLevel.None },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void Only_the_people_named_open_a_confidential_case(string person, CaseAccessLevel open, CaseAccessLevel confidential)
    {
        Assert.Equal(open, CaseAccessPolicy.Decide(People[person], Open).Level);
        var decision = CaseAccessPolicy.Decide(People[person], Confidential);
        Assert.Equal(confidential, decision.Level);
        if (confidential == CaseAccessLevel.None && open != CaseAccessLevel.None && person != "respondent-privacy")
        {
            Assert.Equal(CaseAccessPolicy.ConfidentialReason, decision.Reason);
        }
    }

    [Theory]
    [InlineData("coordinator", true, false)]
    [InlineData("other-coordinator", true, true)]
    [InlineData("manager", true, true)]
    [InlineData("employee", true, true)]
    [InlineData("named-employee", false, false)]
    public void Lists_show_a_confidential_case_to_others_without_its_subject(string person, bool listed, bool masked)
    {
        var scope = CaseAccessPolicy.ListScope(People[person]);

        // Being named opens the case; lists stay those of the person's roles.
        Assert.Equal(listed, scope.Includes(Open));
        Assert.Equal(listed, scope.Includes(Confidential));
        Assert.Equal(masked, scope.Masks(Confidential));
        Assert.False(scope.Masks(Open));
    }

    [Theory]
    [InlineData("coordinator", true)]
    [InlineData("other-coordinator", true)]
    [InlineData("privacy", true)]
    [InlineData("respondent-privacy", false)]
    [InlineData("handler", false)]
    [InlineData("manager", false)]
    [InlineData("administrator", false)]
    public void Coordinators_and_the_privacy_officer_audit_every_case_but_one_about_them(string person, bool allowed)
    {
        Assert.Equal(allowed, CaseAccessPolicy.May(People[person], Open, CaseAction.Audit).Level != CaseAccessLevel.None);
        Assert.Equal(allowed, CaseAccessPolicy.May(People[person], Confidential, CaseAction.Audit).Level != CaseAccessLevel.None);
        Assert.Equal(allowed || person == "respondent-privacy", CaseAccessPolicy.MayAudit(People[person]));
    }

    [Fact]
    public void An_audit_of_another_organisation_is_refused()
    {
        var elsewhere = People["privacy"] with { OrganisationId = Guid.NewGuid() };

        Assert.Equal(CaseAccessLevel.None, CaseAccessPolicy.May(elsewhere, Open, CaseAction.Audit).Level);
    }

    [Theory]
    [InlineData("coordinator", true)]
    [InlineData("other-coordinator", false)]
    [InlineData("handler", false)]
    [InlineData("privacy", false)]
    public void Only_a_coordinator_who_may_open_it_marks_or_changes_a_confidential_case(string person, bool allowed) =>
        Assert.Equal(allowed, CaseAccessPolicy.May(People[person], Confidential, CaseAction.MarkConfidential).Level != CaseAccessLevel.None);

    [Fact]
    public void The_privacy_officer_sees_the_status_and_never_the_content()
    {
        Assert.Equal(CaseAccessLevel.Status, CaseAccessPolicy.May(People["privacy"], Open, CaseAction.SeeStatus).Level);
        Assert.Equal(CaseAccessLevel.None, CaseAccessPolicy.May(People["privacy"], Open, CaseAction.Read).Level);
        Assert.Equal(CaseAccessPolicy.PrivacyOfficerReason, CaseAccessPolicy.Decide(People["privacy"], Open).Reason);
    }

    [Fact]
    public void Marking_names_the_coordinator_too_and_records_it_in_the_timeline()
    {
        var complaint = ComplaintBuilder.Assigned();
        var events = complaint.Timeline.Count;

        complaint.MarkConfidential([ComplaintBuilder.Handler], "Klacht over een collega van het team.", ComplaintBuilder.Coordinator, ComplaintBuilder.Now);

        Assert.True(complaint.IsConfidential);
        Assert.Equal(["u-coord", "u-handler"], complaint.ConfidentialReaders.Select(r => r.StaffUserId).Order(StringComparer.Ordinal));
        var recorded = complaint.Timeline[^1];
        Assert.Equal(events + 1, complaint.Timeline.Count);
        Assert.Equal(TimelineEventKind.ConfidentialityChanged, recorded.Kind);
        Assert.Contains("Hans Behandelaar", recorded.What, StringComparison.Ordinal);
        Assert.Contains("Cora Coördinator", recorded.What, StringComparison.Ordinal);
        Assert.Equal("Klacht over een collega van het team.", recorded.Why);
        Assert.Equal(["u-coord", "u-handler"], CaseFacts.Of(complaint).ConfidentialReaderIds!.Order(StringComparer.Ordinal));
        Assert.Null(complaint.VerifyTimeline());
    }

    [Fact]
    public void The_handler_must_be_named_and_a_respondent_cannot_be()
    {
        var complaint = ComplaintBuilder.Assigned();
        var respondent = Actor.Staff("u-respondent", "Rik Beklaagde");
        complaint.AddRespondent(Guid.NewGuid(), respondent.Name, respondent.Id, null, ComplaintBuilder.Handler, ComplaintBuilder.Now);
        var events = complaint.Timeline.Count;

        var withoutHandler = Assert.Throws<DomainException>(() => complaint.MarkConfidential([], "Reden", ComplaintBuilder.Coordinator, ComplaintBuilder.Now));
        var withRespondent = Assert.Throws<DomainException>(() => complaint.MarkConfidential([ComplaintBuilder.Handler, respondent], "Reden", ComplaintBuilder.Coordinator, ComplaintBuilder.Now));
        var withoutReason = Assert.Throws<DomainException>(() => complaint.MarkConfidential([ComplaintBuilder.Handler], "  ", ComplaintBuilder.Coordinator, ComplaintBuilder.Now));

        Assert.Contains("Hans Behandelaar", withoutHandler.Message, StringComparison.Ordinal);
        Assert.Contains("Rik Beklaagde", withRespondent.Message, StringComparison.Ordinal);
        Assert.Contains("waarom", withoutReason.Message, StringComparison.Ordinal);
        Assert.False(complaint.IsConfidential);
        Assert.Equal(events, complaint.Timeline.Count);
    }

    [Fact]
    public void A_confidential_case_goes_only_to_a_handler_who_is_named()
    {
        var complaint = ComplaintBuilder.Register();
        var named = Actor.Staff("u-named", "Nina Genoemd");
        complaint.MarkConfidential([named], "Reden", ComplaintBuilder.Coordinator, ComplaintBuilder.Now);

        Assert.Throws<DomainException>(() => complaint.AssignHandler(ComplaintBuilder.Handler, ComplaintBuilder.Coordinator, ComplaintBuilder.Now));
        complaint.AssignHandler(named, ComplaintBuilder.Coordinator, ComplaintBuilder.Now);
        Assert.Equal("u-named", complaint.HandlerId);
    }

    [Fact]
    public void Changing_the_names_and_ending_are_recorded_and_nothing_new_is_refused()
    {
        var complaint = ComplaintBuilder.Assigned();
        complaint.MarkConfidential([ComplaintBuilder.Handler], "Reden", ComplaintBuilder.Coordinator, ComplaintBuilder.Now);

        Assert.Throws<DomainException>(() => complaint.MarkConfidential([ComplaintBuilder.Handler], "Reden", ComplaintBuilder.Coordinator, ComplaintBuilder.Now));
        complaint.MarkConfidential([ComplaintBuilder.Handler, ComplaintBuilder.Employee], "Reden", ComplaintBuilder.Coordinator, ComplaintBuilder.Now);
        Assert.StartsWith("Gewijzigd wie", complaint.Timeline[^1].What, StringComparison.Ordinal);
        Assert.Equal(3, complaint.ConfidentialReaders.Count);

        complaint.EndConfidentiality(ComplaintBuilder.Coordinator, ComplaintBuilder.Now);
        Assert.False(complaint.IsConfidential);
        Assert.Empty(complaint.ConfidentialReaders);
        Assert.Null(CaseFacts.Of(complaint).ConfidentialReaderIds);
        Assert.Throws<DomainException>(() => complaint.EndConfidentiality(ComplaintBuilder.Coordinator, ComplaintBuilder.Now));
    }

    private static StaffMember Member(string id, params StaffRole[] roles) =>
        new(id, Organisation, roles.ToHashSet(), new HashSet<Guid>());
}
