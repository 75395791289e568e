using Gehoord.Domain.Complaints;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>
/// <see cref="Complaint.EveryoneInvitedToBeHeard"/>: the investigation page keeps "invite" open
/// until the complainant and every respondent have an invitation (Awb 9:10).
/// </summary>
public sealed class HearingInvitationTests
{
    [Fact]
    public void Inviting_stays_open_until_the_complainant_and_each_respondent_are_invited()
    {
        var complaint = Investigating();
        var counter = complaint.AddRespondent(Guid.NewGuid(), "Baliemedewerker P.", "u-counter", null, Coordinator, Now);
        var lead = complaint.AddRespondent(Guid.NewGuid(), "Teamleider T.", "u-lead", null, Coordinator, Now);
        Assert.False(complaint.EveryoneInvitedToBeHeard);

        complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Complainant, null, HearingForm.InPerson, new DateOnly(2026, 3, 3), null, Handler, Now);
        Assert.False(complaint.EveryoneInvitedToBeHeard);

        complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Respondent, counter.Id, HearingForm.Phone, new DateOnly(2026, 3, 3), null, Handler, Now);
        Assert.False(complaint.EveryoneInvitedToBeHeard);

        complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Respondent, lead.Id, HearingForm.Phone, new DateOnly(2026, 3, 3), null, Handler, Now);
        Assert.True(complaint.EveryoneInvitedToBeHeard);
    }

    [Fact]
    public void A_complainant_not_heard_for_a_reason_in_the_law_needs_no_invitation()
    {
        var complaint = Investigating();
        complaint.WaiveComplainantHearing(HearingWaiverReason.ComplainantDeclined, "De klager ziet af van horen.", Handler, Now);
        Assert.True(complaint.EveryoneInvitedToBeHeard);
    }
}
