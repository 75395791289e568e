using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Intake;
using Gehoord.Domain.Letters;
using static Gehoord.Domain.Tests.Complaints.ComplaintBuilder;

namespace Gehoord.Domain.Tests.Letters;

/// <summary>The automatic acknowledgement e-mail of intake is kept in the case file like every other letter.</summary>
public sealed class AcknowledgementEmailTests
{
    private static readonly Guid MessageId = Guid.Parse("0199a000-0000-7000-8000-000000000001");

    // Good Friday 2026 is 3 April: the e-mail leaves that morning, Dutch summer time (UTC+2).
    private static readonly DateTimeOffset GoodFriday = new(2026, 4, 3, 9, 15, 0, TimeSpan.FromHours(2));

    private static (string Subject, string Body) EmailFor(Complaint complaint)
    {
        var letter = AcknowledgementLetter.Compose(new AcknowledgementFacts(
            "Gemeente Voorbeeld", complaint.Reference.ToString(), complaint.TrackingCode, complaint.ReceivedOn,
            complaint.Description, complaint.Complainant.Name, new DateOnly(2026, 5, 15), "6 weken", false,
            "het klachtenteam", "14 020", null, "https://voorbeeld.nl/volgen", "de Nationale ombudsman"));
        return (letter.Subject, AcknowledgementLetter.ToPlainText(letter));
    }

    [Fact]
    public void The_email_as_it_left_is_a_sent_letter_and_meets_the_acknowledgement_term()
    {
        var complaint = Register(receivedOn: new DateOnly(2026, 4, 2), at: new DateTimeOffset(2026, 4, 2, 16, 0, 0, TimeSpan.FromHours(2)));
        var (subject, body) = EmailFor(complaint);

        var letter = complaint.RecordAcknowledgementEmail(MessageId, " j.devries@example.org ", subject, body, GoodFriday);

        Assert.Same(letter, Assert.Single(complaint.SentLetters));
        Assert.Equal((MessageId, LetterKind.Acknowledgement, LetterRecipient.Complainant, LetterChannel.Email), (letter.Id, letter.Kind, letter.Recipient, letter.Channel));
        Assert.Equal(("j.devries@example.org", "J. de Vries", "nl"), (letter.SentTo, letter.RecipientName, letter.Language));
        Assert.Equal((subject, body.Trim()), (letter.Subject, letter.Body));
        Assert.Equal((Actor.System.Id, GoodFriday, 0), (letter.SentById, letter.SentAt, letter.TemplateVersion));
        Assert.Equal(Readability.Score(body.Trim(), "nl"), letter.ReadabilityScore, 6);
        Assert.Null(letter.TaskId);
        Assert.Equal(new DateOnly(2026, 4, 3), DeadlineOf(complaint, DeadlineKind.Acknowledgement).MetOn);
        Assert.Single(complaint.Timeline, e => e.Kind == TimelineEventKind.AcknowledgementSent && e.What == "Ontvangstbevestiging verstuurd per e-mail.");
    }

    [Fact]
    public void Recording_the_same_message_twice_keeps_one_letter()
    {
        var complaint = Register();
        var (subject, body) = EmailFor(complaint);

        var first = complaint.RecordAcknowledgementEmail(MessageId, "j.devries@example.org", subject, body, Now);
        var second = complaint.RecordAcknowledgementEmail(MessageId, "j.devries@example.org", subject, body, Now.AddMinutes(5));

        Assert.Same(first, second);
        Assert.Single(complaint.SentLetters);
        Assert.Single(complaint.Timeline, e => e.Kind == TimelineEventKind.AcknowledgementSent);
    }

    [Fact]
    public void An_email_that_leaves_after_a_posted_acknowledgement_is_kept_without_meeting_the_term_again()
    {
        var complaint = Register();
        complaint.RecordAcknowledgement("post", Handler, Now);
        var (subject, body) = EmailFor(complaint);

        var letter = complaint.RecordAcknowledgementEmail(MessageId, "j.devries@example.org", subject, body, Now.AddDays(3));

        Assert.Contains(letter, complaint.SentLetters);
        Assert.Equal(DateOnly.FromDateTime(Now.DateTime), DeadlineOf(complaint, DeadlineKind.Acknowledgement).MetOn);
        Assert.Single(complaint.Timeline, e => e.Kind == TimelineEventKind.AcknowledgementSent);
        Assert.Contains(complaint.Timeline, e => e.Kind == TimelineEventKind.LetterSent && e.What.Contains(subject, StringComparison.Ordinal));
    }

    [Fact]
    public void An_english_complaint_keeps_its_acknowledgement_as_an_english_letter()
    {
        var complaint = Complaint.Register(
            Guid.NewGuid(), Guid.NewGuid(), new ReferenceNumber(2026, 8), TrackingCode.New(),
            new ComplaintRegistration(Channel.WebForm, ComplaintKind.Complaint, ReceivedOn, "The bus stop was moved without notice.", JDeVries, Language: "en"),
            Nl, Employee, Now);

        var letter = complaint.RecordAcknowledgementEmail(MessageId, "j.devries@example.org", "We have received your complaint", "Dear J. de Vries,\n\nThank you for your complaint.", Now);

        Assert.Equal("en", letter.Language);
        Assert.Equal(Readability.Score(letter.Body, "en"), letter.ReadabilityScore, 6);
    }
}
