namespace Gehoord.Web.Features.Intake;

/// <summary>
/// A file a citizen uploaded with a form that still had a mistake in it. Browsers cannot keep a
/// chosen file across a page reload, so the server keeps it (for a day at most) and the form
/// carries a protected reference to it: the citizen never has to add it again.
/// </summary>
public sealed class PendingUpload
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public byte[] Data { get; set; } = [];
}
