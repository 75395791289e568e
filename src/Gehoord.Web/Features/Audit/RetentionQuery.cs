using Gehoord.Domain.Complaints;
using Gehoord.Domain.Privacy;
using Gehoord.Web.Features.Inbox;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Audit;

/// <summary>
/// The files past their retention term (ADR 24): closed on or before the term before today, not
/// held, not anonymised yet. One definition for the list page and the privacy officer's start
/// page; both read it on <c>IX_Complaints_Closed_ClosedAt</c>.
/// </summary>
public static class RetentionQuery
{
    public static IQueryable<Complaint> Due(GehoordDbContext db, Clock clock, int years)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var closedBefore = clock.FromLocal(Retention.ClosedOnOrBefore(clock.Today, years).AddDays(1), TimeOnly.MinValue);
        return db.Complaints.AsNoTracking()
            .Where(c => c.Status == ComplaintStatus.Closed && c.LegalHoldReason == null && c.AnonymisedAt == null && c.ClosedAt < closedBefore);
    }

    /// <summary>How many files are due, counted to <see cref="InboxCounts.Cap"/> + 1 at most, like every count of a list.</summary>
    public static Task<int> CountDueAsync(GehoordDbContext db, Clock clock, int years, CancellationToken cancellationToken) =>
        Due(db, clock, years).Take(InboxCounts.Cap + 1).CountAsync(cancellationToken);
}
