using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Intake;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;

namespace Gehoord.Web.Features.Intake;

/// <summary>A file as received from a form, already checked by <see cref="AttachmentPolicy"/>.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Data);

/// <summary>
/// Registers a complaint from any channel: reference number, tracking code, units, attachments,
/// and the acknowledgement of receipt queued in the outbox, all in one transaction.
/// </summary>
public sealed class ComplaintIntake(GehoordDbContext db, Clock clock, Outbox outbox, PublicOrganisation publicOrganisation, PublicAddress publicAddress)
{
    public const string AcknowledgementPurpose = "Acknowledgement";

    public async Task<Complaint> RegisterAsync(
        Organisation organisation,
        ComplaintRegistration registration,
        IReadOnlyCollection<Guid> unitIds,
        IReadOnlyList<UploadedFile> files,
        Actor by,
        CancellationToken cancellationToken,
        Action<Complaint>? beforeSave = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(unitIds);
        ArgumentNullException.ThrowIfNull(files);

        var now = clock.Now;
        var reference = await ReferenceNumbers.NextAsync(db, organisation.Id, now.Year, cancellationToken);
        var complaint = Complaint.Register(
            Guid.CreateVersion7(now), organisation.Id, reference, TrackingCode.New(), registration, organisation.Profile(), by, now);

        foreach (var unit in organisation.Units.Where(u => unitIds.Contains(u.Id)))
        {
            complaint.AddUnit(unit.Id, unit.Name, by, now);
        }

        foreach (var file in files)
        {
            var attachment = complaint.AddAttachment(Guid.CreateVersion7(now), file.FileName, file.ContentType, file.Data.LongLength, by, now);
            db.AttachmentContents.Add(new AttachmentContent { Id = attachment.Id, OrganisationId = organisation.Id, Data = file.Data });
        }

        beforeSave?.Invoke(complaint);
        db.Complaints.Add(complaint);
        QueueAcknowledgement(organisation, complaint, await StatusPageAsync(organisation, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return complaint;
    }

    /// <summary>
    /// Written complaints get an acknowledgement (Awb 9:6, II.83). With an e-mail address it goes
    /// out through the outbox and is recorded as sent once it has left; without one, staff print
    /// the letter from the case page.
    /// </summary>
    private void QueueAcknowledgement(Organisation organisation, Complaint complaint, string statusPage)
    {
        // A complaint resolved on the spot has met its deadlines: nothing left to acknowledge.
        if (!complaint.Deadlines.Any(d => d.Kind == DeadlineKind.Acknowledgement && d.MetOn is null))
        {
            return;
        }

        var to = complaint.Complainant.Email ?? complaint.Complainant.Representative?.Email;
        if (to is null || complaint.Complainant.PreferredContact == PreferredContact.Post)
        {
            return;
        }

        var letter = AcknowledgementLetter.Compose(FactsFor(organisation, complaint, statusPage));
        outbox.Enqueue(organisation.Id, complaint.Id, AcknowledgementPurpose, to, letter.Subject, AcknowledgementLetter.ToPlainText(letter));
    }

    /// <summary>What the acknowledgement says; <paramref name="statusPage"/> comes from <see cref="StatusPageAsync"/>.</summary>
    public AcknowledgementFacts FactsFor(Organisation organisation, Complaint complaint, string statusPage)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(complaint);
        var profile = organisation.Profile();
        var handling = complaint.Deadlines.Single(d => d.Kind == DeadlineKind.Handling);
        var english = complaint.Language == "en";
        return new AcknowledgementFacts(
            organisation.Name,
            complaint.Reference.ToString(),
            complaint.TrackingCode,
            complaint.ReceivedOn,
            complaint.Description,
            complaint.Complainant.Name ?? complaint.Complainant.Representative?.Name,
            handling.DueOn,
            english ? Term.DescriptionInEnglish(handling.TermDescription) : handling.TermDescription,
            complaint.AdvisoryCommittee,
            organisation.ContactName,
            organisation.ContactPhone,
            organisation.ContactEmail,
            StatusUrl(statusPage, complaint),
            english ? profile.OmbudsmanNameInEnglish : profile.OmbudsmanName,
            english,
            profile.Terms.HandlingWithCommittee != profile.Terms.Handling);
    }

    /// <summary>
    /// The organisation's status page: <c>/volgen</c> for the installation's default
    /// organisation, <c>/{slug}/volgen</c> for another one, at the configured public address.
    /// </summary>
    public async Task<string> StatusPageAsync(Organisation organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return publicAddress.Link($"{await publicOrganisation.PathAsync(organisation, cancellationToken)}/volgen");
    }

    /// <summary>Where the citizen follows the complaint: the status page with the tracking code filled in.</summary>
    public static string StatusUrl(string statusPage, Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return $"{statusPage}?code={Uri.EscapeDataString(complaint.TrackingCode)}";
    }
}
