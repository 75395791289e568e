namespace Gehoord.Domain.Complaints;

public sealed partial class Complaint
{
    /// <summary>
    /// The letters still to write, most needed first. An invitation to a hearing is no longer
    /// offered once the hearing has been held or declined, or its date has passed: inviting
    /// someone to a day that is over helps nobody. Required letters are always offered.
    /// </summary>
    public IReadOnlyList<LetterTask> LettersToWrite(DateOnly today) =>
        [.. _letterTasks
            .Where(t => !t.IsDone && (t.Required || !IsOutdatedInvitation(t, today)))
            .OrderByDescending(t => t.Required)
            .ThenBy(t => t.CreatedAt)];

    private bool IsOutdatedInvitation(LetterTask task, DateOnly today) =>
        task.Kind == LetterKind.HearingInvitation
        && _hearings.FirstOrDefault(h => h.Id == task.AboutId) is { } hearing
        && (hearing.HeldOn is not null || hearing.Declined || hearing.PlannedOn < today);
}
