using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Audit;

/// <summary>
/// "Wie heeft dit dossier geopend": the access log of one case, for coordinators and the privacy
/// officer (ADR 21). It shows no content, so it is no opening itself and is not logged.
/// </summary>
[Access.CaseFile(Read = CaseAction.Audit, Change = CaseAction.Audit, Logged = false)]
public sealed class CaseAccessLogModel(GehoordDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "voor")]
    public string? Before { get; set; }

    public Guid Id { get; private set; }

    public ReferenceNumber Reference { get; private set; }

    public AccessLogTable Log { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var reference = await AuditCase.ReferenceAsync(db, id, cancellationToken);
        if (reference is null)
        {
            return NotFound();
        }

        Id = id;
        Reference = reference.Value;
        Log = new AccessLogTable(await AccessLogQuery.PageAsync(db, db.AccessLog.Where(e => e.ComplaintId == id), Before, cancellationToken), clock.ToLocal, ShowComplaint: false);
        return Page();
    }
}

/// <summary>What the audit pages of one case show of it: its number only.</summary>
internal static class AuditCase
{
    public static async Task<ReferenceNumber?> ReferenceAsync(GehoordDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Complaints.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.ReferenceYear, c.ReferenceSequence })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : new ReferenceNumber(row.ReferenceYear, row.ReferenceSequence);
    }
}
