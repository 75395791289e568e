using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Persistence;

/// <summary>
/// Seals the timelines and configuration histories written before they were chained (ADR 20),
/// once, at start-up after the migrations. In C# and not in the migration: SQLite has no
/// SHA-256, and one hash function in the domain for both databases cannot disagree with itself.
/// The migration numbered the existing configuration changes by moment; this computes the
/// hashes in that order. Unsealed complaints are found through a partial index that is empty
/// afterwards, so later start-ups ask nothing costly. It runs before the app serves requests;
/// an interrupted run goes on where it stopped, and two instances compute the same hashes.
/// </summary>
public static partial class RecordChainBackfill
{
    private const int Batch = 200;

    public static async Task RunAsync(GehoordDbContext db, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logger);
        var organisations = await db.Organisations.IgnoreQueryFilters().Where(o => o.HistoryHash == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var organisation in organisations)
        {
            var history = await db.ConfigurationChanges.IgnoreQueryFilters()
                .Where(c => c.OrganisationId == organisation.Id)
                .OrderBy(c => c.Sequence)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (organisation.SealUnsealedHistory(history))
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                LogHistorySealed(logger, organisation.Id, history.Count);
            }
        }

        db.ChangeTracker.Clear();
        var sealedCount = 0;
        while (true)
        {
            var complaints = await db.Complaints.IgnoreQueryFilters()
                .Where(c => c.TimelineHash == null)
                .OrderBy(c => c.Id)
                .Take(Batch)
                .Include(c => c.Timeline)
                .AsSplitQuery()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (complaints.Count == 0)
            {
                break;
            }

            foreach (var complaint in complaints)
            {
                complaint.SealUnsealedTimeline();
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            sealedCount += complaints.Count;
        }

        if (sealedCount > 0)
        {
            LogTimelinesSealed(logger, sealedCount);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed the configuration history of organisation {OrganisationId}: {Count} changes (ADR 20).")]
    private static partial void LogHistorySealed(ILogger logger, Guid organisationId, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sealed the timelines of {Count} complaints written before the chain (ADR 20).")]
    private static partial void LogTimelinesSealed(ILogger logger, int count);
}
