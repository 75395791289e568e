using System.Globalization;
using System.Text.Json;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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
        builder.Ignore(o => o.ProfileCode);
        builder.Property(o => o.ContactName).HasMaxLength(200).IsRequired();
        builder.Property(o => o.ContactPhone).HasMaxLength(50);
        builder.Property(o => o.ContactEmail).HasMaxLength(320);
        builder.Property(o => o.PostalAddress).HasMaxLength(500);
        builder.Property(o => o.OmbudsmanName).HasMaxLength(200);
        builder.Property(o => o.OmbudsmanTerm).HasMaxLength(200);
        builder.Property(o => o.PublicFormIntro).HasMaxLength(1000);
        builder.Property(o => o.RetentionYears).HasDefaultValue(Gehoord.Domain.Privacy.Retention.DefaultYears);
        builder.Property(o => o.AcknowledgementTarget).HasConversion(TermText.Converter).HasMaxLength(30);
        builder.Property(o => o.PersonalContactTarget).HasConversion(TermText.Converter).HasMaxLength(30);
        builder.Property(o => o.CustomRules).HasConversion(CustomRulesJson.Converter, CustomRulesJson.Comparer).HasMaxLength(4000);
        builder.Property<List<string>>("_twoFactorRoles").HasColumnName("TwoFactorRequiredRoles")
            .HasConversion(CommaList.Converter, CommaList.Comparer).HasMaxLength(500).IsRequired();
        builder.Ignore(o => o.TwoFactorRequiredRoles);
        builder.Property(o => o.HistoryHash).HasMaxLength(Gehoord.Domain.Records.RecordChain.HashLength);
        builder.Ignore(o => o.HistoryHead);

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
        builder.Ignore(u => u.IsActive);

        // A few managers per unit, always read with the organisation's units: one column is enough.
        builder.Property<List<string>>("_managerIds").HasColumnName("ManagerIds")
            .HasConversion(CommaList.Converter, CommaList.Comparer).HasMaxLength(2000).IsRequired();
        builder.Ignore(u => u.ManagerIds);
    }
}

internal sealed class ConfigurationChangeConfiguration : IEntityTypeConfiguration<ConfigurationChange>
{
    public void Configure(EntityTypeBuilder<ConfigurationChange> builder)
    {
        builder.ToTable("ConfigurationChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(c => c.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Subject).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Setting).HasMaxLength(200).IsRequired();
        builder.Property(c => c.OldValue).HasMaxLength(4000);
        builder.Property(c => c.NewValue).HasMaxLength(4000);
        builder.Property(c => c.Hash).HasMaxLength(Gehoord.Domain.Records.RecordChain.HashLength);
        builder.HasIndex(c => new { c.OrganisationId, c.At });
        // One number per place in the chain (ADR 20): a second writer at the same moment is refused, not forked.
        builder.HasIndex(c => new { c.OrganisationId, c.Sequence }).IsUnique();
    }
}

/// <summary>A term as readable text ("5 WorkingDays"), so the database can be read without the code.</summary>
internal static class TermText
{
    public static readonly ValueConverter<Term, string> Converter = new(t => Format(t), s => Parse(s));

    private static string Format(Term t) => string.Create(CultureInfo.InvariantCulture, $"{t.Amount} {t.Unit}");

    private static Term Parse(string text)
    {
        var parts = text.Split(' ', 2);
        return new Term(int.Parse(parts[0], CultureInfo.InvariantCulture), Enum.Parse<TermUnit>(parts[1]));
    }
}

/// <summary>The Custom profile's rules as one JSON column: read and written only as a whole.</summary>
internal static class CustomRulesJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static readonly ValueConverter<CustomRules?, string?> Converter = new(
        r => r == null ? null : JsonSerializer.Serialize(Stored.From(r), Options),
        s => s == null ? null : JsonSerializer.Deserialize<Stored>(s, Options)!.ToRules());

    public static readonly ValueComparer<CustomRules?> Comparer = new(
        (a, b) => (a == null && b == null) || (a != null && b != null && a.Describe().SequenceEqual(b.Describe())),
        r => r == null ? 0 : string.Join('|', r.Describe()).GetHashCode(StringComparison.Ordinal),
        r => r);

    private sealed record Stored(string Handling, string HandlingWithCommittee, string NotHandledNotice, string? MaxExtension, List<string> GroundCodes, StandardsList Standards, HolidayCalendarKind Calendar)
    {
        public static Stored From(CustomRules r) => new(
            Text(r.Handling), Text(r.HandlingWithCommittee), Text(r.NotHandledNotice), r.MaxExtension is { } m ? Text(m) : null, [.. r.GroundCodes], r.Standards, r.Calendar);

        public CustomRules ToRules() => new(
            Term(Handling), Term(HandlingWithCommittee), Term(NotHandledNotice), MaxExtension is null ? null : Term(MaxExtension), GroundCodes, Standards, Calendar);

        private static string Text(Term t) => (string)TermText.Converter.ConvertToProvider(t)!;

        private static Term Term(string s) => (Term)TermText.Converter.ConvertFromProvider(s)!;
    }
}

/// <summary>A short list of names or ids as one comma-separated column.</summary>
internal static class CommaList
{
    public static readonly ValueConverter<List<string>, string> Converter = new(
        l => string.Join(',', l),
        s => s.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList());

    public static readonly ValueComparer<List<string>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!),
        l => string.Join(',', l).GetHashCode(StringComparison.Ordinal),
        l => l.ToList());
}

internal sealed class OrganisationLogoConfiguration : IEntityTypeConfiguration<Features.Administration.OrganisationLogo>
{
    public void Configure(EntityTypeBuilder<Features.Administration.OrganisationLogo> builder)
    {
        builder.ToTable("OrganisationLogos");
        builder.HasKey(l => l.OrganisationId);
        builder.Property(l => l.ContentType).HasMaxLength(50).IsRequired();
        builder.Property(l => l.Data).IsRequired();
        builder.HasOne<Organisation>().WithOne().HasForeignKey<Features.Administration.OrganisationLogo>(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<Gehoord.Domain.Access.AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<Gehoord.Domain.Access.AccessLogEntry> builder)
    {
        // ADR 21: one insert per opening, read newest first by keyset on (moment, id), never counted.
        builder.ToTable("AccessLog");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Item).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => new { e.OrganisationId, e.At, e.Id });
        builder.HasIndex(e => new { e.ComplaintId, e.At, e.Id });
        builder.HasIndex(e => new { e.OrganisationId, e.ActorId, e.At, e.Id });
    }
}
