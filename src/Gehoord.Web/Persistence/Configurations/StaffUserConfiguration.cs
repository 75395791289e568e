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
