using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>Not handling (Awb 9:8, Bestuursdecreet II.77), forwarding and withdrawal.</summary>
public sealed class NotHandledTests
{
    /// <summary>
    /// NL 4 weeks: 2026-03-02 + 28 = 2026-03-30 (Mon); 2026-03-30 + 28 = 2026-04-27, King's Day: 28 April.
    /// VL 10 calendar days: 2026-03-02 + 10 = 2026-03-12 (Thu); 2026-03-04 + 10 = 2026-03-14 (Sat): 16 March;
    /// 2026-07-01 + 10 = 2026-07-11, a Saturday and the Flemish holiday: Monday 13 July.
    /// </summary>
    [Theory]
    [InlineData("NL-Awb", "2026-03-02", "2026-03-30")]
    [InlineData("NL-Awb", "2026-03-30", "2026-04-28")]
    [InlineData("VL-Bestuursdecreet", "2026-03-02", "2026-03-12")]
    [InlineData("VL-Bestuursdecreet", "2026-03-04", "2026-03-16")]
    [InlineData("VL-Bestuursdecreet", "2026-07-01", "2026-07-13")]
    public void The_not_handled_notice_term_counts_from_receipt(string profileKey, string received, string due)
    {
        var complaint = ReceivedOnDay(D(received), JurisdictionProfile.FromKey(profileKey));

        Assert.Equal(D(due), DeadlineOf(complaint, DeadlineKind.NotHandledNotice).DueOn);
    }

    [Fact]
    public void Not_handling_needs_personal_contact_first()
    {
        var complaint = Assigned();
        var planned = complaint.PlanContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Phone, Now.AddDays(1), Handler, Now);
        PersonalContact(complaint, ContactForm.Letter);
        complaint.RecordContact(Guid.NewGuid(), ContactParty.Respondent, ContactForm.Phone, Now, "Beklaagde gesproken.", false, Handler, Now);

        var ex = Assert.Throws<DomainException>(() => Perform(complaint, HandlingStep.NotHandle));

        Assert.Contains("persoonlijk contact", ex.Message, StringComparison.Ordinal);
        Assert.False(planned.IsHeld);
        Assert.False(complaint.HasPersonalContactWithComplainant);
        Assert.Equal(ComplaintStatus.Received, complaint.Status);
    }

    [Fact]
    public void A_letter_is_personal_contact_when_the_complainant_wants_written_contact_only()
    {
        var complaint = Assigned();
        complaint.SetWrittenContactPreference(true, Handler, Now);
        PersonalContact(complaint, ContactForm.Letter);

        Assert.True(complaint.HasPersonalContactWithComplainant);
        Perform(complaint, HandlingStep.NotHandle);
        Assert.Equal(ComplaintOutcome.NotHandled, complaint.Outcome);
    }

    [Theory]
    [InlineData("NL-Awb", "9:8-9")]
    [InlineData("NL-Awb", "II.77-1")]
    [InlineData("NL-Awb", "")]
    [InlineData("VL-Bestuursdecreet", "9:8-1b")]
    public void Only_a_ground_of_the_profile_is_accepted(string profileKey, string groundCode)
    {
        var profile = JurisdictionProfile.FromKey(profileKey);
        var complaint = WithContact(profile);
        var events = complaint.Timeline.Count;

        var ex = Assert.Throws<DomainException>(() => complaint.DecideNotToHandle(profile, groundCode, "Te oud.", Referral, Handler, Now));

        Assert.Contains("gronden", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Null(complaint.NotHandledGroundCode);
        Assert.Equal(events, complaint.Timeline.Count);
    }

    [Theory]
    [InlineData("NL-Awb", "9:8-2")]
    [InlineData("VL-Bestuursdecreet", "II.77-5")]
    public void Each_profile_accepts_its_own_grounds(string profileKey, string groundCode)
    {
        var profile = JurisdictionProfile.FromKey(profileKey);
        var complaint = WithContact(profile);

        complaint.DecideNotToHandle(profile, groundCode, "Zie de motivering in de brief.", new OmbudsmanReferral(profile.OmbudsmanName, profile.OmbudsmanTerm), Handler, Now);

        Assert.Equal(groundCode, complaint.NotHandledGroundCode);
        Assert.Equal(profile.OmbudsmanName, complaint.OmbudsmanName);
        Assert.Contains(profile.GroundFor(groundCode).Article, complaint.Timeline[^1].What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ", "de Nationale ombudsman", "binnen een jaar")]
    [InlineData("Te oud.", " ", "binnen een jaar")]
    [InlineData("Te oud.", "de Nationale ombudsman", "")]
    public void Not_handling_needs_a_motivation_and_the_ombudsman_referral(string motivation, string ombudsman, string term)
    {
        var complaint = WithContact(Nl);

        Assert.Throws<DomainException>(() => complaint.DecideNotToHandle(Nl, "9:8-1b", motivation, new OmbudsmanReferral(ombudsman, term), Handler, Now));

        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Empty(complaint.LetterTasks);
    }

    [Fact]
    public void Not_handling_asks_for_the_notice_letter_and_closing_waits_for_it()
    {
        var complaint = WithContact(Nl);
        complaint.RecordAcknowledgement("e-mail", Actor.System, Now);

        complaint.DecideNotToHandle(Nl, "9:8-1b", "De gedraging vond in 2024 plaats.", Referral, Handler, Now);

        Assert.Equal((ComplaintStatus.Closing, ComplaintOutcome.NotHandled), (complaint.Status, complaint.Outcome));
        Assert.Equal("De gedraging vond in 2024 plaats.", complaint.NotHandledMotivation);
        Assert.NotNull(DeadlineOf(complaint, DeadlineKind.Handling).MetOn);
        Assert.Null(DeadlineOf(complaint, DeadlineKind.NotHandledNotice).MetOn);
        Assert.Equal(D("2026-03-30"), complaint.NextDueOn);
        var task = Assert.Single(complaint.LetterTasks);
        Assert.Equal((LetterKind.NotHandledNotice, LetterRecipient.Complainant, true), (task.Kind, task.Recipient, task.Required));

        var ex = Assert.Throws<DomainException>(() => complaint.Close(Handler, Now));
        Assert.Contains("alle verplichte brieven zijn verstuurd", ex.Message, StringComparison.Ordinal);

        SendLetter(complaint, task, Now.AddDays(2));
        Assert.Equal(D("2026-03-05"), DeadlineOf(complaint, DeadlineKind.NotHandledNotice).MetOn);
        Assert.Throws<DomainException>(() => SendLetter(complaint, task, Now.AddDays(2)));

        complaint.Close(Handler, Now.AddDays(2));
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Null(complaint.NextDueOn);
    }

    [Fact]
    public void Handling_despite_a_ground_is_recorded_and_handling_goes_on()
    {
        var complaint = Assigned();

        complaint.HandleDespiteGround(Nl, "9:8-1b", "De klager kon niet eerder klagen door ziekte.", Handler, Now);

        Assert.Equal("9:8-1b", complaint.HandledDespiteGroundCode);
        Assert.Equal(TimelineEventKind.HandledDespiteGround, complaint.Timeline[^1].Kind);
        Assert.Equal("De klager kon niet eerder klagen door ziekte.", complaint.Timeline[^1].Why);
        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Investigating(complaint);
        Assert.Equal(ComplaintStatus.Investigating, complaint.Status);
        Assert.NotNull(DeadlineOf(complaint, DeadlineKind.NotHandledNotice).MetOn);
    }

    [Fact]
    public void Handling_despite_a_ground_needs_a_known_ground_a_motivation_and_an_early_stage()
    {
        var complaint = Assigned();
        var investigating = Investigating();

        Assert.Throws<DomainException>(() => complaint.HandleDespiteGround(Nl, "II.77-1", "Toch.", Handler, Now));
        Assert.Throws<DomainException>(() => complaint.HandleDespiteGround(Nl, "9:8-1b", " ", Handler, Now));
        Assert.Throws<DomainException>(() => investigating.HandleDespiteGround(Nl, "9:8-1b", "Toch.", Handler, Now));
        Assert.Null(investigating.HandledDespiteGroundCode);
    }

    [Fact]
    public void Forwarding_asks_for_a_required_notice_and_meets_every_term()
    {
        var complaint = Assigned();

        Perform(complaint, HandlingStep.Forward);

        Assert.Equal("Provincie Utrecht", complaint.ForwardedTo);
        Assert.All(complaint.Deadlines, d => Assert.NotNull(d.MetOn));
        var task = Assert.Single(complaint.LetterTasks);
        Assert.Equal((LetterKind.ForwardingNotice, true), (task.Kind, task.Required));
        Assert.Throws<DomainException>(() => complaint.Close(Handler, Now));
    }

    [Fact]
    public void A_withdrawal_confirmation_is_optional_so_the_complaint_closes_at_once()
    {
        var complaint = Register();

        Perform(complaint, HandlingStep.Withdraw);
        complaint.Close(Handler, Now);

        Assert.Equal((ComplaintStatus.Closed, ComplaintOutcome.Withdrawn), (complaint.Status, complaint.Outcome));
        var task = Assert.Single(complaint.LetterTasks);
        Assert.Equal((LetterKind.WithdrawalConfirmation, false), (task.Kind, task.Required));
    }

    private static Complaint WithContact(JurisdictionProfile profile)
    {
        var complaint = Assigned(Register(profile: profile));
        PersonalContact(complaint);
        return complaint;
    }
}
