using Gehoord.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence;

public static class PersistenceSetup
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>
    /// Registers the provider's DbContext and exposes it as <see cref="GehoordDbContext"/>, which
    /// is the only type features use.
    /// </summary>
    public static IServiceCollection AddGehoordPersistence(this IServiceCollection services, DatabaseOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (string.Equals(options.Provider, Postgres, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException("Gehoord:Database:ConnectionString is required for the Postgres provider.");
            }

            // A complaint owns many collections (deadlines, units, contact moments, hearings, letter
            // tasks…); one joined query would multiply their rows, so every query splits them.
            services.AddDbContext<PostgresGehoordDbContext>((sp, o) => Configure(o, sp).UseNpgsql(ForShortQueries(options.ConnectionString), n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
            services.AddScoped<GehoordDbContext>(sp => sp.GetRequiredService<PostgresGehoordDbContext>());
        }
        else if (string.Equals(options.Provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = SqliteConnectionString(options.ConnectionString, contentRoot);
            services.AddDbContext<SqliteGehoordDbContext>((sp, o) => Configure(o, sp).UseSqlite(connectionString, q => q.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
            services.AddScoped<GehoordDbContext>(sp => sp.GetRequiredService<SqliteGehoordDbContext>());
        }
        else
        {
            throw new InvalidOperationException($"Unknown database provider '{options.Provider}'. Use '{Sqlite}' or '{Postgres}'.");
        }

        return services;
    }

    /// <summary>
    /// The connection string with PostgreSQL's JIT compiler and parallel workers off for this
    /// app's sessions. The planner's cost of a LIMIT query over a million rows passes
    /// jit_above_cost although the query reads 26 rows; compiling it then took 750 ms of an 800 ms
    /// start page (ADR 16). Parallel workers cost 5–10 ms to start for a count capped at 1,001 that
    /// takes 8 ms alone (19 ms with two workers, ADR 18). Gehoord's queries are all short, so
    /// neither ever pays for itself here.
    /// </summary>
    internal static string ForShortQueries(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        foreach (var (name, value) in new[] { ("jit", "off"), ("max_parallel_workers_per_gather", "0") })
        {
            // A setting the operator chose in the connection string stays as it is.
            if (builder.Options?.Contains(name, StringComparison.OrdinalIgnoreCase) != true)
            {
                builder.Options = $"{builder.Options} -c {name}={value}".Trim();
            }
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// Applies the provider's migrations; called once at start-up. A model change without its
    /// migration stops here (EF's pending-model-changes check), so it cannot reach a database.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        await AdoptHandWrittenHistoryAsync(db, cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers (the inbox) go on while a complaint is saved.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        await SqliteSearchIndex.EnsureAsync(db, cancellationToken).ConfigureAwait(false);
        await RecordChainBackfill.RunAsync(db, scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RecordChainBackfill)), cancellationToken).ConfigureAwait(false);
        await OptimiseAsync(db, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The last of the hand-written migrations that the tool-made baseline replaced (ADR 9).</summary>
    internal const string LastHandWrittenMigration = "20261122080000_Letters";

    /// <summary>
    /// A database made before ADR 9 lists the nine hand-written migrations, whose schema is
    /// exactly the baseline's (MigrationSchemaTests proved it for both). Its history is rewritten
    /// to "baseline applied", so the baseline does not try to create existing tables. A database
    /// that stopped part-way through the hand-written ones cannot be adopted safely.
    /// </summary>
    internal static async Task AdoptHandWrittenHistoryAsync(GehoordDbContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Select(r => r.MigrationId).ToList();
        var baseline = db.Database.GetMigrations().First();
        if (applied.Count == 0 || applied.Contains(baseline))
        {
            return;
        }

        if (!applied.Contains(LastHandWrittenMigration))
        {
            throw new InvalidOperationException(
                $"This database was made with hand-written migrations but lacks {LastHandWrittenMigration}. Start the release of 2026-11-30 on it once to finish those, then this one.");
        }

        var script = string.Concat(applied.Select(history.GetDeleteScript))
            + history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion()));
        await db.Database.ExecuteSqlRawAsync(script, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Lets SQLite gather table statistics where they are missing or stale. Without them its
    /// planner read a whole organisation's complaints through the wrong index to find the units of
    /// one inbox page (25 ms at 100,000 complaints instead of 0.1 ms; docs/benchmarks/inbox.md).
    /// PostgreSQL keeps its statistics itself (autovacuum), so this does nothing there.
    /// </summary>
    public static async Task OptimiseAsync(GehoordDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            // 0x10002: analyse every table that needs it, with a bounded amount of work per table.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The settings both providers share. Interceptors registered as services join every
    /// context (none in the product; a test uses one to save at the worst possible moment).
    /// </summary>
    internal static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, IServiceProvider? services = null) =>
        builder.AddInterceptors(services?.GetServices<IInterceptor>() ?? []).ConfigureWarnings(w => w
            // Children of a complaint are only reached through their (filtered) complaint.
            .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)
            // A representative with every field empty is meant to load as "no representative".
            .Ignore(RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning)
            // Bounded counts (InboxCounts) take 1,001 rows in any order on purpose.
            .Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    private static string SqliteConnectionString(string configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/gehoord.db" : configured);
        if (!string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        var directory = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return builder.ToString();
    }
}
