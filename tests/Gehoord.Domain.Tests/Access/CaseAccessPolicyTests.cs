using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;

namespace Gehoord.Domain.Tests.Access;

/// <summary>Need-to-know (ADR 10): each row is a person, a case and what they may do with it.</summary>
public sealed class CaseAccessPolicyTests
{
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly Guid Wmo = Guid.NewGuid();
    private static readonly Guid Burgerzaken = Guid.NewGuid();

    private static readonly CaseFacts Case = new(
        Organisation,
        HandlerId: "u-handler",
        RegisteredById: "u-employee",
        UnitIds: [Wmo],
        RespondentStaffIds: ["u-respondent"],
        EscalatedToId: null,
        AdvisoryCommittee: false,
        HandedOver: true);

    public static TheoryData<string, CaseFacts, CaseAccessLevel> Levels => new()
    {
        { "handler", Case, CaseAccessLevel.Handle },
        { "other-handler", Case, CaseAccessLevel.Handle },
        { "coordinator", Case, CaseAccessLevel.Handle },
        { "manager-wmo", Case, CaseAccessLevel.Read },
        { "manager-burgerzaken", Case, CaseAccessLevel.None },
        { "manager-burgerzaken", Case with { EscalatedToId = "u-manager-burgerzaken" }, CaseAccessLevel.Read },
        { "committee", Case, CaseAccessLevel.None },
        { "committee", Case with { AdvisoryCommittee = true }, CaseAccessLevel.Read },
        { "employee", Case, CaseAccessLevel.Status },
        { "employee", Case with { HandedOver = false, HandlerId = null }, CaseAccessLevel.Read },
        { "other-employee", Case, CaseAccessLevel.None },
        { "administrator", Case, CaseAccessLevel.None },
        { "installation", Case, CaseAccessLevel.None },
        { "respondent-coordinator", Case, CaseAccessLevel.None },
        { "respondent-coordinator", Case with { RespondentStaffIds = [] }, CaseAccessLevel.Handle },
        { "coordinator-elsewhere", Case, CaseAccessLevel.None },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void Each_person_sees_what_their_work_needs(string person, CaseFacts @case, CaseAccessLevel expected)
    {
        var decision = CaseAccessPolicy.Decide(People[person], @case);

        Assert.Equal(expected, decision.Level);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
        Assert.Equal(expected != CaseAccessLevel.None, CaseAccessPolicy.ListScope(People[person]).Includes(@case));
    }

    [Theory]
    [InlineData("handler", CaseAction.Handle, true)]
    [InlineData("handler", CaseAction.MeetLegalTerm, true)]
    [InlineData("other-handler", CaseAction.Read, true)]
    [InlineData("other-handler", CaseAction.Handle, false)]
    [InlineData("other-handler", CaseAction.MeetLegalTerm, false)]
    [InlineData("coordinator", CaseAction.MeetLegalTerm, true)]
    [InlineData("coordinator", CaseAction.ImposeConductArrangement, true)]
    [InlineData("manager-wmo", CaseAction.Read, true)]
    [InlineData("manager-wmo", CaseAction.Handle, false)]
    [InlineData("manager-wmo", CaseAction.ImposeConductArrangement, true)]
    [InlineData("employee", CaseAction.SeeStatus, true)]
    [InlineData("employee", CaseAction.Read, false)]
    [InlineData("employee", CaseAction.MeetLegalTerm, false)]
    [InlineData("respondent-coordinator", CaseAction.SeeStatus, false)]
    [InlineData("respondent-coordinator", CaseAction.ImposeConductArrangement, false)]
    [InlineData("administrator", CaseAction.SeeStatus, false)]
    public void Changing_a_case_also_needs_the_role_that_does_that_work(string person, CaseAction action, bool allowed) =>
        Assert.Equal(allowed, CaseAccessPolicy.May(People[person], Case, action).Level != CaseAccessLevel.None);

    [Fact]
    public void The_committee_records_advice_only_on_cases_it_advises_on()
    {
        var committee = People["committee"];

        Assert.Equal(CaseAccessLevel.None, CaseAccessPolicy.May(committee, Case, CaseAction.Advise).Level);
        Assert.Equal(CaseAccessLevel.Read, CaseAccessPolicy.May(committee, Case with { AdvisoryCommittee = true }, CaseAction.Advise).Level);
        Assert.Equal(CaseAccessLevel.None, CaseAccessPolicy.May(committee, Case with { AdvisoryCommittee = true }, CaseAction.Handle).Level);
    }

    [Theory]
    [InlineData(ComplaintStatus.Received, null, ComplaintOutcome.None, false)]
    [InlineData(ComplaintStatus.Received, "u-handler", ComplaintOutcome.None, true)]
    [InlineData(ComplaintStatus.Exploring, null, ComplaintOutcome.None, true)]
    [InlineData(ComplaintStatus.Closed, null, ComplaintOutcome.ResolvedOnTheSpot, false)]
    [InlineData(ComplaintStatus.Closed, "u-handler", ComplaintOutcome.Resolved, true)]
    public void A_registration_is_handed_over_once_a_handler_has_it_or_handling_started(ComplaintStatus status, string? handler, ComplaintOutcome outcome, bool handedOver) =>
        Assert.Equal(handedOver, CaseAccessPolicy.IsHandedOver(status, handler, outcome));

    [Fact]
    public void A_respondent_is_told_why_in_plain_words()
    {
        var decision = CaseAccessPolicy.May(People["respondent-coordinator"], Case, CaseAction.Read);

        Assert.Equal(CaseAccessPolicy.RespondentReason, decision.Reason);
    }

    private static readonly Dictionary<string, StaffMember> People = new(StringComparer.Ordinal)
    {
        ["handler"] = Member("u-handler", StaffRole.Handler),
        ["other-handler"] = Member("u-handler-2", StaffRole.Handler),
        ["coordinator"] = Member("u-coordinator", StaffRole.Coordinator),
        ["manager-wmo"] = Member("u-manager-wmo", StaffRole.Manager) with { ManagedUnitIds = new HashSet<Guid> { Wmo } },
        ["manager-burgerzaken"] = Member("u-manager-burgerzaken", StaffRole.Manager) with { ManagedUnitIds = new HashSet<Guid> { Burgerzaken } },
        ["committee"] = Member("u-committee", StaffRole.Committee),
        ["employee"] = Member("u-employee", StaffRole.Employee),
        ["other-employee"] = Member("u-employee-2", StaffRole.Employee),
        ["administrator"] = Member("u-admin", StaffRole.Administrator, StaffRole.Employee),
        ["installation"] = Member("u-installation", StaffRole.InstallationAdministrator),
        ["respondent-coordinator"] = Member("u-respondent", StaffRole.Coordinator, StaffRole.Committee, StaffRole.Manager),
        ["coordinator-elsewhere"] = Member("u-elsewhere", StaffRole.Coordinator) with { OrganisationId = Guid.NewGuid() },
    };

    private static StaffMember Member(string id, params StaffRole[] roles) =>
        new(id, Organisation, roles.ToHashSet(), new HashSet<Guid>());
}
