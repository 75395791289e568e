using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Letters;
using Gehoord.Domain.Privacy;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gehoord.Web.Features.Audit;

/// <summary>
/// One line of the statement of destruction (Archiefbesluit 1995 art. 8, ADR 24): which file,
/// closed when, destroyed when, on what ground, how, and who approved it. No personal data, so
/// it is kept for good and can be exported.
/// </summary>
public sealed class DestructionRecord
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ComplaintId { get; set; }

    public string Reference { get; set; } = string.Empty;

    public DateOnly ReceivedOn { get; set; }

    public DateTimeOffset ClosedAt { get; set; }

    public DateTimeOffset DestroyedAt { get; set; }

    /// <summary>The term and its source, as the organisation's rules give it ("5 jaar na afsluiten; Selectielijst gemeenten 2020, 13.1").</summary>
    public string Ground { get; set; } = string.Empty;

    public string ApprovedById { get; set; } = string.Empty;

    public string ApprovedByName { get; set; } = string.Empty;

    /// <summary>What went, in counts: letters, attachments, persons.</summary>
    public string What { get; set; } = string.Empty;
}

/// <summary>What anonymising one file removes, counted before it is done (the dry run) and after.</summary>
public sealed record AnonymisationPlan(Guid ComplaintId, ReferenceNumber Reference, int Persons, int Letters, int Attachments, int TimelineEntries)
{
    public string Describe() =>
        $"{Persons} {(Persons == 1 ? "persoon" : "personen")}, {Letters} {(Letters == 1 ? "brief" : "brieven")}, {Attachments} {(Attachments == 1 ? "bijlage" : "bijlagen")}, tekst van {TimelineEntries} tijdlijnregels";
}

/// <summary>
/// Removes the personal data from a closed file past its retention term (ADR 24): every text of
/// the file loses e-mail addresses, phone numbers, addresses and the citizens' names
/// (<see cref="PersonalDataRedaction"/>), letters lose their text, attachments and the outbox's
/// copies go, the complainant's details go, and the timeline is sealed again. The complaint row
/// stays with its dates, unit, channel, kind and verdicts, so every report keeps its count.
/// One transaction per file, with its line in the statement of destruction.
/// </summary>
public sealed class Anonymiser(GehoordDbContext db, Clock clock)
{
    public const string DestroyedLetter = "[Tekst vernietigd na de bewaartermijn]";

    /// <summary>String properties that are codes, keys or staff data, never a citizen's words.</summary>
    private static readonly string[] Kept = ["Id", "Hash", "TrackingCode", "Language", "Purpose", "ContentType", "Slug"];

    public async Task<AnonymisationPlan> PlanAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().WithEverything().SingleAsync(c => c.Id == complaintId, cancellationToken);
        return PlanOf(complaint);
    }

    /// <param name="complaintId">The file.</param>
    /// <param name="by">Who approved it.</param>
    /// <param name="ground">The ground, as the statement of destruction names it.</param>
    /// <param name="onRequest">
    /// At the person's request (AVG art. 17) rather than after the term: then the term only
    /// stops it where the law makes the organisation keep its files (<see cref="Retention.ObligedToKeep"/>).
    /// </param>
    /// <param name="cancellationToken">Stops the work; nothing is stored then.</param>
    public async Task<AnonymisationPlan> AnonymiseAsync(Guid complaintId, Actor by, string ground, bool onRequest, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == db.CurrentOrganisationId)
            .Select(o => new { o.RetentionYears, o.JurisdictionProfileKey }).SingleAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var complaint = await db.Complaints.WithEverything().SingleAsync(c => c.Id == complaintId, cancellationToken);
        DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(clock.ToLocal(at).DateTime);
        if (onRequest)
        {
            complaint.EnsureMayErase(Gehoord.Domain.Jurisdictions.JurisdictionProfile.FromKey(organisation.JurisdictionProfileKey).Code, organisation.RetentionYears, clock.Today, LocalDate);
        }
        else
        {
            complaint.EnsureMayAnonymise(organisation.RetentionYears, clock.Today, LocalDate);
        }

        var plan = PlanOf(complaint);
        var names = complaint.CitizenNames();

        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is SentLetter)
            {
                entry.Property(nameof(SentLetter.Body)).CurrentValue = DestroyedLetter;
                entry.Property(nameof(SentLetter.SentTo)).CurrentValue = null;
            }

            Redact(entry, names);
        }

        var attachmentIds = complaint.Attachments.Select(a => a.Id).ToList();
        await db.AttachmentContents.Where(a => attachmentIds.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.OutboxMessages.Where(m => m.ComplaintId == complaintId).ExecuteDeleteAsync(cancellationToken);

        var now = clock.Now;
        complaint.CompleteAnonymisation(by, now);
        db.DestructionRecords.Add(new DestructionRecord
        {
            Id = Guid.CreateVersion7(now),
            OrganisationId = complaint.OrganisationId,
            ComplaintId = complaint.Id,
            Reference = complaint.Reference.ToString(),
            ReceivedOn = complaint.ReceivedOn,
            ClosedAt = complaint.ClosedAt!.Value,
            DestroyedAt = now,
            Ground = ground,
            ApprovedById = by.Id,
            ApprovedByName = by.Name,
            What = plan.Describe(),
        });

        db.DestroyingLetterTexts = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.DestroyingLetterTexts = false;
        }

        await transaction.CommitAsync(cancellationToken);
        return plan;
    }

    /// <summary>Keeps a refused request for erasure in the file's timeline, with its reason.</summary>
    public async Task RecordRefusalAsync(Guid complaintId, string reason, Actor by, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var complaint = await db.Complaints.WithEverything().SingleAsync(c => c.Id == complaintId, cancellationToken);
        complaint.RecordErasureRefused(reason, by, clock.Now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static AnonymisationPlan PlanOf(Complaint complaint) => new(
        complaint.Id,
        complaint.Reference,
        complaint.CitizenNames().Count,
        complaint.SentLetters.Count,
        complaint.Attachments.Count,
        complaint.Timeline.Count);

    /// <summary>Every text of a tracked part of the file, but its codes and the complainant's own details (replaced whole by the domain).</summary>
    private static void Redact(EntityEntry entry, IReadOnlyList<string> names)
    {
        if (entry.Metadata.ClrType == typeof(Complainant) || entry.Metadata.ClrType == typeof(Representative))
        {
            return;
        }

        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (property.Metadata.ClrType != typeof(string) || property.Metadata.IsKey() || property.Metadata.IsForeignKey()
                || Kept.Any(k => name.EndsWith(k, StringComparison.Ordinal)) || property.CurrentValue is not string text)
            {
                continue;
            }

            var redacted = PersonalDataRedaction.Redact(text, names);
            if (!string.Equals(redacted, text, StringComparison.Ordinal))
            {
                property.CurrentValue = redacted;
            }
        }
    }
}
