using Gehoord.Domain.Complaints;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Complaints;

public sealed class LegalHoldTests
{
    [Fact]
    public void A_hold_is_recorded_with_its_reason_and_lifted_with_another()
    {
        var complaint = InStatus(ComplaintStatus.Closed);

        complaint.PlaceLegalHold("  Onderzoek door de Nationale ombudsman, dossier 2026/123. ", Coordinator, Now);
        Assert.True(complaint.IsOnLegalHold);
        Assert.Equal("Onderzoek door de Nationale ombudsman, dossier 2026/123.", complaint.LegalHoldReason);
        var placed = complaint.Timeline[^1];
        Assert.Equal((TimelineEventKind.LegalHoldPlaced, Coordinator.Id, complaint.LegalHoldReason), (placed.Kind, placed.ActorId, placed.Why));

        Assert.Throws<DomainException>(() => complaint.PlaceLegalHold("Nog een reden", Coordinator, Now));
        Assert.Throws<DomainException>(() => complaint.LiftLegalHold(" ", Coordinator, Now));

        complaint.LiftLegalHold("Het onderzoek is afgerond.", Coordinator, Now.AddDays(30));
        Assert.False(complaint.IsOnLegalHold);
        Assert.Equal(TimelineEventKind.LegalHoldLifted, complaint.Timeline[^1].Kind);
        Assert.Throws<DomainException>(() => complaint.LiftLegalHold("Nogmaals", Coordinator, Now));
    }

    [Fact]
    public void A_hold_needs_a_reason_of_reasonable_length()
    {
        var complaint = InStatus(ComplaintStatus.Closed);

        Assert.Throws<DomainException>(() => complaint.PlaceLegalHold("", Coordinator, Now));
        Assert.Throws<DomainException>(() => complaint.PlaceLegalHold(new string('x', Complaint.LegalHoldReasonMaxLength + 1), Coordinator, Now));
        Assert.False(complaint.IsOnLegalHold);
    }

    [Fact]
    public void The_retention_term_runs_from_the_local_closing_day_of_a_closed_complaint()
    {
        var closed = InStatus(ComplaintStatus.Closed);
        var open = InStatus(ComplaintStatus.Exploring);

        var closingDay = DateOnly.FromDateTime(closed.ClosedAt!.Value.Date);
        Assert.Equal(closingDay.AddYears(5), closed.RetentionDueOn(5, at => DateOnly.FromDateTime(at.Date)));
        Assert.Null(open.RetentionDueOn(5, at => DateOnly.FromDateTime(at.Date)));
    }
}

public sealed class AnonymisationTests
{
    private static DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(at.Date);

    [Fact]
    public void Only_a_closed_file_past_its_term_and_not_held_may_lose_its_personal_data()
    {
        var closed = ComplaintBuilder.InStatus(ComplaintStatus.Closed);
        var closedOn = Local(closed.ClosedAt!.Value);

        Assert.Throws<Gehoord.Domain.DomainException>(() => closed.EnsureMayAnonymise(5, closedOn.AddYears(5).AddDays(-1), Local));
        closed.EnsureMayAnonymise(5, closedOn.AddYears(5), Local);

        closed.PlaceLegalHold("Rechtszaak", ComplaintBuilder.Coordinator, ComplaintBuilder.Now);
        Assert.Throws<Gehoord.Domain.DomainException>(() => closed.EnsureMayAnonymise(5, closedOn.AddYears(6), Local));
        Assert.Throws<Gehoord.Domain.DomainException>(() => ComplaintBuilder.InStatus(ComplaintStatus.Exploring).EnsureMayAnonymise(1, closedOn.AddYears(6), Local));
    }

    [Fact]
    public void Anonymising_forgets_the_complainant_and_seals_the_timeline_again_naming_the_old_seal()
    {
        var complaint = ComplaintBuilder.InStatus(ComplaintStatus.Closed);
        Assert.Contains("J. de Vries", complaint.CitizenNames());
        var before = complaint.TimelineHash;

        complaint.CompleteAnonymisation(ComplaintBuilder.Coordinator, ComplaintBuilder.Now.AddYears(6));

        Assert.True(complaint.IsAnonymised);
        Assert.True(complaint.Complainant.IsAnonymous);
        Assert.Empty(complaint.CitizenNames());
        var last = complaint.Timeline[^1];
        Assert.Equal(TimelineEventKind.Anonymised, last.Kind);
        Assert.Contains(before!, last.What, StringComparison.Ordinal);
        Assert.Null(complaint.VerifyTimeline());
        Assert.Throws<Gehoord.Domain.DomainException>(() => complaint.EnsureMayAnonymise(1, new DateOnly(2099, 1, 1), Local));
    }
}

public sealed class ErasureOnRequestTests
{
    private static DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(at.Date);

    [Fact]
    public void A_public_body_keeps_a_closed_file_for_its_term_and_says_until_when()
    {
        var closed = ComplaintBuilder.InStatus(ComplaintStatus.Closed);
        var closedOn = Local(closed.ClosedAt!.Value);

        var refusal = Assert.Throws<Gehoord.Domain.DomainException>(() => closed.EnsureMayErase(Gehoord.Domain.Jurisdictions.JurisdictionProfileCode.NlAwb, 5, closedOn.AddDays(1), Local));
        Assert.Contains(closedOn.AddYears(5).ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture), refusal.Message, StringComparison.Ordinal);
        closed.EnsureMayErase(Gehoord.Domain.Jurisdictions.JurisdictionProfileCode.VlBestuursdecreet, 5, closedOn.AddYears(5), Local);
    }

    [Fact]
    public void A_body_under_its_own_rules_erases_at_once_but_never_an_open_or_held_complaint()
    {
        var closed = ComplaintBuilder.InStatus(ComplaintStatus.Closed);
        var closedOn = Local(closed.ClosedAt!.Value);
        closed.EnsureMayErase(Gehoord.Domain.Jurisdictions.JurisdictionProfileCode.Custom, 5, closedOn, Local);
        Assert.False(Gehoord.Domain.Privacy.Retention.ObligedToKeep(Gehoord.Domain.Jurisdictions.JurisdictionProfileCode.Custom));

        Assert.Throws<Gehoord.Domain.DomainException>(() => ComplaintBuilder.InStatus(ComplaintStatus.Exploring).EnsureMayErase(Gehoord.Domain.Jurisdictions.JurisdictionProfileCode.Custom, 5, closedOn, Local));
        closed.PlaceLegalHold("Rechtszaak over de lift", ComplaintBuilder.Coordinator, ComplaintBuilder.Now);
        Assert.Throws<Gehoord.Domain.DomainException>(() => closed.EnsureMayErase(Gehoord.Domain.Jurisdictions.JurisdictionProfileCode.Custom, 5, closedOn, Local));
    }

    [Fact]
    public void A_refusal_is_kept_in_the_timeline_with_its_reason()
    {
        var closed = ComplaintBuilder.InStatus(ComplaintStatus.Closed);
        closed.RecordErasureRefused("De wet verplicht ons het dossier te bewaren.", ComplaintBuilder.Coordinator, ComplaintBuilder.Now);
        Assert.Equal((TimelineEventKind.ErasureRefused, "De wet verplicht ons het dossier te bewaren."), (closed.Timeline[^1].Kind, closed.Timeline[^1].Why));
    }
}
