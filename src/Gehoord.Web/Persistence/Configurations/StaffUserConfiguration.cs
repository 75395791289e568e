using Gehoord.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gehoord.Web.Persistence.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        builder.HasIndex(u => u.OrganisationId);
        builder.Ignore(u => u.IsActive);
    }
}

internal sealed class SignInCounterConfiguration : IEntityTypeConfiguration<Features.Account.SignInCounter>
{
    public void Configure(EntityTypeBuilder<Features.Account.SignInCounter> builder)
    {
        builder.ToTable("SignInCounters");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(64);

        // Clearing counters whose window ended a day ago reads this range only.
        builder.HasIndex(c => c.WindowStartedAt);
    }
}

internal sealed class DestructionRecordConfiguration : IEntityTypeConfiguration<Features.Audit.DestructionRecord>
{
    public void Configure(EntityTypeBuilder<Features.Audit.DestructionRecord> builder)
    {
        builder.ToTable("DestructionRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reference).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Ground).HasMaxLength(300).IsRequired();
        builder.Property(r => r.ApprovedById).HasMaxLength(450).IsRequired();
        builder.Property(r => r.ApprovedByName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.What).HasMaxLength(300).IsRequired();

        // The statement, newest first, per organisation.
        builder.HasIndex(r => new { r.OrganisationId, r.DestroyedAt, r.Id });
    }
}
