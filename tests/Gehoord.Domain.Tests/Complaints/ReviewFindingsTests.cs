using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>What a planned contact turned out to be, and what deciding to handle anyway does to the notice term.</summary>
public sealed class ReviewFindingsTests
{
    [Fact]
    public void A_planned_phone_call_that_became_a_letter_is_stored_as_a_letter_and_is_no_personal_contact()
    {
        var complaint = Exploring();
        var planned = complaint.PlanContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Phone, Now.AddHours(-2), Handler, Now);

        var held = complaint.RecordContact(planned.Id, ContactParty.Complainant, ContactForm.Letter, Now.AddHours(-1), "Niet bereikt; brief gestuurd.", soundRecordingAnnounced: false, Handler, Now);

        Assert.Same(planned, held);
        Assert.Equal(ContactForm.Letter, held.Form);
        Assert.False(complaint.HasPersonalContactWithComplainant);
        Assert.Null(DeadlineOf(complaint, DeadlineKind.PersonalContact).MetOn);
    }

    [Fact]
    public void A_planned_contact_recorded_in_a_form_the_complainant_refused_is_refused()
    {
        var complaint = Exploring();
        var planned = complaint.PlanContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Letter, Now.AddHours(-2), Handler, Now);
        complaint.SetWrittenContactPreference(true, Handler, Now);

        Assert.Throws<DomainException>(() => complaint.RecordContact(planned.Id, ContactParty.Complainant, ContactForm.Phone, Now.AddHours(-1), "Toch gebeld.", false, Handler, Now));
        Assert.False(planned.IsHeld);
    }

    [Fact]
    public void Deciding_to_handle_anyway_meets_the_not_handled_notice_term()
    {
        var complaint = Exploring();
        Assert.Null(DeadlineOf(complaint, DeadlineKind.NotHandledNotice).MetOn);

        complaint.HandleDespiteGround(Nl, "9:8-1b", "De klager kon niet eerder klagen door ziekte.", Handler, Now);

        Assert.Equal(DateOnly.FromDateTime(Now.DateTime), DeadlineOf(complaint, DeadlineKind.NotHandledNotice).MetOn);
        Assert.NotEqual(DeadlineOf(complaint, DeadlineKind.NotHandledNotice).DueOn, complaint.NextDueOn);
    }
}
