using Gehoord.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gehoord.Web.Persistence.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    /// <summary>
    /// The condition of the partial indexes over open complaints, written as EF writes
    /// <c>Status != Closed</c> (the status is stored as its name), so that both databases see
    /// that a query for open complaints may use them.
    /// </summary>
    internal const string OpenFilter = "\"Status\" <> 'Closed'";

    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Ignore(c => c.Reference);

        // Enums as text: the database stays readable for reports and for whoever inherits it.
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.LadderStep).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(30);

        builder.Property(c => c.TrackingCode).HasMaxLength(14).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(20_000).IsRequired();
        builder.Property(c => c.HandlerId).HasMaxLength(450);
        builder.Property(c => c.HandlerName).HasMaxLength(200);
        builder.Property(c => c.Wishes).HasConversion<int>();
        builder.Property(c => c.WishOther).HasMaxLength(2000);
        builder.Property(c => c.Language).HasMaxLength(5).IsRequired();

        // Handling (rules of thumb 2-5): scalar facts of the case, one column each.
        builder.Property(c => c.Core).HasMaxLength(4000);
        builder.Property(c => c.Subject).HasMaxLength(ComplaintSubject.MaxLength).IsRequired();
        builder.Property(c => c.CitizenWants).HasMaxLength(4000);
        builder.Property(c => c.EscalatedToId).HasMaxLength(450);
        builder.Property(c => c.EscalatedToName).HasMaxLength(200);
        builder.Property(c => c.SolutionMeasures).HasConversion<int>();
        builder.Property(c => c.SolutionDescription).HasMaxLength(8000);
        builder.Property(c => c.CompensationAmount).HasPrecision(12, 2);
        builder.Property(c => c.ReferralBody).HasMaxLength(200);
        builder.Property(c => c.ReferralContact).HasMaxLength(200);
        builder.Property(c => c.ChainBodies).HasMaxLength(1000);
        builder.Property(c => c.JointPosition).HasMaxLength(4000);
        builder.Property(c => c.SatisfactionNote).HasMaxLength(4000);
        builder.Property(c => c.LessonText).HasMaxLength(4000);
        builder.Property(c => c.LessonLevel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.NotHandledGroundCode).HasMaxLength(20);
        builder.Property(c => c.NotHandledMotivation).HasMaxLength(4000);
        builder.Property(c => c.HandledDespiteGroundCode).HasMaxLength(20);
        builder.Property(c => c.HandledDespiteMotivation).HasMaxLength(4000);
        builder.Property(c => c.ForwardedTo).HasMaxLength(200);
        builder.Property(c => c.WithdrawalReason).HasMaxLength(4000);
        builder.Property(c => c.ComplainantHearingWaiver).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.HearingWaiverMotivation).HasMaxLength(4000);
        builder.Property(c => c.LawfulnessNote).HasMaxLength(4000);
        builder.Property(c => c.CommitteeFindings).HasMaxLength(8000);
        builder.Property(c => c.CommitteeAdvice).HasMaxLength(8000);
        builder.Property(c => c.CommitteeRecommendations).HasMaxLength(8000);
        builder.Property(c => c.CommitteeDeviationMotivation).HasMaxLength(4000);
        builder.Property(c => c.ExtensionReason).HasMaxLength(4000);
        builder.Property(c => c.OmbudsmanName).HasMaxLength(200);
        builder.Property(c => c.OmbudsmanTerm).HasMaxLength(200);
        builder.Property(c => c.UrgentReason).HasMaxLength(500);
        builder.Property(c => c.EscalationQuestion).HasMaxLength(4000);
        builder.Property(c => c.EscalationDecision).HasMaxLength(4000);
        builder.Property(c => c.DissatisfactionMarks);
        builder.Ignore(c => c.MarkedPhrases);

        // The head of the timeline's chain (ADR 20): the hash of the last event and the length.
        builder.Property(c => c.TimelineHash).HasMaxLength(Gehoord.Domain.Records.RecordChain.HashLength);
        builder.Ignore(c => c.TimelineHead);
        // The complaints not sealed yet: empty once the start-up backfill ran, so asking for them
        // costs nothing at a million complaints (RecordChainBackfill).
        builder.HasIndex(c => c.Id, "IX_Complaints_Unsealed").HasFilter("\"TimelineHash\" IS NULL");

        // Confidential cases (ADR 21): the flag beside the subject lists read, the names apart.
        builder.Property(c => c.ConfidentialReason).HasMaxLength(Complaint.ConfidentialReasonMaxLength);
        builder.Property(c => c.LegalHoldReason).HasMaxLength(Complaint.LegalHoldReasonMaxLength);

        // The files past their retention term (ADR 24): closed, not held, not yet anonymised, in closing order.
        builder.HasIndex(c => new { c.OrganisationId, c.ClosedAt, c.Id }, "IX_Complaints_Closed_ClosedAt")
            .HasFilter("\"Status\" = 'Closed' AND \"LegalHoldReason\" IS NULL AND \"AnonymisedAt\" IS NULL");
        builder.OwnsMany(c => c.ConfidentialReaders, r =>
        {
            r.ToTable("ComplaintConfidentialReaders");
            r.WithOwner().HasForeignKey("ComplaintId");
            r.HasKey("ComplaintId", nameof(ConfidentialReader.StaffUserId));
            r.Property(x => x.StaffUserId).HasMaxLength(450);
            r.Property(x => x.Name).HasMaxLength(200).IsRequired();
        });
        builder.Navigation(c => c.ConfidentialReaders).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(c => new { c.OrganisationId, c.ReferenceYear, c.ReferenceSequence }).IsUnique();
        builder.HasIndex(c => c.TrackingCode).IsUnique();

        // The inbox sorts on the nearest deadline and pages by (NextDueOn, Id): keyset paging
        // over this index stays fast at a hundred thousand complaints.
        builder.HasIndex(c => new { c.OrganisationId, c.NextDueOn, c.Id });
        // The open complaints alone, in deadline order: the default inbox and its bounded counts
        // (overdue, due soon) read a range of this index and stop at the cap, without visiting
        // the closed majority or the table to check the status (ADR 16).
        builder.HasIndex(c => new { c.OrganisationId, c.NextDueOn, c.Id }, "IX_Complaints_Open_NextDueOn")
            .HasFilter(OpenFilter);
        // The other sort orders of the inbox (ADR 16): each pages over its own index.
        builder.HasIndex(c => new { c.OrganisationId, c.HandlingDueOn, c.Id });
        builder.HasIndex(c => new { c.OrganisationId, c.ReceivedOn, c.Id });
        // Urgent complaints come first in every list; they are few, so partial indexes find them
        // all. Partial, so that the segment of the other complaints ("NOT IsUrgent") cannot be
        // planned over them: SQLite took an index on (OrganisationId, IsUrgent) for that equality
        // and sorted half the organisation. One per order, with the order's columns: with only
        // (OrganisationId), SQLite planned the urgent segment over the open deadline index and
        // walked 45,000 undated open complaints for 381 urgent ones (a committee member's start
        // page took 1.1 s at a million).
        builder.HasIndex(c => new { c.OrganisationId, c.NextDueOn, c.Id }, "IX_Complaints_Urgent").HasFilter("\"IsUrgent\"");
        builder.HasIndex(c => new { c.OrganisationId, c.HandlingDueOn, c.Id }, "IX_Complaints_Urgent_HandlingDueOn").HasFilter("\"IsUrgent\"");
        builder.HasIndex(c => new { c.OrganisationId, c.ReceivedOn, c.Id }, "IX_Complaints_Urgent_ReceivedOn").HasFilter("\"IsUrgent\"");
        // A handler's urgent complaints (and the unassigned ones, HandlerId null): without it
        // SQLite walked all of a handler's open complaints in the handler index to find the
        // few urgent ones (85 ms on a handler's start page at a million complaints).
        builder.HasIndex(c => new { c.OrganisationId, c.HandlerId, c.NextDueOn, c.Id }, "IX_Complaints_Urgent_HandlerId").HasFilter("\"IsUrgent\"");
        // The same for a phase and a channel: SQLite walked the 90,000 open complaints exploring
        // for the urgent ones (60–116 ms for the phase filter).
        builder.HasIndex(c => new { c.OrganisationId, c.Status, c.NextDueOn, c.Id }, "IX_Complaints_Urgent_Status").HasFilter("\"IsUrgent\"");
        builder.HasIndex(c => new { c.OrganisationId, c.Channel, c.NextDueOn, c.Id }, "IX_Complaints_Urgent_Channel").HasFilter("\"IsUrgent\"");
        // A phase, a channel, a handler ("mijn", "niet toegewezen") and an employee's own registrations
        // (need-to-know, ADR 10), each with the deadline after it: the page and its counts are
        // ranges of the index instead of a filter over the organisation's deadline order.
        // The phase index holds the open complaints only: with the closed majority in it, SQLite
        // counted "open, at most 1,001" over this index (it covers the count) and stepped
        // through half a million closed entries, 40-80 ms on every inbox page at a million.
        builder.HasIndex(c => new { c.OrganisationId, c.Status, c.NextDueOn, c.Id }, "IX_Complaints_Open_Status_NextDueOn")
            .HasFilter(OpenFilter);
        builder.HasIndex(c => new { c.OrganisationId, c.Channel, c.NextDueOn, c.Id }, "IX_Complaints_Open_Channel_NextDueOn")
            .HasFilter(OpenFilter);
        builder.HasIndex(c => new { c.OrganisationId, c.HandlerId, c.NextDueOn, c.Id }, "IX_Complaints_Open_HandlerId_NextDueOn")
            .HasFilter(OpenFilter);
        builder.Property(c => c.RegisteredById).HasMaxLength(450);
        builder.HasIndex(c => new { c.OrganisationId, c.RegisteredById, c.NextDueOn, c.Id });
        // An employee's start page: what she registered that still waits for a handler (open,
        // no handler). A few among her thousands of registrations, found without visiting the
        // others. Without the public form's complaints (no employee): with them, SQLite's
        // statistics made the index look unselective and it walked every complaint still received.
        builder.HasIndex(c => new { c.OrganisationId, c.RegisteredById, c.NextDueOn, c.Id }, "IX_Complaints_Waiting_RegisteredById")
            .HasFilter("\"Status\" <> 'Closed' AND \"HandlerId\" IS NULL AND \"RegisteredById\" IS NOT NULL");
        // The complaints put to a manager (escalation): a handful among a million.
        builder.HasIndex(c => new { c.OrganisationId, c.EscalatedToId }).HasFilter("\"EscalatedToId\" IS NOT NULL");

        builder.OwnsOne(c => c.Complainant, p =>
        {
            p.Property(x => x.Name).HasColumnName("ComplainantName").HasMaxLength(200);
            p.Property(x => x.Email).HasColumnName("ComplainantEmail").HasMaxLength(320);
            p.Property(x => x.Phone).HasColumnName("ComplainantPhone").HasMaxLength(50);
            p.Property(x => x.Street).HasColumnName("ComplainantStreet").HasMaxLength(200);
            p.Property(x => x.PostalCode).HasColumnName("ComplainantPostalCode").HasMaxLength(20);
            p.Property(x => x.City).HasColumnName("ComplainantCity").HasMaxLength(100);
            p.Property(x => x.PreferredContact).HasColumnName("ComplainantPreferredContact").HasConversion<string>().HasMaxLength(20);
            p.OwnsOne(x => x.Representative, r =>
            {
                r.Property(x => x.Name).HasColumnName("RepresentativeName").HasMaxLength(200);
                r.Property(x => x.Email).HasColumnName("RepresentativeEmail").HasMaxLength(320);
                r.Property(x => x.Phone).HasColumnName("RepresentativePhone").HasMaxLength(50);
                r.Property(x => x.Relationship).HasColumnName("RepresentativeRelationship").HasMaxLength(100);
            });
        });
        builder.Navigation(c => c.Complainant).IsRequired();

        builder.HasMany(c => c.Respondents).WithOne().HasForeignKey("ComplaintId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Respondents).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(c => c.Parts).WithOne().HasForeignKey("ComplaintId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Parts).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(c => c.Timeline).WithOne().HasForeignKey("ComplaintId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(c => c.Attachments).WithOne().HasForeignKey("ComplaintId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.ContactMoments, m =>
        {
            m.ToTable("ContactMoments");
            m.WithOwner().HasForeignKey("ComplaintId");
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedNever();
            m.Property(x => x.Party).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.Form).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.Summary).HasMaxLength(8000);
        });
        builder.Navigation(c => c.ContactMoments).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Hearings, h =>
        {
            h.ToTable("Hearings");
            h.WithOwner().HasForeignKey("ComplaintId");
            h.HasKey(x => x.Id);
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.Party).HasConversion<string>().HasMaxLength(20);

            // A plain column: the complaint checks that the respondent is its own, so no foreign key between its owned tables.
            h.Property(x => x.RespondentId);
            h.Property(x => x.Form).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.Report).HasMaxLength(20_000);
        });
        builder.Navigation(c => c.Hearings).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.InvolvedPersons, p =>
        {
            p.ToTable("InvolvedPersons");
            p.WithOwner().HasForeignKey("ComplaintId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.Name).HasMaxLength(200).IsRequired();
            p.Property(x => x.Statement).HasMaxLength(8000);
        });
        builder.Navigation(c => c.InvolvedPersons).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Assessments, a =>
        {
            a.ToTable("StandardAssessments");
            a.WithOwner().HasForeignKey("ComplaintId");
            a.HasKey("ComplaintId", nameof(StandardAssessment.StandardNumber));

            // The number is the standard's own (1-22 or 1-14), never generated by the database.
            a.Property(x => x.StandardNumber).ValueGeneratedNever();
            a.Property(x => x.StandardName).HasMaxLength(200).IsRequired();
            a.Property(x => x.Finding).HasConversion<string>().HasMaxLength(20);
            a.Ignore(x => x.Breached);
            a.Property(x => x.Note).HasMaxLength(4000).IsRequired();
        });
        builder.Navigation(c => c.Assessments).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.LetterTasks, t =>
        {
            t.ToTable("LetterTasks");
            t.WithOwner().HasForeignKey("ComplaintId");
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).ValueGeneratedNever();
            t.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            t.Property(x => x.Recipient).HasConversion<string>().HasMaxLength(20);
            t.Property(x => x.RecipientName).HasMaxLength(400);
            t.Property(x => x.Subject).HasMaxLength(300);
            t.Property(x => x.DoneVia).HasMaxLength(50);
        });
        builder.Navigation(c => c.LetterTasks).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Sent letters are never updated; SentLetterGuard refuses a change before it reaches the database.
        builder.OwnsMany(c => c.SentLetters, l =>
        {
            l.ToTable("SentLetters");
            l.WithOwner().HasForeignKey("ComplaintId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).ValueGeneratedNever();
            l.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            l.Property(x => x.Recipient).HasConversion<string>().HasMaxLength(20);
            l.Property(x => x.RecipientName).HasMaxLength(400).IsRequired();
            l.Property(x => x.SentTo).HasMaxLength(400);
            l.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
            l.Property(x => x.Language).HasMaxLength(5).IsRequired();
            l.Property(x => x.Subject).HasMaxLength(300).IsRequired();
            l.Property(x => x.Body).IsRequired();
            l.Property(x => x.SentById).HasMaxLength(450).IsRequired();
            l.Property(x => x.SentByName).HasMaxLength(200).IsRequired();
        });
        builder.Navigation(c => c.SentLetters).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Units, u =>
        {
            u.ToTable("ComplaintUnits");
            u.WithOwner().HasForeignKey("ComplaintId");
            u.HasKey("ComplaintId", nameof(ConcernedUnit.UnitId));

            // The unit's own id: set by the domain, so a unit added later is an insert, not an update.
            u.Property(x => x.UnitId).ValueGeneratedNever();
            u.HasIndex(x => x.UnitId);

            // Copies of the complaint's open flag and nearest term, kept by the DbContext on every
            // save (UnitCopies): a unit's counts are then one range of this partial index instead
            // of a join of the unit's rows with every open complaint in the range (ADR 18).
            u.Property<bool>(UnitCopies.IsOpen);
            u.Property<DateOnly?>(UnitCopies.NextDueOn);
            u.HasIndex(nameof(ConcernedUnit.UnitId), UnitCopies.NextDueOn, "ComplaintId")
                .HasDatabaseName("IX_ComplaintUnits_Open_UnitId_NextDueOn")
                .HasFilter($"\"{UnitCopies.IsOpen}\"");
        });
        builder.Navigation(c => c.Units).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Deadlines, d =>
        {
            d.ToTable("ComplaintDeadlines");
            d.WithOwner().HasForeignKey("ComplaintId");
            d.HasKey("ComplaintId", nameof(ComplaintDeadline.Kind));
            d.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            d.Property(x => x.TermDescription).HasMaxLength(50).IsRequired();
        });
        builder.Navigation(c => c.Deadlines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RespondentConfiguration : IEntityTypeConfiguration<Respondent>
{
    public void Configure(EntityTypeBuilder<Respondent> builder)
    {
        builder.ToTable("Respondents");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(200).IsRequired();
        builder.Property(r => r.StaffUserId).HasMaxLength(450);
        builder.Property(r => r.View).HasMaxLength(8000);
    }
}

internal sealed class ComplaintPartConfiguration : IEntityTypeConfiguration<ComplaintPart>
{
    public void Configure(EntityTypeBuilder<ComplaintPart> builder)
    {
        builder.ToTable("ComplaintParts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Description).HasMaxLength(4000).IsRequired();
        builder.Property(p => p.Verdict).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.VerdictMotivation).HasMaxLength(8000);
    }
}

internal sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> builder)
    {
        builder.ToTable("TimelineEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.What).HasMaxLength(8000).IsRequired();
        builder.Property(e => e.Why).HasMaxLength(4000);
        builder.Property(e => e.Hash).HasMaxLength(Gehoord.Domain.Records.RecordChain.HashLength);
        builder.HasIndex("ComplaintId", nameof(TimelineEvent.Sequence)).IsUnique();
    }
}

internal sealed class ComplaintAttachmentConfiguration : IEntityTypeConfiguration<ComplaintAttachment>
{
    public void Configure(EntityTypeBuilder<ComplaintAttachment> builder)
    {
        builder.ToTable("ComplaintAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(100).IsRequired();
    }
}

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<Features.Intake.AttachmentContent>
{
    public void Configure(EntityTypeBuilder<Features.Intake.AttachmentContent> builder)
    {
        builder.ToTable("AttachmentContents");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Data).IsRequired();
        builder.HasOne<ComplaintAttachment>().WithOne().HasForeignKey<Features.Intake.AttachmentContent>(a => a.Id).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PendingUploadConfiguration : IEntityTypeConfiguration<Features.Intake.PendingUpload>
{
    public void Configure(EntityTypeBuilder<Features.Intake.PendingUpload> builder)
    {
        builder.ToTable("PendingUploads");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.FileName).HasMaxLength(200).IsRequired();
        builder.Property(p => p.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Data).IsRequired();
        builder.HasIndex(p => p.CreatedAt);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<Features.Mail.OutboxMessage>
{
    public void Configure(EntityTypeBuilder<Features.Mail.OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Purpose).HasMaxLength(50).IsRequired();
        builder.Property(m => m.To).HasMaxLength(320).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Body).IsRequired();
        builder.Property(m => m.HtmlBody);
        builder.Property(m => m.LastError).HasMaxLength(500);

        // The dispatcher looks for unsent messages that are due.
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        builder.HasIndex(m => m.ComplaintId);
    }
}

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> builder)
    {
        builder.ToTable("ReferenceCounters");
        builder.HasKey(c => new { c.OrganisationId, c.Year });
    }
}

internal sealed class ConductArrangementConfiguration : IEntityTypeConfiguration<ConductArrangement>
{
    public void Configure(EntityTypeBuilder<ConductArrangement> builder)
    {
        builder.ToTable("ConductArrangements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ComplainantKey).HasMaxLength(330).IsRequired();
        builder.Property(a => a.ComplainantName).HasMaxLength(320).IsRequired();
        builder.Property(a => a.Behaviour).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.Rules).HasConversion<int>();
        builder.Property(a => a.OtherRules).HasMaxLength(2000);
        builder.Property(a => a.ContactPerson).HasMaxLength(200);
        builder.Property(a => a.CreatedByName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.EndReason).HasMaxLength(2000);
        builder.Property(a => a.EndedByName).HasMaxLength(200);
        builder.Property(a => a.ReviewOutcome).HasMaxLength(2000);
        builder.Property(a => a.ReviewedByName).HasMaxLength(200);
        builder.Property(a => a.RevisedByName).HasMaxLength(200);

        // Every case page looks up the arrangements of its complainant.
        builder.HasIndex(a => new { a.OrganisationId, a.ComplainantKey });
    }
}
