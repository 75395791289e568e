namespace Gehoord.Domain.Deadlines;

/// <summary>A date by which something must be done for a complaint, with the term it came from.</summary>
public sealed record Deadline(DeadlineKind Kind, DateOnly DueOn, Term Term);
