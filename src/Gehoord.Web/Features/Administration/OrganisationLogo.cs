namespace Gehoord.Web.Features.Administration;

/// <summary>
/// The letterhead logo of an organisation (PNG or JPEG), apart from the organisation so that
/// loading its settings for every deadline never loads the image.
/// </summary>
public sealed class OrganisationLogo
{
    public Guid OrganisationId { get; set; }

    public string ContentType { get; set; } = "image/png";

    public byte[] Data { get; set; } = [];

    public DateTimeOffset UploadedAt { get; set; }
}
