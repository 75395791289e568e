using Gehoord.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gehoord.Web.Persistence;

/// <summary>The embedded default: one SQLite file under ./data.</summary>
public sealed class SqliteGehoordDbContext(DbContextOptions<SqliteGehoordDbContext> options, IOrganisationScope? scope = null)
    : GehoordDbContext(options, scope)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite has no date-time-with-offset type and EF cannot order or compare such text
        // columns. UTC ticks sort and compare correctly across summer and winter time.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // The search index (ComplaintSearch) is kept up to date by AFTER triggers on Complaints,
        // and SQLite refuses RETURNING on such a table.
        builder.Entity<Domain.Complaints.Complaint>().ToTable("Complaints", t => t.UseSqlReturningClause(false));
    }
}

/// <summary>The text search configuration of the stories; one name for the index and the query.</summary>
public static class InboxSearchConfiguration
{
    public const string Dutch = "dutch";

    /// <summary>PostgreSQL's stored tsvector of the story (a shadow property; the domain knows nothing of it).</summary>
    public const string Column = "SearchVector";
}

internal sealed class UtcTicksConverter()
    : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>The production database and the way to run several instances.</summary>
public sealed class PostgresGehoordDbContext(DbContextOptions<PostgresGehoordDbContext> options, IOrganisationScope? scope = null)
    : GehoordDbContext(options, scope)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // timestamptz only accepts UTC from Npgsql; local Dutch times are converted on the way in.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Free-text search over the stories: the Dutch tsvector stored beside the story (a
        // generated column, so the database keeps it) with a GIN index (ADR 14, 16). Stored, so
        // that a search for common words can follow the inbox's own index and test each row for
        // a fraction of a microsecond: computing to_tsvector per row cost 30 µs, and the GIN
        // index alone took 50 ms to list the 64,000 stories with two common words.
        var complaint = builder.Entity<Domain.Complaints.Complaint>();
        complaint.Property<NpgsqlTypes.NpgsqlTsVector>(InboxSearchConfiguration.Column)
            .HasComputedColumnSql($"to_tsvector('{InboxSearchConfiguration.Dutch}', \"Description\")", stored: true);
        complaint.HasIndex(InboxSearchConfiguration.Column).HasMethod("GIN");
    }

    private sealed class UtcDateTimeOffsetConverter()
        : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
