using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Audit;

/// <summary>One line as the pages show it: the log line with the complaint's number (no content).</summary>
public sealed record AccessLogRow(AccessLogEntry Entry, ReferenceNumber? Reference);

public sealed record AccessLogPage(IReadOnlyList<AccessLogRow> Rows, string? Next);

/// <summary>
/// The access log newest first, paged by keyset on (moment, id) over the indexes (organisation,
/// moment), (organisation, person, moment) and (complaint, moment): a page reads its fifty-one
/// index entries whatever the log's size, and nothing counts the whole log (ADR 21).
/// </summary>
public static class AccessLogQuery
{
    public const int PageSize = 50;

    public static async Task<AccessLogPage> PageAsync(GehoordDbContext db, IQueryable<AccessLogEntry> query, string? before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        if (MomentCursor.Decode(before) is { } cursor)
        {
            query = query.Where(e => e.At < cursor.At || (e.At == cursor.At && e.Id.CompareTo(cursor.Id) < 0));
        }

        var entries = await query.AsNoTracking().OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(PageSize + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var shown = entries.Take(PageSize).ToList();
        var ids = shown.Select(e => e.ComplaintId).Distinct().ToList();
        var references = await db.Complaints.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.ReferenceYear, c.ReferenceSequence })
            .ToDictionaryAsync(c => c.Id, c => new ReferenceNumber(c.ReferenceYear, c.ReferenceSequence), cancellationToken).ConfigureAwait(false);
        return new AccessLogPage(
            shown.Select(e => new AccessLogRow(e, references.TryGetValue(e.ComplaintId, out var reference) ? reference : null)).ToList(),
            entries.Count > PageSize ? new MomentCursor(shown[^1].At, shown[^1].Id).Encode() : null);
    }
}

/// <summary>The model of <c>_AccessLogTable</c>: a page of the log, local time, and whether each line names its complaint.</summary>
public sealed record AccessLogTable(AccessLogPage Page, Func<DateTimeOffset, DateTimeOffset> ToLocal, bool ShowComplaint);
