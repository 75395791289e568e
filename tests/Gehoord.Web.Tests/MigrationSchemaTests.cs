using System.Data.Common;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Gehoord.Web.Tests;

/// <summary>
/// The migrations are made by `dotnet ef` from the model, but a hand edit or a provider quirk
/// could still make them differ from it (ADR 9). The app under test migrated its fresh database at start-up; here a second
/// fresh database is created straight from the model, and the two schemas must be equal
/// column by column, index by index and key by key.
/// </summary>
public abstract class MigrationSchemaTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    [Fact]
    public async Task Migrating_a_fresh_database_gives_exactly_the_schema_of_the_model()
    {
        _ = factory.Services; // starts the app, which applies the migrations
        var fromModel = await TestDatabases.CreateAsync(factory.Provider);
        try
        {
            await using (var modelDb = CreateContext(fromModel))
            {
                Assert.True(await modelDb.Database.EnsureCreatedAsync());

                // SQLite's search index is made at start-up beside the model (SqliteSearchIndex).
                await SqliteSearchIndex.EnsureAsync(modelDb);

                // The lookup indexes of a person's request are expressions, made by SQL in their migration.
                foreach (var statement in PersonLookupIndexSql.CreateStatements)
                {
                    await modelDb.Database.ExecuteSqlRawAsync(statement);
                }
            }

            var migrated = await ReadSchemaAsync(factory.ConnectionString);
            var expected = await ReadSchemaAsync(fromModel);

            Assert.NotEmpty(expected);
            Assert.Contains(expected, line => line.StartsWith("column Complaints.NextDueOn", StringComparison.Ordinal));
            Assert.Equal(expected, migrated);
        }
        finally
        {
            await TestDatabases.DropAsync(factory.Provider, fromModel);
        }
    }

    [Fact]
    public async Task Every_migration_is_applied_and_none_is_pending()
    {
        _ = factory.Services;
        await using var db = CreateContext(factory.ConnectionString);

        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task A_database_made_with_the_hand_written_migrations_is_adopted_by_the_baseline()
    {
        string[] handWritten =
        [
            "20261122000000_Initial", "20261122010000_Intake", "20261122020000_InboxCountIndex", "20261122030000_Handling",
            "20261122040000_Reminders", "20261122050000_HearingRespondent", "20261122060000_LetterTaskSubject",
            "20261122070000_OutboxHtml", PersistenceSetup.LastHandWrittenMigration,
        ];
        var old = await TestDatabases.CreateAsync(factory.Provider);
        try
        {
            await using (var db = CreateContext(old))
            {
                // The same schema as before ADR 9 (the baseline only), with the history a database of that time has.
                await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsHistory\"");
                foreach (var id in handWritten)
                {
                    await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({0}, '10.0.15')", id);
                }
            }

            await using (var db = CreateContext(old))
            {
                await PersistenceSetup.AdoptHandWrittenHistoryAsync(db, CancellationToken.None);
                await db.Database.MigrateAsync();

                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
                Assert.Equal(0, await db.Complaints.IgnoreQueryFilters().CountAsync());
            }
        }
        finally
        {
            await TestDatabases.DropAsync(factory.Provider, old);
        }
    }

    private GehoordDbContext CreateContext(string connectionString) =>
        factory.Provider == PersistenceSetup.Sqlite
            ? new SqliteGehoordDbContext(new DbContextOptionsBuilder<SqliteGehoordDbContext>().UseSqlite(connectionString).Options)
            : new PostgresGehoordDbContext(new DbContextOptionsBuilder<PostgresGehoordDbContext>().UseNpgsql(connectionString).Options);

    /// <summary>The schema as sorted text lines, leaving out EF's own history and lock tables.</summary>
    private async Task<List<string>> ReadSchemaAsync(string connectionString)
    {
        await using var db = CreateContext(connectionString);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = factory.Provider == PersistenceSetup.Sqlite
            ? await ReadSqliteAsync(connection)
            : await ReadPostgresAsync(connection);
        lines.RemoveAll(l => l.Contains("__EFMigrations", StringComparison.Ordinal));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> ReadSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        foreach (var table in tables.Select(t => t[0]))
        {
            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"))
            {
                lines.Add($"column {table}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}");
            }

            foreach (var i in await QueryAsync(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}')"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                lines.Add($"index {table}.{i[0]} unique={i[1]} ({string.Join(",", columns.Select(x => x[0]))})");
            }

            foreach (var f in await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
            {
                lines.Add($"fk {table}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]}");
            }
        }

        return lines;
    }

    private static async Task<List<string>> ReadPostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var c in await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable, coalesce(is_identity, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """))
        {
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} identity={c[5]}");
        }

        foreach (var i in await QueryAsync(connection, "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
        {
            lines.Add($"index {i[0]} {i[1]}");
        }

        foreach (var k in await QueryAsync(connection, """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            """))
        {
            lines.Add($"constraint {k[0]}.{k[1]} {k[2]}");
        }

        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}

public sealed class MigrationSchemaOnSqlite(SqliteFactory factory) : MigrationSchemaTests<SqliteFactory>(factory);

public sealed class MigrationSchemaOnPostgres(PostgresFactory factory) : MigrationSchemaTests<PostgresFactory>(factory);
