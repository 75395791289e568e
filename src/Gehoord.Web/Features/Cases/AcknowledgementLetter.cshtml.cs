using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Intake;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Cases;

/// <summary>
/// The acknowledgement of receipt (Awb 9:6, II.83) as a letter to print and post, for
/// complainants without an e-mail address or who asked for post. The text is the same as the
/// e-mail's: <see cref="AcknowledgementLetter.Compose"/> from <see cref="ComplaintIntake.FactsFor"/>.
/// </summary>
[Access.CaseFile(Item = Gehoord.Domain.Access.AccessItem.Letter)]
public sealed class AcknowledgementLetterModel(GehoordDbContext db, ComplaintIntake intake, Clock clock) : PageModel
{
    public Complaint Complaint { get; private set; } = default!;

    public Organisation Organisation { get; private set; } = default!;

    public Letter Letter { get; private set; } = default!;

    public DateOnly Today { get; private set; }

    public bool English => Complaint.Language == "en";

    /// <summary>When set, the acknowledgement was already recorded as sent; printing again is allowed.</summary>
    public DateOnly? SentOn { get; private set; }

    public string? AddresseeName => Complaint.Complainant.Name ?? Complaint.Complainant.Representative?.Name;

    public bool HasPostalAddress => Complaint.Complainant.Street is not null && Complaint.Complainant.City is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var acknowledgement = complaint?.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Acknowledgement);
        if (complaint is null || acknowledgement is null || complaint.Deadlines.All(d => d.Kind != DeadlineKind.Handling))
        {
            // Signals and oral complaints owe no acknowledgement (Awb 9:6 is about written ones).
            return NotFound();
        }

        Complaint = complaint;
        SentOn = acknowledgement.MetOn;
        Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == complaint.OrganisationId, cancellationToken);
        Letter = AcknowledgementLetter.Compose(intake.FactsFor(Organisation, complaint, await intake.StatusPageAsync(Organisation, cancellationToken)));
        Today = clock.Today;
        return Page();
    }
}
