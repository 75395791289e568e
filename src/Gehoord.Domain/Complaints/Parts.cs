using Gehoord.Domain.Deadlines;

namespace Gehoord.Domain.Complaints;

/// <summary>The staff member (or unit) whose conduct the complaint is about (beklaagde).</summary>
public sealed class Respondent
{
    private Respondent()
    {
        Name = string.Empty;
    }

    internal Respondent(Guid id, string name, string? staffUserId, Guid? unitId)
    {
        Id = id;
        Name = name;
        StaffUserId = staffUserId;
        UnitId = unitId;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Set when the respondent has an account, so the 9:7 rule can be checked on it.</summary>
    public string? StaffUserId { get; private set; }

    public Guid? UnitId { get; private set; }

    /// <summary>When the respondent got a copy of the complaint and its enclosures (Awb 9:9).</summary>
    public DateOnly? InformedOn { get; private set; }

    /// <summary>The respondent's own account of what happened.</summary>
    public string? View { get; private set; }

    internal void Inform(DateOnly on) => InformedOn = on;

    internal void RecordView(string view) => View = view;
}

/// <summary>One distinct grievance within a complaint; each part gets its own verdict.</summary>
public sealed class ComplaintPart
{
    private ComplaintPart()
    {
        Description = string.Empty;
    }

    internal ComplaintPart(Guid id, int number, string description)
    {
        Id = id;
        Number = number;
        Description = description;
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public string Description { get; private set; }

    public Verdict? Verdict { get; private set; }

    /// <summary>Whether what happened could be established; without it "unfounded" is not allowed.</summary>
    public bool? FactsEstablished { get; private set; }

    public string? VerdictMotivation { get; private set; }

    internal void Judge(Verdict verdict, bool factsEstablished, string motivation)
    {
        Verdict = verdict;
        FactsEstablished = factsEstablished;
        VerdictMotivation = motivation;
    }
}

/// <summary>A term that runs for this complaint, computed by the jurisdiction profile and stored.</summary>
public sealed class ComplaintDeadline
{
    private ComplaintDeadline()
    {
        TermDescription = string.Empty;
    }

    internal ComplaintDeadline(DeadlineKind kind, DateOnly dueOn, string termDescription)
    {
        Kind = kind;
        DueOn = dueOn;
        TermDescription = termDescription;
    }

    public DeadlineKind Kind { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>The term in words ("6 weken"), kept so letters can say what the term was.</summary>
    public string TermDescription { get; private set; }

    /// <summary>When the duty was fulfilled; a met deadline no longer signals.</summary>
    public DateOnly? MetOn { get; private set; }

    internal void Meet(DateOnly on) => MetOn ??= on;

    /// <summary>A new term after reopening: due again, and not yet met.</summary>
    internal void Restart(DateOnly dueOn, string termDescription)
    {
        Move(dueOn, termDescription);
        MetOn = null;
    }

    internal void Move(DateOnly dueOn, string termDescription)
    {
        DueOn = dueOn;
        TermDescription = termDescription;
    }
}

/// <summary>Which unit(s) of the organisation the complaint concerns.</summary>
public sealed record ConcernedUnit(Guid UnitId);

/// <summary>
/// A file the citizen or staff added (photo, PDF). The content itself is stored by the web
/// layer; the domain keeps what the case file shows.
/// </summary>
public sealed class ComplaintAttachment
{
    private ComplaintAttachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
    }

    internal ComplaintAttachment(Guid id, string fileName, string contentType, long sizeBytes, DateTimeOffset addedAt)
    {
        Id = id;
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
