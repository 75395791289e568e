using Gehoord.Domain.Complaints;
using Gehoord.Domain.Letters;

namespace Gehoord.Web.Features.Letters;

/// <summary>What the letters partial shows: the case's open letter tasks and its sent letters.</summary>
public sealed record LetterTaskList(Complaint Complaint, bool MayWrite, Func<DateTimeOffset, DateTimeOffset> ToLocal, DateOnly Today)
{
    /// <summary>Letter types a handler can write on any case, next to the tasks the handling left: every type Gehoord has a text for.</summary>
    public static IReadOnlyList<(LetterKind Kind, LetterRecipient Recipient)> FreeChoice { get; } =
        [.. DefaultLetterTemplates.All
            .Where(t => t.Profile == Domain.Jurisdictions.JurisdictionProfileCode.NlAwb && t.Language == "nl")
            .Select(t => (t.Kind, t.Recipient))
            .OrderBy(t => t.Kind)
            .ThenBy(t => t.Recipient)];

    public bool IsClosed => Complaint.Status == ComplaintStatus.Closed;

    public IReadOnlyList<LetterTask> Open => Complaint.LettersToWrite(Today);

    public IReadOnlyList<SentLetter> Sent => [.. Complaint.SentLetters.OrderBy(l => l.SentAt)];

    /// <summary>Tasks recorded as sent before letters were kept in Gehoord: done, but without a text.</summary>
    public IReadOnlyList<LetterTask> RecordedWithoutText =>
        [.. Complaint.LetterTasks.Where(t => t.IsDone && Complaint.SentLetters.All(l => l.TaskId != t.Id)).OrderBy(t => t.DoneAt)];

    public static string ComposeUrl(Guid complaintId, LetterTask task) => $"/Staff/Klachten/{complaintId}/brieven/nieuw?taak={task.Id}";

    public static string LetterUrl(Guid complaintId, SentLetter letter) => $"/Staff/Klachten/{complaintId}/brieven/{letter.Id}";

    /// <summary>"aan de klager (J. de Vries), horen van de klager op 24-11-2026".</summary>
    public static string To(LetterTask task) =>
        $"aan de {HandlingFacts.DutchName(task.Recipient)}{(task.RecipientName is null ? "" : $" ({task.RecipientName})")}{(task.Subject is null ? "" : $", {task.Subject}")}";

    public static string Choice(LetterKind kind, LetterRecipient recipient) =>
        $"{HandlingFacts.DutchName(kind)} (aan de {HandlingFacts.DutchName(recipient)})";
}
