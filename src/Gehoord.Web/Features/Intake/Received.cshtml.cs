using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Intake;

/// <summary>
/// The confirmation after the public form: reference, tracking code, what happens next and the
/// latest date. The complaint comes from TempData, so the codes never appear in an address.
/// </summary>
[AllowAnonymous]
public sealed class ReceivedModel(GehoordDbContext db, PublicOrganisation publicOrganisation) : PageModel
{
    public const string ComplaintKey = "ReceivedComplaint";

    public Complaint? Complaint { get; private set; }

    public string OrganisationName { get; private set; } = string.Empty;

    public DateOnly? HearBy { get; private set; }

    public bool AcknowledgementByEmail { get; private set; }

    public bool English => PublicOrganisation.IsEnglish(HttpContext.Request);

    /// <summary>What this organisation's public addresses start with (see <see cref="PublicOrganisation.Path"/>).</summary>
    public string PathBase => publicOrganisation.Path;

    /// <summary>This organisation's status page in the page's language.</summary>
    public string TrackUrl => PathBase + (English ? "/en/track" : "/volgen");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Peek and keep: a refresh of this page still shows the codes.
        // The TempData serializer turns a string that looks like a Guid back into a Guid.
        Guid? stored = TempData.Peek(ComplaintKey) switch
        {
            Guid g => g,
            string s when Guid.TryParse(s, out var parsed) => parsed,
            _ => null,
        };
        var organisation = await publicOrganisation.ResolveAsync(cancellationToken);
        if (organisation is null && publicOrganisation.Addressed)
        {
            return NotFound();
        }

        if (stored is not { } id)
        {
            return Redirect(FormUrl);
        }

        TempData.Keep(ComplaintKey);
        // Only a complaint of this organisation: the one filed at another's form is not shown here.
        Complaint = organisation is null ? null : await db.Complaints.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == id && c.OrganisationId == organisation.Id, cancellationToken);
        if (Complaint is null || organisation is null)
        {
            return Redirect(FormUrl);
        }

        OrganisationName = organisation.Name;
        HearBy = Complaint.Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.Handling)?.DueOn;
        AcknowledgementByEmail = await db.OutboxMessages.AnyAsync(m => m.ComplaintId == id && m.Purpose == ComplaintIntake.AcknowledgementPurpose, cancellationToken);
        return Page();
    }

    private string FormUrl => PathBase + (English ? "/en/complaint" : "/klacht");
}
