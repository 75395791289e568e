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
public sealed class PersonRequestModel(GehoordDbContext db, PersonExport export, Anonymiser anonymiser) : PageModel
{
    /// <summary>What became of each file after a request to erase: null until asked.</summary>
    public IReadOnlyList<(PersonHit Hit, string Outcome, bool Erased)>? Erasures { get; private set; }

    /// <summary>The privacy officer decides on erasure (ADR 24); a coordinator finds and exports.</summary>
    public bool MayErase => User.IsInRole(StaffRoles.PrivacyOfficer);

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

    /// <summary>
    /// Erasure at the person's request (AVG art. 17): each file is anonymised where no legal duty
    /// to keep it stops that; where one does, the refusal and its reason go into the file's
    /// timeline, and the page says until when, for the answer to the person.
    /// </summary>
    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (!MayErase)
        {
            return Forbid();
        }

        if (!await FindAsync(cancellationToken))
        {
            return Page();
        }

        var outcomes = new List<(PersonHit, string, bool)>();
        foreach (var hit in Hits!)
        {
            try
            {
                await anonymiser.AnonymiseAsync(hit.ComplaintId, User.ToActor(), "Verzoek van de betrokkene om gegevens te wissen (AVG art. 17)", onRequest: true, cancellationToken);
                outcomes.Add((hit, "Gewist: de persoonsgegevens zijn verwijderd.", true));
            }
            catch (Gehoord.Domain.DomainException refusal)
            {
                await anonymiser.RecordRefusalAsync(hit.ComplaintId, refusal.Message, User.ToActor(), cancellationToken);
                outcomes.Add((hit, "Niet gewist. " + refusal.Message, false));
            }
        }

        Erasures = outcomes;
        Hits = await PersonRequestQuery.FindAsync(db, Question, cancellationToken);
        return Page();
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
