using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Tests.Complaints;

public sealed class ComplaintTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly Actor Employee = Actor.Staff("u-employee", "Eva Medewerker");
    private static readonly Actor Handler = Actor.Staff("u-handler", "Hans Behandelaar");
    private static readonly Actor Coordinator = Actor.Staff("u-coord", "Cora Coördinator");

    private static Complaint NewComplaint(
        Channel channel = Channel.WebForm,
        Complainant? complainant = null,
        ComplaintKind kind = ComplaintKind.Complaint,
        DateOnly? receivedOn = null) =>
        Complaint.Register(
            Guid.NewGuid(),
            Guid.NewGuid(),
            new ReferenceNumber(2026, 123),
            TrackingCode.New(),
            new ComplaintRegistration(
                channel,
                kind,
                receivedOn ?? new DateOnly(2026, 3, 2),
                "  Ik wacht al vier weken op een antwoord over mijn vergunning.  ",
                complainant ?? new Complainant(Name: "J. de Vries", Email: "j.devries@example.org")),
            JurisdictionProfile.NlAwb,
            Employee,
            Now);

    [Fact]
    public void Registration_starts_at_received_on_the_front_line_with_one_timeline_event()
    {
        var complaint = NewComplaint();

        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Equal(LadderStep.Frontline, complaint.LadderStep);
        Assert.Equal("2026-000123", complaint.Reference.ToString());
        Assert.Equal("Ik wacht al vier weken op een antwoord over mijn vergunning.", complaint.Description);
        var registered = Assert.Single(complaint.Timeline);
        Assert.Equal(TimelineEventKind.Registered, registered.Kind);
        Assert.Equal("Eva Medewerker", registered.ActorName);
        Assert.Equal(Now, registered.At);
    }

    [Fact]
    public void Written_complaint_gets_all_four_deadlines_counted_from_the_date_of_receipt()
    {
        var complaint = NewComplaint(receivedOn: new DateOnly(2026, 3, 2));

        var kinds = complaint.Deadlines.Select(d => d.Kind).ToHashSet();
        Assert.Equal(
            [DeadlineKind.Acknowledgement, DeadlineKind.PersonalContact, DeadlineKind.NotHandledNotice, DeadlineKind.Handling],
            kinds.Order());
        var handling = complaint.Deadlines.Single(d => d.Kind == DeadlineKind.Handling);
        Assert.Equal(JurisdictionProfile.NlAwb.HandlingDeadline(new DateOnly(2026, 3, 2), false).DueOn, handling.DueOn);
        Assert.Equal(complaint.Deadlines.Min(d => d.DueOn), complaint.NextDueOn);
    }

    [Fact]
    public void Oral_complaint_needs_no_acknowledgement()
    {
        var complaint = NewComplaint(Channel.Phone);

        Assert.DoesNotContain(complaint.Deadlines, d => d.Kind == DeadlineKind.Acknowledgement);
        Assert.Contains(complaint.Deadlines, d => d.Kind == DeadlineKind.Handling);
    }

    [Fact]
    public void Written_complaint_without_any_way_to_reply_is_registered_as_a_signal_without_deadlines()
    {
        var complaint = NewComplaint(complainant: Complainant.Anonymous);

        Assert.Equal(ComplaintKind.Signal, complaint.Kind);
        Assert.True(complaint.Complainant.IsAnonymous);
        Assert.Empty(complaint.Deadlines);
        Assert.Null(complaint.NextDueOn);
    }

    [Fact]
    public void Empty_strings_from_a_form_become_missing_values()
    {
        var complaint = NewComplaint(complainant: new Complainant(Name: "  ", Email: " a@b.nl ", PostalCode: " 1234 ab ", Representative: new Representative(" ", "")));

        Assert.Null(complaint.Complainant.Name);
        Assert.Equal("a@b.nl", complaint.Complainant.Email);
        Assert.Equal("1234 AB", complaint.Complainant.PostalCode);
        Assert.Null(complaint.Complainant.Representative);
    }

    [Fact]
    public void A_representative_who_can_be_reached_makes_the_complaint_answerable()
    {
        var complaint = NewComplaint(complainant: new Complainant(Representative: new Representative("M. Jansen", Phone: "0612345678", Relationship: "mantelzorger")));

        Assert.Equal(ComplaintKind.Complaint, complaint.Kind);
        Assert.False(complaint.Complainant.IsAnonymous);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void The_story_is_the_only_required_input(string description)
    {
        var ex = Assert.Throws<DomainException>(() => Complaint.Register(
            Guid.NewGuid(), Guid.NewGuid(), new ReferenceNumber(2026, 1), TrackingCode.New(),
            new ComplaintRegistration(Channel.Phone, ComplaintKind.Complaint, new DateOnly(2026, 3, 2), description),
            JurisdictionProfile.NlAwb, Employee, Now));
        Assert.Contains("Beschrijf", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_of_receipt_in_the_future_is_refused()
    {
        Assert.Throws<DomainException>(() => NewComplaint(receivedOn: new DateOnly(2026, 3, 4)));
    }

    [Fact]
    public void Date_of_receipt_may_lie_before_registration()
    {
        var complaint = NewComplaint(receivedOn: new DateOnly(2026, 2, 20));

        Assert.Equal(new DateOnly(2026, 2, 20), complaint.ReceivedOn);
        Assert.True(DateOnly.FromDateTime(complaint.RegisteredAt.DateTime) > complaint.ReceivedOn);
    }

    [Fact]
    public void Resolved_on_the_spot_closes_at_ladder_tree_one_and_meets_every_deadline()
    {
        var complaint = NewComplaint(Channel.Counter);

        complaint.ResolveOnTheSpot("Paspoort niet klaar terwijl dat was beloofd.", "Excuses aangeboden en direct laten afdrukken.", Employee, Now.AddMinutes(5));

        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Equal(ComplaintOutcome.ResolvedOnTheSpot, complaint.Outcome);
        Assert.Equal(LadderStep.Frontline, complaint.LadderStep);
        Assert.All(complaint.Deadlines, d => Assert.NotNull(d.MetOn));
        Assert.Null(complaint.NextDueOn);
        Assert.Equal(TimelineEventKind.ResolvedOnTheSpot, complaint.Timeline[^1].Kind);
    }

    [Fact]
    public void Resolving_on_the_spot_needs_what_was_done()
    {
        var complaint = NewComplaint(Channel.Counter);

        Assert.Throws<DomainException>(() => complaint.ResolveOnTheSpot("Lang gewacht", " ", Employee, Now));
        Assert.Equal(ComplaintStatus.Received, complaint.Status);
    }

    [Fact]
    public void An_assigned_complaint_can_no_longer_be_resolved_on_the_spot()
    {
        var complaint = NewComplaint();
        complaint.AssignHandler(Handler, Coordinator, Now);

        Assert.Throws<DomainException>(() => complaint.ResolveOnTheSpot("x", "y", Employee, Now));
    }

    [Fact]
    public void A_respondent_can_never_become_the_handler()
    {
        var complaint = NewComplaint();
        complaint.AddRespondent(Guid.NewGuid(), "Hans Behandelaar", Handler.Id, null, Coordinator, Now);

        var ex = Assert.Throws<DomainException>(() => complaint.AssignHandler(Handler, Coordinator, Now));

        Assert.Contains("9:7", ex.Message, StringComparison.Ordinal);
        Assert.Null(complaint.HandlerId);
    }

    [Fact]
    public void The_handler_can_never_be_added_as_a_respondent()
    {
        var complaint = NewComplaint();
        complaint.AssignHandler(Handler, Coordinator, Now);

        Assert.Throws<DomainException>(() => complaint.AddRespondent(Guid.NewGuid(), "Hans", Handler.Id, null, Coordinator, Now));
        Assert.Empty(complaint.Respondents);
    }

    [Fact]
    public void A_respondent_without_an_account_is_allowed_next_to_any_handler()
    {
        var complaint = NewComplaint();
        complaint.AssignHandler(Handler, Coordinator, Now);

        var respondent = complaint.AddRespondent(Guid.NewGuid(), "Afdeling Vergunningen", null, Guid.NewGuid(), Coordinator, Now);

        Assert.Same(respondent, Assert.Single(complaint.Respondents));
    }

    [Fact]
    public void Reassignment_requires_a_reason_which_is_kept_in_the_timeline()
    {
        var complaint = NewComplaint();
        complaint.AssignHandler(Handler, Coordinator, Now);
        var other = Actor.Staff("u-other", "Olga Anders");

        Assert.Throws<DomainException>(() => complaint.AssignHandler(other, Coordinator, Now));
        complaint.AssignHandler(other, Coordinator, Now, "Hans is met verlof");

        Assert.Equal("u-other", complaint.HandlerId);
        var last = complaint.Timeline[^1];
        Assert.Equal(TimelineEventKind.HandlerAssigned, last.Kind);
        Assert.Equal("Hans is met verlof", last.Why);
        Assert.Contains("Hans Behandelaar", last.What, StringComparison.Ordinal);
    }

    [Fact]
    public void Exploration_needs_a_handler_and_moves_the_complaint_to_tree_two()
    {
        var complaint = NewComplaint();
        Assert.Throws<DomainException>(() => complaint.StartExploration(Handler, Now));

        complaint.AssignHandler(Handler, Coordinator, Now);
        complaint.StartExploration(Handler, Now);

        Assert.Equal(ComplaintStatus.Exploring, complaint.Status);
        Assert.Equal(LadderStep.Internal, complaint.LadderStep);
        Assert.Throws<DomainException>(() => complaint.StartExploration(Handler, Now));
    }

    [Fact]
    public void A_signal_is_not_explored()
    {
        var complaint = NewComplaint(kind: ComplaintKind.Signal, channel: Channel.Survey);
        complaint.AssignHandler(Handler, Coordinator, Now);

        Assert.Throws<DomainException>(() => complaint.StartExploration(Handler, Now));
    }

    [Fact]
    public void Closed_complaints_accept_no_changes()
    {
        var complaint = NewComplaint(Channel.Counter);
        complaint.ResolveOnTheSpot("a", "b", Employee, Now);

        Assert.Throws<DomainException>(() => complaint.AssignHandler(Handler, Coordinator, Now));
        Assert.Throws<DomainException>(() => complaint.AddPart(Guid.NewGuid(), "x", Handler, Now));
        Assert.Throws<DomainException>(() => complaint.AddRespondent(Guid.NewGuid(), "x", null, null, Handler, Now));
    }

    [Fact]
    public void Parts_are_numbered_in_order()
    {
        var complaint = NewComplaint();

        complaint.AddPart(Guid.NewGuid(), "Niet teruggebeld", Handler, Now);
        complaint.AddPart(Guid.NewGuid(), "Onvriendelijk te woord gestaan", Handler, Now);

        Assert.Equal([1, 2], complaint.Parts.Select(p => p.Number));
    }

    [Fact]
    public void Acknowledgement_is_recorded_once_and_stops_that_deadline_signalling()
    {
        var complaint = NewComplaint();
        var ackDue = complaint.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledgement).DueOn;

        complaint.RecordAcknowledgement("e-mail", Actor.System, Now);

        Assert.NotNull(complaint.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledgement).MetOn);
        Assert.Equal(complaint.Deadlines.Where(d => d.MetOn is null).Min(d => d.DueOn), complaint.NextDueOn);
        Assert.NotEqual(ackDue, complaint.NextDueOn);
        Assert.Throws<DomainException>(() => complaint.RecordAcknowledgement("e-mail", Actor.System, Now));
    }

    [Fact]
    public void Timeline_only_grows()
    {
        var complaint = NewComplaint();
        var first = complaint.Timeline[0];

        complaint.AssignHandler(Handler, Coordinator, Now.AddHours(1));
        complaint.AddPart(Guid.NewGuid(), "Te laat", Handler, Now.AddHours(2));

        Assert.Equal(3, complaint.Timeline.Count);
        Assert.Same(first, complaint.Timeline[0]);
        Assert.True(complaint.Timeline.Zip(complaint.Timeline.Skip(1)).All(p => p.First.At <= p.Second.At));
    }
}
