using System.Reflection;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Letters;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Letters;

/// <summary>The completeness guards per letter type, and what sending does to the case.</summary>
public sealed class SendLetterTests
{
    private static Complaint ClosingAfterInvestigation()
    {
        var complaint = InStatus(ComplaintStatus.Judged);
        complaint.CloseAfterInvestigation(Referral, Handler, Now);
        return complaint;
    }

    private static LetterRequest Request(Complaint complaint, LetterKind kind, LetterRecipient recipient = LetterRecipient.Complainant) =>
        new(kind, recipient, "nl", complaint.LetterTasks.FirstOrDefault(t => t.Kind == kind && t.Recipient == recipient && !t.IsDone)?.Id);

    /// <summary>A closing letter as a handler might write it, built from the case's verdicts.</summary>
    private static string ClosingText(Complaint complaint, bool ombudsman = true, bool term = true, bool verdicts = true)
    {
        var parts = complaint.Parts.Select(p => $"Klachtonderdeel {p.Number}: {p.Description}\nOordeel: {LetterFacts.VerdictWord(p.Verdict!.Value, false)}.\nWaarom: {p.VerdictMotivation}");
        return $"Beste J. de Vries,\n\nWij hebben uw klacht {complaint.Reference} onderzocht.\n\n"
            + (verdicts ? string.Join("\n\n", parts) + "\n\n" : string.Empty)
            + (ombudsman ? "Bent u het niet eens met ons oordeel? Dan kunt u naar de Nationale ombudsman. " : string.Empty)
            + (term ? "Dat kan binnen één jaar na de datum van deze brief." : string.Empty);
    }

    [Fact]
    public void A_complete_closing_letter_after_investigation_goes_out_and_meets_the_handling_term()
    {
        var complaint = ClosingAfterInvestigation();
        var request = Request(complaint, LetterKind.ClosingAfterInvestigation);
        var text = ClosingText(complaint);

        var letter = complaint.SendLetter(CaseOf(complaint), request, $"Uw klacht {complaint.Reference}", text, LetterChannel.Post, "Dorpsstraat 1\n1234 AB Voorbeeld", 0, Handler, Now);

        Assert.Equal(text, letter.Body);
        Assert.Equal((LetterKind.ClosingAfterInvestigation, LetterRecipient.Complainant, LetterChannel.Post), (letter.Kind, letter.Recipient, letter.Channel));
        Assert.Equal(("J. de Vries", "u-handler", "Hans Behandelaar", Now), (letter.RecipientName, letter.SentById, letter.SentByName, letter.SentAt));
        Assert.Equal(Readability.Score(text, "nl"), letter.ReadabilityScore, 6);
        Assert.True(complaint.LetterTasks.Single(t => t.Id == request.TaskId).IsDone);
        Assert.NotNull(DeadlineOf(complaint, DeadlineKind.Handling).MetOn);
        Assert.Contains(complaint.Timeline, e => e.Kind == TimelineEventKind.LetterSent && e.What.Contains(letter.Subject, StringComparison.Ordinal));
        complaint.Close(Handler, Now);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
    }

    [Theory]
    [InlineData(false, true, true, "De verwijzing naar de Nationale ombudsman ontbreekt (Awb 9:12).")]
    [InlineData(true, false, true, "De brief zegt niet binnen welke termijn de klager naar de ombudsman kan (binnen één jaar na de datum van deze brief).")]
    [InlineData(true, true, false, "Het oordeel (gegrond) over klachtonderdeel 1 staat niet met de motivering in de brief.")]
    public void A_closing_letter_after_investigation_without_a_required_element_is_refused_and_names_it(bool ombudsman, bool term, bool verdicts, string expected)
    {
        var complaint = ClosingAfterInvestigation();
        var request = Request(complaint, LetterKind.ClosingAfterInvestigation);

        var ex = Assert.Throws<LetterIncompleteException>(() =>
            complaint.SendLetter(CaseOf(complaint), request, $"Uw klacht {complaint.Reference}", ClosingText(complaint, ombudsman, term, verdicts), LetterChannel.Post, null, 0, Handler, Now));

        Assert.Equal([expected], ex.Missing);
        Assert.Empty(complaint.SentLetters);
        Assert.False(complaint.LetterTasks.Single(t => t.Id == request.TaskId).IsDone);
        Assert.Null(DeadlineOf(complaint, DeadlineKind.Handling).MetOn);
    }

    [Fact]
    public void A_reworded_motivation_contradicts_the_case_file_and_is_refused()
    {
        var complaint = ClosingAfterInvestigation();
        var text = ClosingText(complaint).Replace("is niet nagekomen", "is wat later nagekomen", StringComparison.Ordinal);

        var missing = LetterCompleteness.Missing(CaseOf(complaint), Request(complaint, LetterKind.ClosingAfterInvestigation), $"Uw klacht {complaint.Reference}", text);

        Assert.Equal(["Het oordeel (gegrond) over klachtonderdeel 1 staat niet met de motivering in de brief."], missing);
    }

    [Fact]
    public void Ongegrond_in_the_text_does_not_count_as_the_verdict_gegrond()
    {
        var complaint = ClosingAfterInvestigation();
        var text = ClosingText(complaint).Replace("Oordeel: gegrond.", "Oordeel: ongegrond.", StringComparison.Ordinal);

        var missing = LetterCompleteness.Missing(CaseOf(complaint), Request(complaint, LetterKind.ClosingAfterInvestigation), $"Uw klacht {complaint.Reference}", text);

        Assert.Equal(["Het oordeel (gegrond) over klachtonderdeel 1 staat niet met de motivering in de brief."], missing);
    }

    [Fact]
    public void A_part_without_a_verdict_blocks_the_closing_letter_whatever_the_text_says()
    {
        var complaint = Investigating();
        complaint.AddPart(Guid.NewGuid(), "Onbeleefd te woord gestaan", Handler, Now);

        var missing = LetterCompleteness.Missing(CaseOf(complaint), new LetterRequest(LetterKind.ClosingAfterInvestigation, LetterRecipient.Complainant, "nl"), "Uw klacht " + complaint.Reference, "Tekst met de Nationale ombudsman en binnen één jaar na de datum van deze brief.");

        Assert.Contains("Klachtonderdeel 1 heeft nog geen oordeel met motivering. Geef het oordeel eerst bij Onderzoek.", missing);
        Assert.Contains("Klachtonderdeel 2 heeft nog geen oordeel met motivering. Geef het oordeel eerst bij Onderzoek.", missing);
    }

    [Fact]
    public void A_flemish_letter_names_the_vlaamse_ombudsdienst_and_its_term()
    {
        var complaint = Exploring(Register(profile: JurisdictionProfile.VlBestuursdecreet));
        PersonalContact(complaint);
        var vl = JurisdictionProfile.VlBestuursdecreet;
        complaint.DecideNotToHandle(vl, vl.NotHandledGrounds[0].Code, "Dit is eerder behandeld.", new OmbudsmanReferral(vl.OmbudsmanName, vl.OmbudsmanTerm), Handler, Now);
        var request = Request(complaint, LetterKind.NotHandledNotice);

        var missing = LetterCompleteness.Missing(CaseOf(complaint, vl), request, $"Uw klacht {complaint.Reference}", "Wij behandelen uw klacht niet. Dit is eerder behandeld. U kunt naar de Nationale ombudsman.");

        Assert.Equal([$"De verwijzing naar {vl.OmbudsmanName} ontbreekt (art. II.77 Bestuursdecreet)."], missing);
        Assert.Equal(vl.OmbudsmanTerm, LetterFacts.Values(CaseOf(complaint, vl), request)["ombudsman_termijn"]);
    }

    [Fact]
    public void A_not_handled_notice_without_the_ombudsman_is_refused_with_the_article()
    {
        var complaint = InStatus(ComplaintStatus.Exploring);
        complaint.DecideNotToHandle(Nl, "9:8-1b", "De gedraging vond in 2024 plaats.", Referral, Handler, Now);
        var request = Request(complaint, LetterKind.NotHandledNotice);

        var missing = LetterCompleteness.Missing(CaseOf(complaint), request, $"Uw klacht {complaint.Reference}", "Wij behandelen uw klacht niet. De gedraging vond in 2024 plaats.");

        Assert.Equal(["De verwijzing naar de Nationale ombudsman ontbreekt (Awb 9:8 lid 3)."], missing);
        Assert.Empty(LetterCompleteness.Missing(CaseOf(complaint), request, $"Uw klacht {complaint.Reference}", "Wij behandelen uw klacht niet. De gedraging vond in 2024 plaats. U kunt naar de Nationale ombudsman."));
        var withoutReason = LetterCompleteness.Missing(CaseOf(complaint), request, $"Uw klacht {complaint.Reference}", "Wij behandelen uw klacht niet. U kunt naar de Nationale ombudsman.");
        Assert.StartsWith("De brief zegt niet waarom de klacht niet wordt behandeld.", Assert.Single(withoutReason), StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_notice_must_give_the_new_date_computed_by_the_deadline_engine()
    {
        var complaint = Exploring();
        complaint.Extend(Nl, Term.Weeks(4), "Wij wachten op informatie van een andere afdeling.", null, Handler, Now);
        var request = Request(complaint, LetterKind.ExtensionNotice);
        var due = DeadlineOf(complaint, DeadlineKind.Handling).DueOn;

        // Received Monday 2 March 2026: 6 weeks is 13 April, plus 4 weeks is Monday 11 May 2026.
        Assert.Equal(new DateOnly(2026, 5, 11), due);
        Assert.Equal(["De nieuwe datum (11 mei 2026) staat niet in de brief (Awb 9:11 lid 2)."],
            LetterCompleteness.Missing(CaseOf(complaint), request, $"Uw klacht {complaint.Reference}", "Wij hebben meer tijd nodig."));
        Assert.Empty(LetterCompleteness.Missing(CaseOf(complaint), request, $"Uw klacht {complaint.Reference}", "Wij hebben meer tijd nodig. U hoort uiterlijk op 11 mei 2026 van ons."));
    }

    [Fact]
    public void A_hearing_invitation_uses_the_date_of_the_hearing_its_task_is_about()
    {
        var complaint = Investigating();
        var first = complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Complainant, null, HearingForm.InPerson, ReceivedOn.AddDays(1), new DateOnly(2026, 3, 20), Handler, Now);
        complaint.InviteToHearing(Guid.NewGuid(), HearingParty.Complainant, null, HearingForm.Video, ReceivedOn.AddDays(1), new DateOnly(2026, 3, 27), Handler, Now);
        var task = complaint.LetterTasks.First(t => t.Kind == LetterKind.HearingInvitation);
        var request = new LetterRequest(LetterKind.HearingInvitation, LetterRecipient.Complainant, "nl", task.Id);

        Assert.Equal(first.Id, task.AboutId);
        Assert.Equal("20 maart 2026", LetterFacts.Values(CaseOf(complaint), request)["horen_datum"]);
        Assert.Equal(["De datum van het horen (20 maart 2026) staat niet in de brief."],
            LetterCompleteness.Missing(CaseOf(complaint), request, $"Uw klacht {complaint.Reference}", "Wij nodigen u uit op 27 maart 2026."));
    }

    [Fact]
    public void A_conduct_arrangement_letter_must_name_the_behaviour_and_say_writing_stays_possible()
    {
        var complaint = Exploring();
        var conduct = ConductArrangement.Make(
            Guid.NewGuid(), complaint, "U belt meerdere keren per dag en scheldt medewerkers uit.",
            ConductRules.WrittenContactOnly, null, null, ReceivedOn, ReceivedOn.AddMonths(6), Handler, Now);
        var letterCase = CaseOf(complaint, conduct: conduct);
        var request = new LetterRequest(LetterKind.ConductArrangement, LetterRecipient.Complainant, "nl");

        var missing = LetterCompleteness.Missing(letterCase, request, $"Uw klacht {complaint.Reference}", "Wij maken afspraken over het contact.");

        Assert.Equal(
            ["De brief noemt het gedrag niet zoals het in de gedragslijn staat.", "De brief zegt niet dat de klager ons altijd kan blijven schrijven."],
            missing);
        Assert.Contains("- Alleen schriftelijk contact", LetterFacts.Values(letterCase, request)["gedragsregels"], StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholders_left_in_the_letter_block_sending_and_are_named()
    {
        var complaint = InStatus(ComplaintStatus.Exploring);
        var request = new LetterRequest(LetterKind.ContactConfirmation, LetterRecipient.Complainant, "nl");
        var contactOn = LetterFacts.Values(CaseOf(complaint), request)["gesprek_datum"];

        var missing = LetterCompleteness.Missing(CaseOf(complaint), request, "Uw klacht {klachtnummer}", $"Bedankt voor het gesprek op {contactOn}. {{reden_verdaging}} {{ombudsmann}}");

        Assert.Equal(
            [
                "Voor {klachtnummer} is in deze zaak nog niets bekend. Vul het zelf in of haal het weg.",
                "Voor {reden_verdaging} is in deze zaak nog niets bekend. Vul het zelf in of haal het weg.",
                "{ombudsmann} is geen bekend invulveld. Verbeter de naam of haal het weg.",
                $"Het klachtnummer ({complaint.Reference}) staat niet in de brief.",
            ],
            missing);
    }

    [Fact]
    public void An_acknowledgement_sent_as_a_letter_meets_the_acknowledgement_term()
    {
        var complaint = Register(Channel.Letter);
        var request = new LetterRequest(LetterKind.Acknowledgement, LetterRecipient.Complainant, "nl");
        var letterCase = CaseOf(complaint);

        complaint.SendLetter(letterCase, request, $"Uw klacht {complaint.Reference}", BodyWithAllFacts(letterCase, request), LetterChannel.Post, null, 0, Handler, Now);

        Assert.Equal(DateOnly.FromDateTime(Now.DateTime), DeadlineOf(complaint, DeadlineKind.Acknowledgement).MetOn);
    }

    [Fact]
    public void A_task_is_done_once_and_only_by_a_letter_of_its_own_kind()
    {
        var complaint = ClosingAfterInvestigation();
        var task = complaint.LetterTasks.Single(t => t.Kind == LetterKind.ClosingAfterInvestigation);
        var wrongKind = new LetterRequest(LetterKind.ClosingAfterSolution, LetterRecipient.Complainant, "nl", task.Id);

        Assert.Equal("Deze brief hoort niet bij deze brieftaak.", Assert.Throws<DomainException>(() =>
            complaint.SendLetter(CaseOf(complaint), wrongKind, "Uw klacht " + complaint.Reference, ClosingText(complaint), LetterChannel.Post, null, 0, Handler, Now)).Message);

        SendLetter(complaint, task);
        Assert.Equal("Deze brief is al verstuurd.", Assert.Throws<DomainException>(() => SendLetter(complaint, task)).Message);
        Assert.Single(complaint.SentLetters);
    }

    [Fact]
    public void E_mail_needs_an_address_and_a_closed_complaint_sends_nothing()
    {
        var complaint = ClosingAfterInvestigation();
        var request = Request(complaint, LetterKind.ClosingAfterInvestigation);

        Assert.Throws<DomainException>(() =>
            complaint.SendLetter(CaseOf(complaint), request, "Uw klacht " + complaint.Reference, ClosingText(complaint), LetterChannel.Email, " ", 0, Handler, Now));

        SendRequiredLetters(complaint);
        complaint.Close(Handler, Now);
        var confirmation = new LetterRequest(LetterKind.ContactConfirmation, LetterRecipient.Complainant, "nl");
        Assert.Throws<DomainException>(() => complaint.SendLetter(CaseOf(complaint), confirmation, "Uw klacht " + complaint.Reference, BodyWithAllFacts(CaseOf(complaint), confirmation), LetterChannel.Post, null, 0, Handler, Now));
    }

    [Fact]
    public void A_sent_letter_offers_no_way_to_change_it()
    {
        var writable = typeof(SentLetter)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } || p.SetMethod is { IsAssembly: true })
            .Select(p => p.Name);
        var methods = typeof(SentLetter)
            .GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !m.IsPrivate)
            .Select(m => m.Name);

        Assert.Empty(writable);
        Assert.Empty(methods);
    }

    [Fact]
    public void A_respondent_letter_is_addressed_to_the_respondent()
    {
        var complaint = Exploring();
        complaint.AddRespondent(Guid.NewGuid(), "Bert Baliemedewerker", "u-bert", null, Handler, Now);
        complaint.Extend(Nl, Term.Weeks(2), "Het dossier is groot.", null, Handler, Now);
        var task = complaint.LetterTasks.Single(t => t.Kind == LetterKind.ExtensionNotice && t.Recipient == LetterRecipient.Respondent);

        var letter = SendLetter(complaint, task);

        Assert.Equal("Bert Baliemedewerker", letter.RecipientName);
        Assert.Equal("Beste Bert Baliemedewerker,", LetterFacts.Values(CaseOf(complaint), new LetterRequest(LetterKind.ExtensionNotice, LetterRecipient.Respondent, "nl", task.Id))["aanhef"]);
    }
}
