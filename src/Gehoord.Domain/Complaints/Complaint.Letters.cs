using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Letters;

namespace Gehoord.Domain.Complaints;

/// <summary>Letters that went out: stored as sent, in the case file for good.</summary>
public sealed partial class Complaint
{
    private readonly List<SentLetter> _sentLetters = [];

    public IReadOnlyList<SentLetter> SentLetters => _sentLetters;

    /// <summary>
    /// Sends a letter: refused while <see cref="LetterCompleteness"/> finds something missing,
    /// so a closing letter without a verdict per part or without the ombudsman cannot go out.
    /// The text is kept exactly as sent, with its readability score; the task it does is done
    /// and the term it serves is met.
    /// </summary>
    public SentLetter SendLetter(
        LetterCase letterCase,
        LetterRequest request,
        string subject,
        string body,
        LetterChannel channel,
        string? sentTo,
        int templateVersion,
        Actor by,
        DateTimeOffset at,
        Guid? letterId = null)
    {
        ArgumentNullException.ThrowIfNull(letterCase);
        ArgumentNullException.ThrowIfNull(request);
        if (!ReferenceEquals(letterCase.Complaint, this))
        {
            throw new ArgumentException("The letter's case must be this complaint.", nameof(letterCase));
        }

        EnsureOpen();
        if (!Enum.IsDefined(request.Kind) || !Enum.IsDefined(request.Recipient) || !Enum.IsDefined(channel))
        {
            throw new DomainException("Kies een soort brief, een ontvanger en hoe de brief weggaat uit de lijst.");
        }

        if (letterId is { } id && _sentLetters.Any(l => l.Id == id))
        {
            throw new DomainException("Deze brief is al verstuurd.");
        }

        if (request.Language is not ("nl" or "en"))
        {
            throw new DomainException("Kies Nederlands of Engels als taal van de brief.");
        }

        // A letter written without its task still does the oldest open task of its kind, so a
        // required letter sent from "another letter" does not leave closing blocked.
        var task = request.TaskId is { } taskId
            ? _letterTasks.FirstOrDefault(t => t.Id == taskId) ?? throw new DomainException("Deze brieftaak bestaat niet.")
            : _letterTasks.Where(t => !t.IsDone && t.Kind == request.Kind && t.Recipient == request.Recipient).OrderBy(t => t.CreatedAt).FirstOrDefault();
        if (task is not null && (task.IsDone || task.Kind != request.Kind || task.Recipient != request.Recipient))
        {
            throw new DomainException(task.IsDone ? "Deze brief is al verstuurd." : "Deze brief hoort niet bij deze brieftaak.");
        }

        if (channel == LetterChannel.Email && string.IsNullOrWhiteSpace(sentTo))
        {
            throw new DomainException("Er is geen e-mailadres. Verstuur de brief per post.");
        }

        subject = LetterPlainText.Clean(subject);
        body = LetterPlainText.Clean(body);
        var missing = LetterCompleteness.Missing(letterCase, request, subject, body);
        if (missing.Count > 0)
        {
            throw new LetterIncompleteException(missing);
        }

        var letter = Keep(letterId ?? Guid.CreateVersion7(at), request, sentTo, channel, subject, body, templateVersion, task?.Id, by, at);
        task?.Complete(at, LetterChannels.DutchName(channel));
        MeetTermServedBy(request.Kind, at);
        RecordLetterSent(letter, by);
        return letter;
    }

    /// <summary>
    /// Keeps the automatic acknowledgement e-mail of intake in the case file once it has left,
    /// exactly as sent, like every other letter (Awb 9:6, II.83). Its text is Gehoord's own
    /// (<see cref="Intake.AcknowledgementLetter"/>), so there is no completeness check to pass.
    /// The e-mail meets the acknowledgement term unless a letter by post met it first; the
    /// e-mail is kept either way, because it did go out. Recorded also on a complaint closed
    /// in the meantime: it is a fact, not a change of course.
    /// </summary>
    public SentLetter RecordAcknowledgementEmail(Guid letterId, string sentTo, string subject, string body, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sentTo);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        if (_sentLetters.FirstOrDefault(l => l.Id == letterId) is { } recorded)
        {
            return recorded;
        }

        var request = new LetterRequest(LetterKind.Acknowledgement, LetterRecipient.Complainant, Language == "en" ? "en" : "nl");
        var letter = Keep(letterId, request, sentTo, LetterChannel.Email, LetterPlainText.Clean(subject), LetterPlainText.Clean(body), 0, null, Actor.System, at);
        if (_deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Acknowledgement) is { MetOn: null })
        {
            RecordAcknowledgement("e-mail", Actor.System, at);
        }
        else
        {
            RecordLetterSent(letter, Actor.System);
        }

        return letter;
    }

    /// <summary>Adds the letter exactly as it went out, trimmed, with its readability score.</summary>
    private SentLetter Keep(Guid id, LetterRequest request, string? sentTo, LetterChannel channel, string subject, string body, int templateVersion, Guid? taskId, Actor by, DateTimeOffset at)
    {
        var recipientName = LetterFacts.RecipientName(this, request)
            ?? (request.Recipient == LetterRecipient.Complainant ? "de klager" : "de beklaagde");
        var letter = new SentLetter(
            id,
            request.Kind,
            request.Recipient,
            recipientName,
            string.IsNullOrWhiteSpace(sentTo) ? null : sentTo.Trim(),
            channel,
            request.Language,
            subject.Trim(),
            body.Trim(),
            Readability.Score(body, request.Language),
            templateVersion,
            taskId,
            by,
            at);
        _sentLetters.Add(letter);
        return letter;
    }

    private void RecordLetterSent(SentLetter letter, Actor by) =>
        Record(letter.SentAt, by, TimelineEventKind.LetterSent,
            $"{HandlingFacts.DutchName(letter.Kind)} aan {letter.RecipientName} verstuurd per {LetterChannels.DutchName(letter.Channel)}: “{letter.Subject}”.");

    // The law's terms are met by the letter, not by the decision before it (Awb 9:6, 9:8 lid 3, 9:12).
    private void MeetTermServedBy(LetterKind kind, DateTimeOffset at)
    {
        switch (kind)
        {
            case LetterKind.Acknowledgement:
                MeetDeadline(DeadlineKind.Acknowledgement, at);
                break;
            case LetterKind.NotHandledNotice:
                MeetDeadline(DeadlineKind.NotHandledNotice, at);
                break;
            case LetterKind.ClosingAfterInvestigation:
                MeetDeadline(DeadlineKind.Handling, at);
                break;
        }
    }
}

/// <summary>A letter may not go out yet; <see cref="Missing"/> says what to add, in plain Dutch.</summary>
public sealed class LetterIncompleteException : DomainException
{
    public LetterIncompleteException(IReadOnlyList<string> missing)
        : base("Deze brief kan nog niet worden verstuurd. Nog nodig: " + string.Join(" ", missing))
    {
        Missing = missing;
    }

    public IReadOnlyList<string> Missing { get; }
}
