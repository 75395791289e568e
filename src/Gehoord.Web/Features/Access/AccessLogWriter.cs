using Gehoord.Domain.Access;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;

namespace Gehoord.Web.Features.Access;

/// <summary>
/// Writes one line of the access log (ADR 21): one insert, in the request that opens the item
/// and before the page loads it, so that nothing is shown without its line. A failure fails the
/// request: for evidence a missing line is worse than a page that must be asked again.
/// </summary>
public sealed class AccessLogWriter(GehoordDbContext db, IHttpContextAccessor accessor, Clock clock)
{
    public async Task WriteAsync(Guid complaintId, AccessItem item, Guid? itemId, bool refused, CancellationToken cancellationToken)
    {
        var user = accessor.HttpContext?.User ?? throw new InvalidOperationException("Only a request of a signed-in staff member opens a case file.");
        var at = clock.Now;
        var entry = new AccessLogEntry(Guid.CreateVersion7(at), db.CurrentOrganisationId, complaintId, at, user.ToActor(), item, itemId, refused);
        db.AccessLog.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The page's own unit of work starts empty, as it would without the log.
            db.Entry(entry).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        }
    }
}
