using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gehoord.Web.Persistence;

/// <summary>
/// SQLite's free-text index over the stories: an FTS5 table over Complaints ("external
/// content", so the text is not stored twice) kept in step by triggers. Made at start-up rather
/// than in a migration: when a later migration rebuilds the Complaints table, SQLite drops the
/// triggers and the row ids change, and the next start then sees the triggers missing and
/// rebuilds the index. PostgreSQL needs none of this (a GIN expression index in the model).
/// </summary>
public static class SqliteSearchIndex
{
    public const string Table = "ComplaintSearch";

    public static async Task EnsureAsync(GehoordDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var present = await db.Database
            .SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ComplaintSearch_%'""")
            .SingleAsync(cancellationToken)
            .ConfigureAwait(false);
        if (present == 3)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync(
            """
            DROP TRIGGER IF EXISTS "ComplaintSearch_Insert";
            DROP TRIGGER IF EXISTS "ComplaintSearch_Delete";
            DROP TRIGGER IF EXISTS "ComplaintSearch_Update";
            DROP TABLE IF EXISTS "ComplaintSearch";
            CREATE VIRTUAL TABLE "ComplaintSearch" USING fts5(
                "Description", content='Complaints', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER "ComplaintSearch_Insert" AFTER INSERT ON "Complaints" BEGIN
                INSERT INTO "ComplaintSearch"(rowid, "Description") VALUES (new.rowid, new."Description");
            END;
            CREATE TRIGGER "ComplaintSearch_Delete" AFTER DELETE ON "Complaints" BEGIN
                INSERT INTO "ComplaintSearch"("ComplaintSearch", rowid, "Description") VALUES ('delete', old.rowid, old."Description");
            END;
            CREATE TRIGGER "ComplaintSearch_Update" AFTER UPDATE OF "Description" ON "Complaints" BEGIN
                INSERT INTO "ComplaintSearch"("ComplaintSearch", rowid, "Description") VALUES ('delete', old.rowid, old."Description");
                INSERT INTO "ComplaintSearch"(rowid, "Description") VALUES (new.rowid, new."Description");
            END;
            INSERT INTO "ComplaintSearch"("ComplaintSearch") VALUES ('rebuild');
            """,
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Fills this connection's temporary table of search hits with the row ids of the complaints
    /// whose story matches <paramref name="match"/> (FTS5 syntax), and keeps the connection open
    /// so the queries of the page see it. A page asks the search up to five times (the count and
    /// four segments); FTS5 answered each of those again, 30 ms for two common words at a million
    /// complaints, and as an IN list SQLite also copied every hit into a temporary b-tree per
    /// query. Now the match runs once and every query probes the hits by row id (ADR 18).
    /// </summary>
    /// <returns>The number of hits.</returns>
    public static async Task<int> FillHitsAsync(GehoordDbContext db, string match, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Temporary tables belong to the connection: the pool may hand the same connection to a
        // later request, so the table is emptied before it is filled.
        await db.Database.ExecuteSqlRawAsync(
            $"""
            CREATE TEMP TABLE IF NOT EXISTS "{HitsTable}" ("ComplaintRowId" INTEGER PRIMARY KEY);
            DELETE FROM temp."{HitsTable}";
            """,
            cancellationToken).ConfigureAwait(false);
        return await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO temp."SearchHits" ("ComplaintRowId") SELECT rowid FROM "ComplaintSearch" WHERE "ComplaintSearch" MATCH {match}""",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The temporary table of <see cref="FillHitsAsync"/>, mapped as <see cref="SearchHit"/> but never migrated.</summary>
    public const string HitsTable = "SearchHits";

    /// <summary>
    /// Stands for the SQLite row id of the complaint in a query; only translated, never run. The
    /// complaints table has a GUID key, so its row id is SQLite's own, the one FTS5 knows.
    /// </summary>
    public static long RowIdOf(Guid complaintId) => throw new InvalidOperationException($"{nameof(RowIdOf)} is only for queries ({complaintId}).");

    internal static void Configure(ModelBuilder builder)
    {
        builder.Entity<SearchHit>(h =>
        {
            h.ToTable(HitsTable, t => t.ExcludeFromMigrations());
            h.HasKey(x => x.ComplaintRowId);
            h.Property(x => x.ComplaintRowId).ValueGeneratedNever();
        });
        builder.HasDbFunction(typeof(SqliteSearchIndex).GetMethod(nameof(RowIdOf))!)
            .HasTranslation(arguments => arguments[0] is Microsoft.EntityFrameworkCore.Query.SqlExpressions.ColumnExpression column
                ? new Microsoft.EntityFrameworkCore.Query.SqlExpressions.ColumnExpression("rowid", column.TableAlias, typeof(long), new LongTypeMapping("INTEGER"), nullable: false)
                : throw new InvalidOperationException($"{nameof(RowIdOf)} needs a column of the complaints table."));
    }
}

/// <summary>A row of SQLite's temporary table of search hits (<see cref="SqliteSearchIndex.FillHitsAsync"/>).</summary>
public sealed class SearchHit
{
    public long ComplaintRowId { get; set; }
}
