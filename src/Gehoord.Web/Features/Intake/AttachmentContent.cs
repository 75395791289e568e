namespace Gehoord.Web.Features.Intake;

/// <summary>
/// The bytes of a <see cref="Gehoord.Domain.Complaints.ComplaintAttachment"/>, in the database so
/// that every instance can serve them and backups include them. Kept apart from the complaint so
/// that loading a case never loads the files.
/// </summary>
public sealed class AttachmentContent
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public byte[] Data { get; set; } = [];
}
