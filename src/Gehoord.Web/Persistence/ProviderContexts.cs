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
        // columns; as a sortable number (UTC ticks plus offset) it can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

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

    private sealed class UtcDateTimeOffsetConverter()
        : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
