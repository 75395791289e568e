using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Reminders;
using Gehoord.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gehoord.Web.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.RecipientUserId).HasMaxLength(450).IsRequired();
        builder.Property(n => n.DeadlineKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);

        builder.HasOne<Complaint>().WithMany().HasForeignKey(n => n.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(n => n.RecipientUserId).OnDelete(DeleteBehavior.Cascade);

        // One reminder per recipient and deadline event. The complaint leads, so the job's
        // "is there a reminder for this deadline yet" lookup reads this index too.
        builder.HasIndex(n => new { n.ComplaintId, n.DeadlineKind, n.DueOn, n.Kind, n.RecipientUserId }).IsUnique()
            .HasDatabaseName("IX_Notifications_Once"); // the generated name is too long for PostgreSQL
        // The list page and the unread count in the menu: one person's reminders, newest first.
        builder.HasIndex(n => new { n.RecipientUserId, n.CreatedAt });
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(LeaseHolder.MaxLength).IsRequired();
    }
}
