using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>Personal contact (seed 001 §4.3) and solving with the controlevraag (Awb 9:5).</summary>
public sealed class ContactAndSolutionTests
{
    [Theory]
    [InlineData(ContactParty.Complainant, ContactForm.Phone, false, true)]
    [InlineData(ContactParty.Complainant, ContactForm.Meeting, false, true)]
    [InlineData(ContactParty.Complainant, ContactForm.Video, false, true)]
    [InlineData(ContactParty.Complainant, ContactForm.Letter, false, false)]
    [InlineData(ContactParty.Complainant, ContactForm.Letter, true, true)]
    [InlineData(ContactParty.Respondent, ContactForm.Phone, false, false)]
    public void Personal_contact_with_the_complainant_meets_the_personal_contact_term(ContactParty party, ContactForm form, bool prefersWritten, bool meets)
    {
        var complaint = Assigned();
        complaint.SetWrittenContactPreference(prefersWritten, Handler, Now);
        var heldAt = Now.AddMinutes(-30);

        complaint.RecordContact(Guid.NewGuid(), party, form, heldAt, "Gebeld over de klacht.", false, Handler, Now);

        var personalContact = DeadlineOf(complaint, DeadlineKind.PersonalContact);
        Assert.Equal(meets ? D("2026-03-03") : null, personalContact.MetOn);
        Assert.Equal(meets, complaint.HasPersonalContactWithComplainant);
    }

    [Theory]
    [InlineData(ContactForm.Phone)]
    [InlineData(ContactForm.Meeting)]
    [InlineData(ContactForm.Video)]
    public void A_complainant_who_wants_written_contact_is_not_called(ContactForm form)
    {
        var complaint = Assigned();
        complaint.SetWrittenContactPreference(true, Handler, Now);

        Assert.Throws<DomainException>(() => complaint.PlanContact(Guid.NewGuid(), ContactParty.Complainant, form, Now.AddDays(1), Handler, Now));
        Assert.Throws<DomainException>(() => complaint.RecordContact(Guid.NewGuid(), ContactParty.Complainant, form, Now, "Gebeld.", false, Handler, Now));
        Assert.Empty(complaint.ContactMoments);
        complaint.PlanContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Letter, Now.AddDays(1), Handler, Now);
        complaint.PlanContact(Guid.NewGuid(), ContactParty.Respondent, form, Now.AddDays(1), Handler, Now);
    }

    [Fact]
    public void A_planned_contact_held_later_keeps_its_id()
    {
        var complaint = Assigned();
        var id = Guid.NewGuid();
        var planned = complaint.PlanContact(id, ContactParty.Complainant, ContactForm.Phone, Now.AddDays(1), Handler, Now);
        Assert.False(planned.IsHeld);

        var later = Now.AddDays(1).AddMinutes(15);
        var held = complaint.RecordContact(id, ContactParty.Complainant, ContactForm.Phone, later, "Klager wil excuses.", true, Handler, later);

        Assert.Same(planned, held);
        Assert.Equal(id, Assert.Single(complaint.ContactMoments).Id);
        Assert.Equal(Now.AddDays(1), held.PlannedFor);
        Assert.Equal(later, held.HeldAt);
        Assert.True(held.SoundRecordingAnnounced);
        Assert.Equal(D("2026-03-04"), DeadlineOf(complaint, DeadlineKind.PersonalContact).MetOn);
        Assert.Throws<DomainException>(() => complaint.RecordContact(id, ContactParty.Complainant, ContactForm.Phone, later, "Nog eens.", false, Handler, later));
    }

    [Fact]
    public void A_contact_is_recorded_only_once_it_happened_and_with_a_summary()
    {
        var complaint = Assigned();

        Assert.Throws<DomainException>(() => complaint.RecordContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Phone, Now.AddHours(1), "Gebeld.", false, Handler, Now));
        Assert.Throws<DomainException>(() => complaint.RecordContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Phone, Now, " ", false, Handler, Now));
        Assert.Empty(complaint.ContactMoments);
    }

    [Fact]
    public void The_controlevraag_comes_after_the_solution()
    {
        var complaint = Resolving();

        Assert.Throws<DomainException>(() => complaint.RecordSatisfactionCheck(true, true, null, ReceivedOn, Handler, Now));
        RecordSolution(complaint);
        Assert.Throws<DomainException>(() => complaint.RecordSatisfactionCheck(true, true, null, D("2026-03-04"), Handler, Now));
        complaint.RecordSatisfactionCheck(true, true, "Tevreden.", D("2026-03-03"), Handler, Now);
        Assert.Equal(D("2026-03-03"), complaint.SatisfactionCheckedOn);
    }

    [Theory]
    [InlineData(true, true, true, true)]
    [InlineData(false, true, true, false)]
    [InlineData(true, false, true, false)]
    [InlineData(false, false, true, false)]
    [InlineData(true, true, false, false)]
    public void Closing_as_resolved_needs_a_satisfied_complainant_everything_covered_and_a_lesson(bool satisfied, bool covered, bool lesson, bool allowed)
    {
        var complaint = Resolving();
        RecordSolution(complaint);
        complaint.RecordSatisfactionCheck(satisfied, covered, null, ReceivedOn, Handler, Now);
        if (lesson)
        {
            RecordLesson(complaint);
        }

        if (allowed)
        {
            complaint.CloseAsResolved(Handler, Now);
            Assert.Equal((ComplaintStatus.Closing, ComplaintOutcome.Resolved), (complaint.Status, complaint.Outcome));
            Assert.All(complaint.Deadlines, d => Assert.NotNull(d.MetOn));
            var task = Assert.Single(complaint.LetterTasks);
            Assert.Equal((LetterKind.ClosingAfterSolution, false), (task.Kind, task.Required));
            complaint.Close(Handler, Now);
            Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        }
        else
        {
            Assert.Throws<DomainException>(() => complaint.CloseAsResolved(Handler, Now));
            Assert.Equal(ComplaintStatus.Resolving, complaint.Status);
        }
    }

    [Theory]
    [InlineData(null, "Mevrouw K. Jansen")]
    [InlineData("Belastingdienst", null)]
    [InlineData(" ", " ")]
    public void A_warm_referral_names_the_other_body_and_the_person_there(string? body, string? contact)
    {
        var complaint = Resolving();

        Assert.Throws<DomainException>(() => complaint.RecordSolution(SolutionMeasures.WarmReferral, "Doorverwezen.", null, body, contact, null, null, Handler, Now));
        Assert.Null(complaint.SolutionRecordedOn);
    }

    [Fact]
    public void A_warm_referral_closes_as_referred()
    {
        var complaint = Resolving();
        complaint.RecordSolution(SolutionMeasures.WarmReferral | SolutionMeasures.Explanation, "Samen de Belastingdienst gebeld.", null, " Belastingdienst ", " Mevrouw K. Jansen ", null, null, Handler, Now);
        complaint.RecordSatisfactionCheck(true, true, null, ReceivedOn, Handler, Now);
        RecordLesson(complaint);

        complaint.CloseAsResolved(Handler, Now);

        Assert.Equal(ComplaintOutcome.Referred, complaint.Outcome);
        Assert.Equal(("Belastingdienst", "Mevrouw K. Jansen"), (complaint.ReferralBody, complaint.ReferralContact));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-25)]
    public void Compensation_needs_an_amount(int? amount)
    {
        var complaint = Resolving();

        Assert.Throws<DomainException>(() => complaint.RecordSolution(SolutionMeasures.Compensation, "Kosten vergoed.", amount, null, null, null, null, Handler, Now));
        Assert.Null(complaint.CompensationAmount);
    }

    [Fact]
    public void The_amount_is_kept_with_compensation_only()
    {
        var withCompensation = Resolving();
        var withoutCompensation = Resolving();

        withCompensation.RecordSolution(SolutionMeasures.Compensation | SolutionMeasures.Apology, "Parkeerkosten vergoed.", 12.50m, null, null, null, null, Handler, Now);
        withoutCompensation.RecordSolution(SolutionMeasures.Apology, "Excuses gemaakt.", 12.50m, null, null, null, null, Handler, Now);

        Assert.Equal(12.50m, withCompensation.CompensationAmount);
        Assert.Contains("€ 12", withCompensation.Timeline[^1].What, StringComparison.Ordinal);
        Assert.Null(withoutCompensation.CompensationAmount);
    }

    [Fact]
    public void A_solution_needs_a_measure_a_description_and_the_resolving_stage()
    {
        var complaint = Resolving();

        Assert.Throws<DomainException>(() => complaint.RecordSolution(SolutionMeasures.None, "Niets.", null, null, null, null, null, Handler, Now));
        Assert.Throws<DomainException>(() => complaint.RecordSolution(SolutionMeasures.Apology, " ", null, null, null, null, null, Handler, Now));
        Assert.Throws<DomainException>(() => RecordSolution(Exploring()));
        Assert.Null(complaint.SolutionRecordedOn);
    }
}
