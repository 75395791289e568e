using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Persistence;

/// <summary>
/// What the DbContext does for the chained records on every save (ADR 20, 21): a new
/// configuration change is numbered and sealed by its organisation, whatever code added it; a
/// timeline event, a configuration change or an access log line is never changed or removed
/// through EF (the chain would show it, this stops it first). Raw SQL bypasses this, and is
/// what the chain is for.
/// </summary>
internal static class RecordChains
{
    /// <summary>The configuration changes added in this save and not yet in a chain, per organisation, in a fixed order.</summary>
    public static IReadOnlyList<(Guid OrganisationId, IReadOnlyList<ConfigurationChange> Changes)> UnchainedChanges(GehoordDbContext db) =>
        db.ChangeTracker.Entries<ConfigurationChange>()
            .Where(e => e.State == EntityState.Added && e.Entity.Hash is null)
            .Select(e => e.Entity)
            .GroupBy(c => c.OrganisationId)
            .Select(g => (g.Key, (IReadOnlyList<ConfigurationChange>)g.OrderBy(c => c.At).ThenBy(c => c.Id).ToList()))
            .ToList();

    public static void RefuseChangedRecords(GehoordDbContext db)
    {
        var deletedComplaints = db.ChangeTracker.Entries<Complaint>().Where(c => c.State == EntityState.Deleted).Select(c => c.Entity.Id).ToHashSet();
        foreach (var entry in db.ChangeTracker.Entries<TimelineEvent>())
        {
            // Only the start-up backfill touches an event: it seals one that had no hash yet.
            var sealing = entry.State == EntityState.Modified
                && entry.Properties.Where(p => p.IsModified).All(p => p.Metadata.Name == nameof(TimelineEvent.Hash) && p.OriginalValue is null);
            var withItsComplaint = entry.State == EntityState.Deleted && deletedComplaints.Contains(entry.Property<Guid>("ComplaintId").CurrentValue);
            if (entry.State is EntityState.Modified or EntityState.Deleted && !sealing && !withItsComplaint)
            {
                throw new InvalidOperationException("A timeline event cannot be changed or removed.");
            }
        }

        foreach (var entry in db.ChangeTracker.Entries<ConfigurationChange>())
        {
            var sealing = entry.State == EntityState.Modified && entry.Property(c => c.Hash).OriginalValue is null;
            if (entry.State is EntityState.Modified or EntityState.Deleted && !sealing)
            {
                throw new InvalidOperationException("A configuration change cannot be changed or removed.");
            }
        }

        if (db.ChangeTracker.Entries<AccessLogEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("An access log line cannot be changed or removed.");
        }
    }
}
