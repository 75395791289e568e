using Microsoft.EntityFrameworkCore;

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
}
