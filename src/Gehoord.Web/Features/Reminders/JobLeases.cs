using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Reminders;

/// <summary>
/// Takes and renews job leases with statements that are atomic in the database itself, on
/// SQLite and PostgreSQL alike: no read-then-write, so two instances racing for a free lease
/// cannot both win.
/// </summary>
public sealed class JobLeases(GehoordDbContext db, TimeProvider time, LeaseHolder holder)
{
    /// <summary>
    /// True when this instance holds <paramref name="name"/> for <paramref name="duration"/> from
    /// now: it was free, had expired, or was already ours (then it is renewed).
    /// </summary>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var now = time.GetUtcNow();
        var until = now + duration;

        // The first lease of a name is a new row. ON CONFLICT DO NOTHING (SQLite and PostgreSQL)
        // makes a second inserter change nothing instead of failing; the update below decides.
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresAt") VALUES ({name}, {holder.Id}, {StoredForm(until)}) ON CONFLICT ("Name") DO NOTHING""",
            cancellationToken).ConfigureAwait(false);
        if (inserted == 1)
        {
            return true;
        }

        // One conditional UPDATE: the database locks the row, so of two instances at most one
        // finds it expired (or its own) and the other sees zero rows changed.
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.ExpiresAt < now || l.Holder == holder.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder.Id).SetProperty(l => l.ExpiresAt, until), cancellationToken)
            .ConfigureAwait(false);
        return taken == 1;
    }

    /// <summary>
    /// Raw SQL bypasses EF's value converters, and the providers store moments differently (UTC
    /// ticks on SQLite, timestamptz on PostgreSQL): convert the way the model does.
    /// </summary>
    private object StoredForm(DateTimeOffset moment)
    {
        var converter = db.Model.FindEntityType(typeof(JobLease))!
            .FindProperty(nameof(JobLease.ExpiresAt))!
            .GetTypeMapping().Converter;
        return converter?.ConvertToProvider(moment) ?? moment;
    }
}
