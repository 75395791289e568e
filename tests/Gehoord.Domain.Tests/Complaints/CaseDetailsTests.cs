using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;
using static Gehoord.Domain.Tests.TestDates;

namespace Gehoord.Domain.Tests.Complaints;

/// <summary>Registration that cannot lose a complaint, details corrected afterwards, notes, urgency, and "to do now".</summary>
public sealed class CaseDetailsTests
{
    [Fact]
    public void A_letter_with_only_a_name_stays_a_complaint_and_says_to_ask_for_the_address()
    {
        var complaint = Register(channel: Channel.Letter, complainant: new Complainant(Name: "H. Bakker"));

        Assert.Equal(ComplaintKind.Complaint, complaint.Kind);
        Assert.Contains(complaint.Deadlines, d => d.Kind == DeadlineKind.Handling);
        Assert.Equal(["het postadres of e-mailadres van de klager, voor de ontvangstbevestiging en het antwoord"], complaint.DetailsToAsk);
    }

    [Fact]
    public void A_letter_from_nobody_at_all_is_kept_as_a_signal()
    {
        var complaint = Register(channel: Channel.Letter, complainant: Complainant.Anonymous);

        Assert.Equal(ComplaintKind.Signal, complaint.Kind);
        Assert.Empty(complaint.DetailsToAsk);
    }

    [Fact]
    public void A_phone_complaint_without_a_number_asks_for_a_way_to_reach_the_complainant()
    {
        var complaint = Register(channel: Channel.Phone, complainant: new Complainant(Name: "H. Bakker"));

        Assert.Equal(["een telefoonnummer, e-mailadres of postadres, om de klager te kunnen bereiken"], complaint.DetailsToAsk);
    }

    [Fact]
    public void Completing_the_address_is_in_the_timeline_by_name_of_the_details_not_their_values()
    {
        var complaint = Register(channel: Channel.Letter, complainant: new Complainant(Name: "H. Bakker"));

        complaint.CorrectComplainant(complaint.Complainant with { Street = "Dorpsstraat 1", PostalCode = "1234 ab", City = "Voorbeeld" }, Handler, Now);

        Assert.Equal("1234 AB", complaint.Complainant.PostalCode);
        Assert.Empty(complaint.DetailsToAsk);
        var entry = complaint.Timeline[^1];
        Assert.Equal(TimelineEventKind.ComplainantUpdated, entry.Kind);
        Assert.Equal("Gegevens van de klager aangevuld of verbeterd: postadres.", entry.What);
        Assert.DoesNotContain("Dorpsstraat", entry.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var complaint = Register();
        var ex = Assert.Throws<DomainException>(() => complaint.CorrectComplainant(complaint.Complainant with { Name = " J. de Vries " }, Handler, Now));
        Assert.Equal("Er is niets veranderd aan de gegevens van de klager.", ex.Message);
    }

    [Fact]
    public void A_note_is_kept_as_typed_without_the_surrounding_blanks()
    {
        var complaint = Register();
        complaint.AddNote("  Gebeld: ze is pas na 17:00 bereikbaar. ‘Ĳs’ 🙂  ", Handler, Now);

        Assert.Equal(TimelineEventKind.NoteAdded, complaint.Timeline[^1].Kind);
        Assert.Equal("Gebeld: ze is pas na 17:00 bereikbaar. ‘Ĳs’ 🙂", complaint.Timeline[^1].What);
        Assert.Throws<DomainException>(() => complaint.AddNote("   ", Handler, Now));
        Assert.Throws<DomainException>(() => complaint.AddNote(new string('x', Complaint.MaxNoteLength + 1), Handler, Now));
    }

    [Fact]
    public void Urgency_needs_a_reason_and_can_be_ended()
    {
        var complaint = Register();
        Assert.Throws<DomainException>(() => complaint.MarkUrgent(" ", Handler, Now));

        complaint.MarkUrgent("Zit zonder verwarming", Handler, Now);
        Assert.True(complaint.IsUrgent);
        Assert.Equal("Zit zonder verwarming", complaint.UrgentReason);

        complaint.EndUrgency(Handler, Now);
        Assert.False(complaint.IsUrgent);
        Assert.Null(complaint.UrgentReason);
        Assert.Throws<DomainException>(() => complaint.EndUrgency(Handler, Now));
    }

    [Fact]
    public void To_do_now_names_each_passed_term_with_how_late_it_is_most_pressing_first()
    {
        // Received Monday 2 March 2026.
        var complaint = Register();
        var acknowledgement = DeadlineOf(complaint, DeadlineKind.Acknowledgement).DueOn;
        var today = acknowledgement.AddDays(4);

        var todo = complaint.ToDoNow(today);

        Assert.Equal(todo.Where(t => t.DueOn is not null).OrderBy(t => t.DueOn).Select(t => t.Kind), todo.Where(t => t.DueOn is not null).Select(t => t.Kind));
        var item = Assert.Single(todo, t => t.Kind == ToDoKind.Acknowledge);
        Assert.Equal(DeadlineSignal.Overdue, item.Signal);
        Assert.Equal($"Stuur de ontvangstbevestiging: de termijn is op {acknowledgement.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))} verlopen (4 dagen te laat).", item.Text);
        Assert.DoesNotContain(todo, t => t.Kind == ToDoKind.CompleteHandling);
    }

    [Fact]
    public void The_not_handled_notice_is_no_task_for_a_complaint_that_is_being_handled()
    {
        var complaint = Register();
        var notice = DeadlineOf(complaint, DeadlineKind.NotHandledNotice).DueOn;

        Assert.DoesNotContain(complaint.ToDoNow(notice.AddDays(3)), t => t.Kind == ToDoKind.NotHandledNotice);
    }

    [Fact]
    public void To_do_now_on_the_last_day_of_the_handling_term_says_today()
    {
        var complaint = Register();
        complaint.RecordAcknowledgement("e-mail", Actor.System, Now);

        // Six weeks from 2 March 2026 is Monday 13 April 2026.
        var todo = complaint.ToDoNow(D("2026-04-13"));

        var handling = Assert.Single(todo, t => t.Kind == ToDoKind.CompleteHandling);
        Assert.Equal("Handel de klacht af en stuur de brief met het oordeel: uiterlijk vandaag, 13 april 2026.", handling.Text);
        Assert.Equal(DeadlineSignal.DueSoon, handling.Signal);
    }

    [Fact]
    public void Nothing_to_do_now_for_a_signal()
    {
        var complaint = Register(kind: ComplaintKind.Signal);
        Assert.Empty(complaint.ToDoNow(D("2026-06-01")));
    }
}

public sealed class HiddenComplaintMarksTests
{
    [Fact]
    public void The_marks_found_at_intake_are_kept_with_the_complaint_on_every_channel()
    {
        var complaint = ComplaintBuilder.Register(channel: Channel.Letter);

        Assert.NotNull(complaint.DissatisfactionMarks);
        Assert.Contains(complaint.MarkedPhrases, m => complaint.Description.Substring(m.Start, m.Length) == m.Phrase);
        Assert.Equal(Gehoord.Domain.Intake.HiddenComplaintRecogniser.Find(complaint.Description).Select(s => (s.Start, s.Length, s.Kind)), complaint.MarkedPhrases.Select(s => (s.Start, s.Length, s.Kind)));
    }

    [Fact]
    public void A_stored_mark_that_no_longer_fits_the_text_is_skipped()
    {
        var marks = Gehoord.Domain.Intake.HiddenComplaintMarks.Decode("0:5:Waiting;3:2:Error;50:9:Rudeness;x", "Ik wacht al weken");
        Assert.Equal("Ik wa", Assert.Single(marks).Phrase);
    }
}

public sealed class LettersToWriteTests
{
    [Fact]
    public void An_invitation_to_a_hearing_whose_date_has_passed_is_no_longer_offered()
    {
        var complaint = ComplaintBuilder.InStatus(ComplaintStatus.Investigating);
        complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Complainant, null, HearingForm.InPerson, D("2026-03-03"), D("2026-03-17"), ComplaintBuilder.Handler, ComplaintBuilder.Now);

        Assert.Contains(complaint.LettersToWrite(D("2026-03-17")), t => t.Kind == LetterKind.HearingInvitation);
        Assert.DoesNotContain(complaint.LettersToWrite(D("2026-03-18")), t => t.Kind == LetterKind.HearingInvitation);
    }
}

public sealed class ConductRulesInContactTests
{
    [Fact]
    public void A_written_contact_only_arrangement_rules_out_planning_a_call_with_the_complainant()
    {
        var complaint = ComplaintBuilder.InStatus(ComplaintStatus.Exploring);
        var plannedFor = new DateTimeOffset(2026, 3, 5, 14, 0, 0, TimeSpan.FromHours(1));

        var ex = Assert.Throws<DomainException>(() => complaint.PlanContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Phone, plannedFor, ComplaintBuilder.Handler, ComplaintBuilder.Now, ConductRules.WrittenContactOnly));
        Assert.Contains("alleen schriftelijk contact", ex.Message, StringComparison.Ordinal);

        complaint.PlanContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Letter, plannedFor, ComplaintBuilder.Handler, ComplaintBuilder.Now, ConductRules.WrittenContactOnly);
        complaint.PlanContact(Guid.NewGuid(), ContactParty.Respondent, ContactForm.Phone, plannedFor, ComplaintBuilder.Handler, ComplaintBuilder.Now, ConductRules.WrittenContactOnly);
        Assert.Equal(2, complaint.ContactMoments.Count(m => !m.IsHeld));
    }
}

public sealed class ChainComplaintTests
{
    [Fact]
    public void The_other_bodies_of_a_chain_complaint_and_the_joint_position_are_in_the_timeline()
    {
        var complaint = ComplaintBuilder.InStatus(ComplaintStatus.Resolving);

        complaint.RecordSolution(SolutionMeasures.Explanation, "Samen met de woningcorporatie uitgelegd wie wat doet.", null, null, null, " Woningcorporatie Thuis ", "Wij herstellen de stoep, de corporatie de goot.", ComplaintBuilder.Handler, ComplaintBuilder.Now);

        Assert.Equal("Woningcorporatie Thuis", complaint.ChainBodies);
        Assert.EndsWith("Ketenklacht, samen met: Woningcorporatie Thuis. Gezamenlijk standpunt: Wij herstellen de stoep, de corporatie de goot.", complaint.Timeline[^1].What, StringComparison.Ordinal);
    }
}

public sealed class EscalationDecisionTests
{
    private static readonly Actor Manager = Actor.Staff("u-manager", "Mia Leidinggevende");

    [Fact]
    public void Only_the_manager_it_was_put_to_records_the_decision_and_a_new_question_reopens_it()
    {
        var complaint = ComplaintBuilder.InStatus(ComplaintStatus.Exploring);
        Assert.Throws<DomainException>(() => complaint.DecideOnEscalation("Akkoord.", Manager, ComplaintBuilder.Now));

        complaint.Escalate(Manager, "Mag ik € 150 vergoeden?", ComplaintBuilder.Handler, ComplaintBuilder.Now);
        Assert.True(complaint.AwaitsEscalationDecision);
        var refused = Assert.Throws<DomainException>(() => complaint.DecideOnEscalation("Akkoord.", ComplaintBuilder.Handler, ComplaintBuilder.Now));
        Assert.Contains("Mia Leidinggevende", refused.Message, StringComparison.Ordinal);

        complaint.DecideOnEscalation("  Akkoord met € 150.  ", Manager, ComplaintBuilder.Now);
        Assert.Equal("Akkoord met € 150.", complaint.EscalationDecision);
        Assert.False(complaint.AwaitsEscalationDecision);
        Assert.Equal(TimelineEventKind.EscalationDecided, complaint.Timeline[^1].Kind);
        Assert.Equal(Manager.Name, complaint.Timeline[^1].ActorName);

        complaint.Escalate(Manager, "En een tweede gesprek met de wethouder?", ComplaintBuilder.Handler, ComplaintBuilder.Now);
        Assert.Null(complaint.EscalationDecision);
        Assert.True(complaint.AwaitsEscalationDecision);
    }
}
