namespace Gehoord.Domain.Access;

/// <summary>What kind of thing of a case file was opened (ADR 21). Stored by name; do not rename.</summary>
public enum AccessItem
{
    /// <summary>The case page.</summary>
    CaseFile,

    /// <summary>A handling page of the case (exploring, solving, closing …): they show the file too.</summary>
    HandlingPage,

    /// <summary>An attachment downloaded.</summary>
    Attachment,

    /// <summary>A letter read on screen (a sent letter, the acknowledgement to print).</summary>
    Letter,

    /// <summary>A letter downloaded as PDF or Word, sent or in draft.</summary>
    LetterDownload,

    /// <summary>The case file taken out of Gehoord in bulk; for the exports still to come (architecture, "What comes next").</summary>
    Export,
}

/// <summary>
/// One line of the access log (inzage-logboek): who opened what kind of item of which case,
/// and when, or was refused. No content and no citizen's data: the case by its id, the item
/// by its kind and id (a file name can hold a name). Written in the request that opens the
/// item, so nothing is shown without its line (ADR 21).
/// </summary>
public sealed class AccessLogEntry
{
    private AccessLogEntry()
    {
        ActorId = string.Empty;
        ActorName = string.Empty;
    }

    public AccessLogEntry(Guid id, Guid organisationId, Guid complaintId, DateTimeOffset at, Actor by, AccessItem item, Guid? itemId, bool refused)
    {
        if (organisationId == Guid.Empty || complaintId == Guid.Empty)
        {
            throw new ArgumentException("An access log line belongs to a case of an organisation.", nameof(complaintId));
        }

        Id = id;
        OrganisationId = organisationId;
        ComplaintId = complaintId;
        At = at;
        ActorId = by.Id;
        ActorName = by.Name;
        Item = item;
        ItemId = itemId;
        Refused = refused;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ComplaintId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; }

    /// <summary>Copied, as in the timeline, so the log stays readable after an account is removed.</summary>
    public string ActorName { get; private set; }

    public AccessItem Item { get; private set; }

    /// <summary>The attachment or letter, when the item is one.</summary>
    public Guid? ItemId { get; private set; }

    /// <summary>The person asked and the access policy refused (a 403): an attempt is worth knowing too.</summary>
    public bool Refused { get; private set; }

    public static string DutchName(AccessItem item) => item switch
    {
        AccessItem.CaseFile => "Dossier",
        AccessItem.HandlingPage => "Behandelpagina",
        AccessItem.Attachment => "Bijlage",
        AccessItem.Letter => "Brief bekeken",
        AccessItem.LetterDownload => "Brief gedownload",
        AccessItem.Export => "Export",
        _ => item.ToString(),
    };
}
