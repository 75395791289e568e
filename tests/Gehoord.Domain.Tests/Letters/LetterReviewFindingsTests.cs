using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Letters;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Letters;

/// <summary>Guards found missing in review: each of these letters used to go out.</summary>
public sealed class LetterReviewFindingsTests
{
    private static Complaint ClosingAfterInvestigation()
    {
        var complaint = InStatus(ComplaintStatus.Judged);
        complaint.CloseAfterInvestigation(Referral, Handler, Now);
        return complaint;
    }

    private static (LetterCase Case, LetterRequest Request, string Subject, string Body) Filled(Complaint complaint, LetterKind kind, string language = "nl", JurisdictionProfile? profile = null, ConductArrangement? conduct = null)
    {
        var letterCase = CaseOf(complaint, profile, conduct);
        var task = complaint.LetterTasks.FirstOrDefault(t => t.Kind == kind && !t.IsDone);
        var request = new LetterRequest(kind, LetterRecipient.Complainant, language, task?.Id);
        var template = DefaultLetterTemplates.For((profile ?? Nl).Code, kind, LetterRecipient.Complainant, language)!;
        var values = LetterFacts.Values(letterCase, request);
        return (letterCase, request, LetterPlaceholders.Fill(template.Subject, values), LetterPlaceholders.Fill(template.Body, values));
    }

    [Theory]
    [InlineData("Oordeel: niet gegrond.")]
    [InlineData("Oordeel: deels gegrond.")]
    public void A_qualified_verdict_does_not_pass_for_the_verdict_of_the_case(string changed)
    {
        var complaint = ClosingAfterInvestigation();
        var (letterCase, request, subject, body) = Filled(complaint, LetterKind.ClosingAfterInvestigation);
        Assert.Empty(LetterCompleteness.Missing(letterCase, request, subject, body));

        var missing = LetterCompleteness.Missing(letterCase, request, subject, body.Replace("Oordeel: gegrond.", changed, StringComparison.Ordinal));

        Assert.Equal(["Het oordeel (gegrond) over klachtonderdeel 1 staat niet met de motivering in de brief."], missing);
    }

    [Fact]
    public void Deleting_the_promise_that_writing_stays_possible_blocks_the_conduct_letter()
    {
        var complaint = Exploring();
        var conduct = ConductArrangement.Make(Guid.NewGuid(), complaint, "U belt meerdere keren per dag en scheldt medewerkers uit.", ConductRules.WrittenContactOnly, null, null, ReceivedOn, ReceivedOn.AddMonths(6), Handler, Now);
        var (letterCase, request, subject, body) = Filled(complaint, LetterKind.ConductArrangement, conduct: conduct);
        Assert.Empty(LetterCompleteness.Missing(letterCase, request, subject, body));

        var without = body.Replace("U kunt ons altijd blijven schrijven.", string.Empty, StringComparison.Ordinal);

        Assert.Contains("Daarom schrijven", without, StringComparison.Ordinal);
        Assert.Equal(["De brief zegt niet dat de klager ons altijd kan blijven schrijven."], LetterCompleteness.Missing(letterCase, request, subject, without));
    }

    [Fact]
    public void An_extension_letter_gives_the_promised_date_and_the_new_one()
    {
        var complaint = Exploring();
        complaint.Extend(Nl, Term.Weeks(4), "Wij wachten op informatie van een andere afdeling.", null, Handler, Now);

        var values = LetterFacts.Values(CaseOf(complaint), new LetterRequest(LetterKind.ExtensionNotice, LetterRecipient.Complainant, "nl"));

        // Received Monday 2 March 2026: 6 weeks is Monday 13 April; 4 weeks more is Monday 11 May.
        Assert.Equal(("13 april 2026", "11 mei 2026"), (values["uiterlijk_op"], values["nieuwe_datum"]));
    }

    [Fact]
    public void An_english_letter_names_the_ombudsman_in_english_and_is_complete_with_it()
    {
        var complaint = ClosingAfterInvestigation();
        var (letterCase, request, subject, body) = Filled(complaint, LetterKind.ClosingAfterInvestigation, "en");

        Assert.Contains("the National Ombudsman (Nationale ombudsman)", body, StringComparison.Ordinal);
        Assert.Empty(LetterCompleteness.Missing(letterCase, request, subject, body));
    }

    [Fact]
    public void A_flemish_english_letter_reads_as_a_sentence_about_the_term()
    {
        var vl = JurisdictionProfile.VlBestuursdecreet;
        var complaint = Exploring(Register(profile: vl));
        PersonalContact(complaint);
        complaint.DecideNotToHandle(vl, vl.NotHandledGrounds[0].Code, "Dit is eerder behandeld.", new OmbudsmanReferral(vl.OmbudsmanName, vl.OmbudsmanTerm), Handler, Now);

        var (_, _, _, body) = Filled(complaint, LetterKind.NotHandledNotice, "en", vl);

        Assert.Contains("the Flemish Ombudsman (Vlaamse Ombudsdienst)", body, StringComparison.Ordinal);
        Assert.Contains("without a fixed deadline, but preferably as soon as possible", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_just_after_midnight_is_dated_on_its_own_day()
    {
        var complaint = Assigned();
        // 00:30 in Amsterdam on 5 March is 23:30 UTC on 4 March.
        var heldAt = new DateTimeOffset(2026, 3, 4, 23, 30, 0, TimeSpan.Zero);
        complaint.RecordContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Phone, heldAt, "Gebeld.", false, Handler, heldAt.AddHours(1));
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var letterCase = CaseOf(complaint) with { TimeZone = amsterdam };

        var values = LetterFacts.Values(letterCase, new LetterRequest(LetterKind.ContactConfirmation, LetterRecipient.Complainant, "nl"));

        Assert.Equal("5 maart 2026", values["gesprek_datum"]);
    }

    [Theory]
    [InlineData("{Ombudsman}")]
    [InlineData("{ombudsman-termijn}")]
    [InlineData("{termijn2}")]
    public void A_misspelt_placeholder_is_refused_when_saving_a_template(string typo)
    {
        var ex = Assert.Throws<DomainException>(() => LetterTemplate.NewVersion(Guid.NewGuid(), Guid.NewGuid(), LetterKind.ContactConfirmation, LetterRecipient.Complainant, "nl", 0, "Uw klacht {klachtnummer}", "Tekst " + typo, Handler, Now));

        Assert.Contains(typo, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_sent_without_naming_its_task_still_does_the_open_task()
    {
        var complaint = ClosingAfterInvestigation();
        var letterCase = CaseOf(complaint);
        var request = new LetterRequest(LetterKind.ClosingAfterInvestigation, LetterRecipient.Complainant, "nl");

        var letter = complaint.SendLetter(letterCase, request, "Uw klacht " + complaint.Reference, BodyWithAllFacts(letterCase, request), LetterChannel.Post, null, 0, Handler, Now);

        var task = Assert.Single(complaint.LetterTasks, t => t.Kind == LetterKind.ClosingAfterInvestigation);
        Assert.True(task.IsDone);
        Assert.Equal(task.Id, letter.TaskId);
        complaint.Close(Handler, Now);
    }

    [Fact]
    public void Control_characters_pasted_into_a_letter_are_dropped_and_line_endings_made_plain()
    {
        Assert.Equal("Regel een\nRegel twee\tnu", LetterPlainText.Clean("Regel\u0001 een\r\nRegel twee\u000B\tnu"));
    }

    [Fact]
    public void A_refused_letter_leaves_the_timeline_as_it_was()
    {
        var complaint = ClosingAfterInvestigation();
        var events = complaint.Timeline.Count;

        Assert.Throws<LetterIncompleteException>(() => complaint.SendLetter(CaseOf(complaint), new LetterRequest(LetterKind.ClosingAfterInvestigation, LetterRecipient.Complainant, "nl"), "Onderwerp", "Een brief zonder oordeel.", LetterChannel.Post, null, 0, Handler, Now));

        Assert.Equal(events, complaint.Timeline.Count);
        Assert.Empty(complaint.SentLetters);
    }
}
