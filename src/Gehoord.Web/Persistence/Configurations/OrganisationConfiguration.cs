using Gehoord.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gehoord.Web.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
        builder.Property(o => o.Slug).HasMaxLength(100).IsRequired();
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.JurisdictionProfileKey).HasMaxLength(40).IsRequired();
        builder.Property(o => o.ContactPhone).HasMaxLength(50);
        builder.Property(o => o.ContactEmail).HasMaxLength(320);

        builder.HasMany(o => o.Units).WithOne().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Units).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(o => o.ExtraRestDays, d =>
        {
            d.ToTable("OrganisationExtraRestDays");
            d.WithOwner().HasForeignKey("OrganisationId");
            d.HasKey("OrganisationId", nameof(ExtraRestDay.Date));
            d.Property(x => x.Name).HasMaxLength(100).IsRequired();
        });
        builder.Navigation(o => o.ExtraRestDays).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(u => new { u.OrganisationId, u.Name }).IsUnique();
    }
}
