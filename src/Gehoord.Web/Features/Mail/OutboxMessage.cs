namespace Gehoord.Web.Features.Mail;

/// <summary>
/// An e-mail waiting to go out. Writing it to the database in the same transaction as the
/// complaint means a crash or a mail server that is down never loses an acknowledgement; the
/// <see cref="OutboxDispatcher"/> sends it and retries with growing pauses.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid? ComplaintId { get; set; }

    /// <summary>What the message is, for the case file and for tests ("Acknowledgement").</summary>
    public string Purpose { get; set; } = string.Empty;

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    /// <summary>The plain text; always sent.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>The same text as HTML, sent as an alternative to <see cref="Body"/>; null for plain text only.</summary>
    public string? HtmlBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Why the last attempt failed, without addresses or content (no personal data in logs).</summary>
    public string? LastError { get; set; }

    /// <summary>Set while one instance sends it, so two instances never send the same message.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>How often an instance took the message to send it; every attempt that ends, ends with <see cref="SentAt"/> or one more <see cref="Attempts"/>.</summary>
    public int Claims { get; set; }

    /// <summary>
    /// An earlier claim ended with neither: the instance stopped (a crash, a kill) while it was
    /// sending, perhaps after the mail server had accepted the message. Sent again, the citizen may
    /// have it twice; the case file says so rather than hide it.
    /// </summary>
    public bool MayHaveGoneTwice => SentAt is not null && Claims > Attempts + 1;

    public bool GaveUp { get; set; }
}
