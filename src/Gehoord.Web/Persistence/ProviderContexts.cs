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

    private sealed class UtcDateTimeOffsetConverter()
        : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
