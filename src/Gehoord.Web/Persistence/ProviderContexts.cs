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

        // Free-text search over the stories: a GIN index on to_tsvector('dutch', "Description"),
        // the very expression InboxSearch queries, so the planner can use it (ADR "inbox search").
        builder.Entity<Domain.Complaints.Complaint>()
            .HasIndex(c => c.Description, "IX_Complaints_Description_Dutch")
            .HasMethod("GIN")
            .IsTsVectorExpressionIndex(InboxSearchConfiguration.Dutch);
    }

    private sealed class UtcDateTimeOffsetConverter()
        : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
