using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Intake;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Tracking;

/// <summary>
/// The citizen's status page: with the tracking code they see the stage, the next step, the
/// date by which they will hear, and whom to contact. Nothing else: no names, no description,
/// nothing a stranger who found the code should learn. Lookups are rate-limited per address.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicy)]
public sealed class StatusModel(GehoordDbContext db, PublicOrganisation publicOrganisation, Clock clock) : PageModel
{
    public const string RateLimitPolicy = "tracking";

    /// <summary>
    /// What the rate limit counts: a lookup of a code, by the form (POST) or by the link in the
    /// acknowledgement (GET with a code). Opening the empty page looks nothing up, so a citizen
    /// who reloads it is never told to wait.
    /// </summary>
    public static bool IsLookup(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsPost(request.Method) || !string.IsNullOrWhiteSpace(request.Query[nameof(Code)]);
    }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public Organisation? Organisation { get; private set; }

    public CitizenStatusView? Status { get; private set; }

    public string? Reference { get; private set; }

    public bool CodeNotFound { get; private set; }

    public bool English => PublicOrganisation.IsEnglish(HttpContext.Request);

    /// <summary>What this organisation's public addresses start with (see <see cref="PublicOrganisation.Path"/>).</summary>
    public string PathBase => publicOrganisation.Path;

    /// <summary>This organisation's status page in the other language.</summary>
    public string OtherLanguageUrl => PathBase + (English ? "/volgen" : "/en/track");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Organisation = await publicOrganisation.ResolveAsync(cancellationToken);
        if (Organisation is null && publicOrganisation.Addressed)
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(Code))
        {
            await LookUpAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Organisation = await publicOrganisation.ResolveAsync(cancellationToken);
        if (Organisation is null && publicOrganisation.Addressed)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), English ? "Enter your tracking code." : "Vul uw volgcode in.");
            return Page();
        }

        await LookUpAsync(cancellationToken);
        return Page();
    }

    private async Task LookUpAsync(CancellationToken cancellationToken)
    {
        var code = TrackingCode.Normalise(Code);
        var complaint = code is null || Organisation is null
            ? null
            : await db.Complaints.AsNoTracking()
                // Only this organisation's complaints: another's code is "not found" here.
                .Where(c => c.TrackingCode == code && c.OrganisationId == Organisation.Id)
                .Select(c => new { c.ReferenceYear, c.ReferenceSequence, c.Status, c.Kind, c.Outcome, c.Deadlines })
                .SingleOrDefaultAsync(cancellationToken);
        if (complaint is null)
        {
            CodeNotFound = true;
            ModelState.AddModelError(nameof(Code), English
                ? "We cannot find a complaint with this tracking code. Check the code in your e-mail or on your confirmation. It has 12 letters and digits, for example K7Q4-M2XH-9RTA."
                : "Wij vinden geen klacht met deze volgcode. Kijk of de code goed is overgenomen uit de e-mail of de bevestiging. De code heeft 12 letters en cijfers, bijvoorbeeld K7Q4-M2XH-9RTA.");
            return;
        }

        Reference = new ReferenceNumber(complaint.ReferenceYear, complaint.ReferenceSequence).ToString();
        var handlingDue = complaint.Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.Handling)?.DueOn;
        Status = CitizenStatus.For(complaint.Status, complaint.Kind, complaint.Outcome, handlingDue, clock.Today, English);
    }
}
