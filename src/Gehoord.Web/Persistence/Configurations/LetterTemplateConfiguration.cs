using Gehoord.Domain.Letters;
using Gehoord.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gehoord.Web.Persistence.Configurations;

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public void Configure(EntityTypeBuilder<LetterTemplate> builder)
    {
        builder.ToTable("LetterTemplates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(t => t.Recipient).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Language).HasMaxLength(5).IsRequired();
        builder.Property(t => t.Subject).HasMaxLength(300).IsRequired();
        builder.Property(t => t.Body).IsRequired();
        builder.Property(t => t.CreatedById).HasMaxLength(450).IsRequired();
        builder.Property(t => t.CreatedByName).HasMaxLength(200).IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);

        // One row per version; two administrators saving at once cannot both make version 3. Named
        // explicitly: the generated name is longer than PostgreSQL's 63 characters.
        builder.HasIndex(t => new { t.OrganisationId, t.Kind, t.Recipient, t.Language, t.Version }).IsUnique().HasDatabaseName("IX_LetterTemplates_Version");
    }
}
