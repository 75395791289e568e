using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Audit;

/// <summary>
/// A person asks what the organisation holds about them (AVG art. 15, an answer within a
/// month): the privacy officer or a coordinator looks them up by e-mail address, phone number or
/// name, sees in which complaints they appear and in what role, and downloads everything as one
/// archive. Finding shows numbers and dates only; the archive is an export, logged per complaint.
/// </summary>
[Authorize(Roles = StaffRoles.Auditors)]
public sealed class PersonRequestModel(GehoordDbContext db, PersonExport export) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PersonQuestion Question { get; set; } = new();

    /// <summary>Null until someone searched.</summary>
    public IReadOnlyList<PersonHit>? Hits { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Request.Query.Count == 0)
        {
            return;
        }

        await FindAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (!await FindAsync(cancellationToken))
        {
            return Page();
        }

        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == db.CurrentOrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var archive = await export.WriteAsync(organisation, Question, Hits!, cancellationToken);
        return File(archive, "application/zip", $"gegevens-{DateTime.UtcNow:yyyy-MM-dd}.zip");
    }

    private async Task<bool> FindAsync(CancellationToken cancellationToken)
    {
        if (Question.IsEmpty)
        {
            Error = "Vul een e-mailadres, een telefoonnummer (minstens 6 cijfers) of een naam in.";
            return false;
        }

        Hits = await PersonRequestQuery.FindAsync(db, Question, cancellationToken);
        return true;
    }
}
