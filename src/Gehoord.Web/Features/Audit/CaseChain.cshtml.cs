using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features.Audit;

/// <summary>
/// Checks the chain of one complaint's timeline (ADR 20) and names the first broken link. For
/// coordinators and the privacy officer; it shows numbers, not what the events say.
/// </summary>
[Access.CaseFile(Read = CaseAction.Audit, Change = CaseAction.Audit, Logged = false)]
public sealed class CaseChainModel(GehoordDbContext db) : PageModel
{
    public Guid Id { get; private set; }

    public ReferenceNumber Reference { get; private set; }

    public ChainCheck Check { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var reference = await AuditCase.ReferenceAsync(db, id, cancellationToken);
        var check = await ChainVerification.ComplaintAsync(db, id, cancellationToken);
        if (reference is null || check is null)
        {
            return NotFound();
        }

        Id = id;
        Reference = reference.Value;
        Check = check;
        return Page();
    }
}
