using Gehoord.Domain.Complaints;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Audit;

/// <summary>
/// The files past their retention term (ADR 24): closed at least the organisation's term ago,
/// and not held for a procedure; then the files that are held, with their reason. Numbers and
/// dates only. Read in closing order on <c>IX_Complaints_Closed_ClosedAt</c>, 50 at a time,
/// so a million closed complaints cost a page of index entries.
/// </summary>
[Authorize(Roles = StaffRoles.Auditors)]
public sealed class RetentionModel(GehoordDbContext db, Clock clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "na")]
    public string? After { get; set; }

    public int RetentionYears { get; private set; }

    /// <summary>Files closed on or before this day are past their term today.</summary>
    public DateOnly ClosedOnOrBefore { get; private set; }

    public IReadOnlyList<RetentionRow> Due { get; private set; } = [];

    public string? NextPage { get; private set; }

    public IReadOnlyList<RetentionRow> Held { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        RetentionYears = await db.Organisations.AsNoTracking().Where(o => o.Id == db.CurrentOrganisationId).Select(o => o.RetentionYears).SingleAsync(cancellationToken);
        ClosedOnOrBefore = Gehoord.Domain.Privacy.Retention.ClosedOnOrBefore(clock.Today, RetentionYears);
        var closedBefore = clock.FromLocal(ClosedOnOrBefore.AddDays(1), TimeOnly.MinValue);

        var due = db.Complaints.AsNoTracking()
            .Where(c => c.Status == ComplaintStatus.Closed && c.LegalHoldReason == null && c.ClosedAt < closedBefore);
        if (MomentCursor.Decode(After) is { } cursor)
        {
            due = due.Where(c => c.ClosedAt > cursor.At || (c.ClosedAt == cursor.At && c.Id.CompareTo(cursor.Id) > 0));
        }

        var rows = await due.OrderBy(c => c.ClosedAt).ThenBy(c => c.Id).Take(PageSize + 1)
            .Select(c => new { c.Id, c.ReferenceYear, c.ReferenceSequence, c.ClosedAt, c.LegalHoldReason })
            .ToListAsync(cancellationToken);
        Due = rows.Take(PageSize).Select(r => new RetentionRow(r.Id, new ReferenceNumber(r.ReferenceYear, r.ReferenceSequence), clock.ToLocal(r.ClosedAt!.Value), null)).ToList();
        NextPage = rows.Count > PageSize ? new MomentCursor(rows[PageSize - 1].ClosedAt!.Value, rows[PageSize - 1].Id).Encode() : null;

        // Holds are few (a procedure is the exception); shown on the first page only.
        if (After is null)
        {
            Held = (await db.Complaints.AsNoTracking().Where(c => c.LegalHoldReason != null).OrderBy(c => c.ReceivedOn).Take(PageSize)
                    .Select(c => new { c.Id, c.ReferenceYear, c.ReferenceSequence, c.ClosedAt, c.LegalHoldReason })
                    .ToListAsync(cancellationToken))
                .Select(r => new RetentionRow(r.Id, new ReferenceNumber(r.ReferenceYear, r.ReferenceSequence), r.ClosedAt is { } at ? clock.ToLocal(at) : null, r.LegalHoldReason))
                .ToList();
        }
    }
}

/// <summary>One file on the retention page: its number, when it was closed, and why it is held (if it is).</summary>
public sealed record RetentionRow(Guid Id, ReferenceNumber Reference, DateTimeOffset? ClosedAt, string? HoldReason);
