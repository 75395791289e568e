using Gehoord.Domain.Complaints;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>Awb 9:7 and Bestuursdecreet II.86: nobody handles a complaint about their own conduct.</summary>
public sealed class ImpartialityTests
{
    [Theory]
    [InlineData("assign")]
    [InlineData("take")]
    [InlineData("reassign")]
    public void A_respondent_with_a_staff_account_never_becomes_the_handler(string how)
    {
        var complaint = Register();
        var respondent = Actor.Staff("u-counter", "Piet Balie");
        complaint.AddRespondent(Guid.NewGuid(), respondent.Name, respondent.Id, null, Coordinator, Now);
        if (how == "reassign")
        {
            Assigned(complaint);
        }

        var handlerBefore = complaint.HandlerId;
        var events = complaint.Timeline.Count;

        var ex = Assert.Throws<DomainException>(() =>
        {
            switch (how)
            {
                case "take":
                    complaint.Take(respondent, Now);
                    break;
                case "reassign":
                    complaint.AssignHandler(respondent, Coordinator, Now, "Hans is ziek.");
                    break;
                default:
                    complaint.AssignHandler(respondent, Coordinator, Now);
                    break;
            }
        });

        Assert.Contains("9:7", ex.Message, StringComparison.Ordinal);
        Assert.Equal(handlerBefore, complaint.HandlerId);
        Assert.Equal(events, complaint.Timeline.Count);
    }

    [Fact]
    public void The_handler_is_never_added_as_a_respondent()
    {
        var complaint = Assigned();

        var ex = Assert.Throws<DomainException>(() => complaint.AddRespondent(Guid.NewGuid(), "Hans Behandelaar", Handler.Id, null, Coordinator, Now));

        Assert.Contains("9:7", ex.Message, StringComparison.Ordinal);
        Assert.Empty(complaint.Respondents);
        Assert.False(complaint.IsRespondent(Handler.Id));
    }

    [Fact]
    public void The_same_staff_member_is_not_added_twice_as_respondent()
    {
        var complaint = Register();
        complaint.AddRespondent(Guid.NewGuid(), "Piet Balie", "u-counter", null, Coordinator, Now);

        Assert.Throws<DomainException>(() => complaint.AddRespondent(Guid.NewGuid(), "P. Balie", "u-counter", null, Coordinator, Now));
        Assert.Single(complaint.Respondents);
    }

    [Fact]
    public void Take_makes_the_staff_member_handler_of_an_unassigned_complaint()
    {
        var complaint = Register();

        complaint.Take(Handler, Now);

        Assert.Equal(Handler.Id, complaint.HandlerId);
        Assert.Equal(Handler.Name, complaint.Timeline[^1].ActorName);
        Assert.Equal(TimelineEventKind.HandlerAssigned, complaint.Timeline[^1].Kind);
    }

    [Fact]
    public void Take_is_refused_once_someone_handles_the_complaint()
    {
        var complaint = Assigned();
        var other = Actor.Staff("u-other", "Olga Anders");
        var events = complaint.Timeline.Count;

        var ex = Assert.Throws<DomainException>(() => complaint.Take(other, Now));

        Assert.Contains(Handler.Name, ex.Message, StringComparison.Ordinal);
        Assert.Equal(Handler.Id, complaint.HandlerId);
        Assert.Equal(events, complaint.Timeline.Count);
    }

    [Fact]
    public void Assigning_the_current_handler_again_is_refused()
    {
        var complaint = Assigned();

        Assert.Throws<DomainException>(() => complaint.AssignHandler(Handler, Coordinator, Now, "nogmaals"));
    }
}
