using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Persistence;

/// <summary>The last reference sequence handed out per organisation and year.</summary>
public sealed class ReferenceCounter
{
    public Guid OrganisationId { get; set; }

    public int Year { get; set; }

    public int Last { get; set; }
}

public static class ReferenceNumbers
{
    /// <summary>
    /// Takes the next number in one atomic statement, so two intakes at the same moment (or on
    /// two instances sharing PostgreSQL) never get the same reference. The upsert with
    /// RETURNING works on both SQLite (3.35+) and PostgreSQL.
    /// </summary>
    public static async Task<Gehoord.Domain.Complaints.ReferenceNumber> NextAsync(
        GehoordDbContext db, Guid organisationId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);

        // EF stores a Guid as upper-case text on SQLite; a raw parameter would bind as a blob.
        object organisation = db.Database.IsNpgsql() ? organisationId : organisationId.ToString("D").ToUpperInvariant();
        var next = await db.Database
            .SqlQuery<int>($"""
                INSERT INTO "ReferenceCounters" ("OrganisationId", "Year", "Last") VALUES ({organisation}, {year}, 1)
                ON CONFLICT ("OrganisationId", "Year") DO UPDATE SET "Last" = "ReferenceCounters"."Last" + 1
                RETURNING "Last" AS "Value"
                """)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new Gehoord.Domain.Complaints.ReferenceNumber(year, next.Single());
    }
}
