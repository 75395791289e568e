using System.Security.Claims;
using Gehoord.Domain;
using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Intake;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Cases;

/// <summary>
/// The case file: everything known about one complaint, its terms, attachments, the e-mails
/// sent for it and its timeline. Who may read it is the access policy's (ADR 10): an employee
/// whose registration was handed over sees only how it stands. A complaint of another
/// organisation does not exist here (the query filter), so it is a 404.
/// </summary>
[Access.CaseFile(Read = Gehoord.Domain.Access.CaseAction.SeeStatus, Change = Gehoord.Domain.Access.CaseAction.MeetLegalTerm, Item = AccessItem.CaseFile)]
public sealed class DetailsModel(GehoordDbContext db, Clock clock) : PageModel
{
    public Complaint Complaint { get; private set; } = default!;

    /// <summary>Unit names by id, for the concerned units and respondents.</summary>
    public IReadOnlyDictionary<Guid, string> UnitNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<OutboxMessage> Mails { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>Conduct arrangements for this complainant, made on this or another of their cases.</summary>
    public IReadOnlyList<ConductArrangement> Arrangements { get; private set; } = [];

    /// <summary>Where each handling step is taken, so the guidance can link straight to it.</summary>
    public static string PageFor(HandlingStep step) => step switch
    {
        HandlingStep.StartExploration => "toewijzen",
        HandlingStep.StartResolving or HandlingStep.StartInvestigation => "verkennen",
        HandlingStep.CloseAsResolved => "oplossen",
        HandlingStep.Judge or HandlingStep.CloseAfterInvestigation => "onderzoek",
        _ => "afronden",
    };

    public string? Message { get; private set; }

    /// <summary>Where the one step is taken that meets a "to do now" line.</summary>
    public string LinkFor(ToDoKind kind) => kind switch
    {
        ToDoKind.Acknowledge => AcknowledgementOwed ? $"/Staff/Klachten/{Complaint.Id}/ontvangstbevestiging" : "#brieven",
        ToDoKind.PersonalContact => $"/Staff/Klachten/{Complaint.Id}/contact",
        ToDoKind.NotHandledNotice => $"/Staff/Klachten/{Complaint.Id}/afronden",
        ToDoKind.AskDetails => $"/Staff/Klachten/{Complaint.Id}/klager",
        _ => Complaint.AvailableSteps.Count > 0 ? $"/Staff/Klachten/{Complaint.Id}/{PageFor(Complaint.AvailableSteps[0])}" : $"/Staff/Klachten/{Complaint.Id}/afronden",
    };

    public static string LinkTextFor(ToDoKind kind) => kind switch
    {
        ToDoKind.Acknowledge => "Naar de ontvangstbevestiging",
        ToDoKind.PersonalContact => "Contact vastleggen of plannen",
        ToDoKind.NotHandledNotice => "Naar afronden",
        ToDoKind.AskDetails => "Gegevens aanvullen",
        _ => "Naar de volgende stap",
    };

    /// <summary>The acknowledgement is still owed: staff can print the letter and record it as posted.</summary>
    public bool AcknowledgementOwed =>
        Complaint.Deadlines.Any(d => d.Kind == DeadlineKind.Acknowledgement && d.MetOn is null);

    public IEnumerable<ComplaintDeadline> DeadlinesInOrder =>
        Complaint.Deadlines.OrderBy(d => d.DueOn).ThenBy(d => CaseTexts.DeadlineOrder(d.Kind));

    public DateTimeOffset ToLocal(DateTimeOffset moment) => clock.ToLocal(moment);

    public bool MayHandle => Handling.HandlingPageModel.MayHandleComplaint(User, Complaint);

    /// <summary>The signed-in manager is the one this complaint was put to.</summary>
    /// <summary>
    /// A handler or coordinator may take an unassigned complaint here and start exploring it in
    /// one step (the same rule as on the assignment page).
    /// </summary>
    public bool MayTakeAndExplore =>
        Complaint.HandlerId is null && Complaint.AvailableSteps.Contains(HandlingStep.StartExploration) && !Complaint.IsRespondent(User.ToActor().Id)
        && (User.IsInRole(StaffRoles.Handler) || User.IsInRole(StaffRoles.Coordinator));

    public bool IsEscalatedManager => Complaint.EscalatedToId is { } managerId && managerId == User.ToActor().Id;

    /// <summary>The page filter's decision for this request (always set: the filter runs first).</summary>
    private CaseAccessDecision? Decision => HttpContext.Items[Access.CaseAccessFilter.DecisionKey] as CaseAccessDecision;

    /// <summary>Only the status: the story, the complainant, letters and attachments stay closed.</summary>
    public bool StatusOnly => Decision is { Level: CaseAccessLevel.Status };

    public string AccessReason => Decision?.Reason ?? string.Empty;

    /// <summary>A coordinator or the privacy officer: sees who opened the file and checks its chain (ADR 20, 21).</summary>
    public bool MayAudit => CaseAccessPolicy.May(Access.CaseAccessService.MemberFrom(User, new HashSet<Guid>()), CaseFacts.Of(Complaint), CaseAction.Audit).Level != CaseAccessLevel.None;

    /// <summary>A coordinator who may open the file marks it confidential or changes who may open it.</summary>
    public bool MayMarkConfidential => !StatusOnly && CaseAccessPolicy.May(Access.CaseAccessService.MemberFrom(User, new HashSet<Guid>()), CaseFacts.Of(Complaint), CaseAction.MarkConfidential).Level != CaseAccessLevel.None;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Message = TempData["Message"] as string;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Streams an attachment of this complaint, never one of another complaint.</summary>
    [Access.CaseAccess(Gehoord.Domain.Access.CaseAction.Read)]
    [Access.AccessLogged(AccessItem.Attachment, ItemArgument = "attachmentId")]
    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await db.Complaints.AsNoTracking()
            .Where(c => c.Id == id)
            .SelectMany(c => c.Attachments)
            .Where(a => a.Id == attachmentId)
            .Select(a => new { a.FileName, a.ContentType })
            .SingleOrDefaultAsync(cancellationToken);
        if (attachment is null)
        {
            return NotFound();
        }

        var data = await db.AttachmentContents.AsNoTracking()
            .Where(a => a.Id == attachmentId)
            .Select(a => a.Data)
            .SingleOrDefaultAsync(cancellationToken);
        if (data is null)
        {
            return NotFound();
        }

        // Personal data: no copy in a shared or browser cache.
        Response.Headers.CacheControl = "no-store";
        return File(data, attachment.ContentType, AttachmentPolicy.SafeFileName(attachment.FileName));
    }

    /// <summary>Staff printed the acknowledgement letter and posted it (Awb 9:6, II.83).</summary>
    public async Task<IActionResult> OnPostPostedAcknowledgementAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.WithEverything().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null)
        {
            return NotFound();
        }

        try
        {
            complaint.RecordAcknowledgement("post", CurrentActor(), clock.Now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            return await ShowErrorAsync(id, ex.Message, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people changed the case at the same moment: the timeline position was taken.
            return await ShowErrorAsync(id, "Iemand anders heeft dit dossier net gewijzigd. Bekijk het dossier en probeer het opnieuw.", cancellationToken);
        }

        TempData["Message"] = "De ontvangstbevestiging staat genoteerd als verstuurd per post.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ShowErrorAsync(Guid id, string message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError(string.Empty, message);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private Actor CurrentActor() => Actor.Staff(
        User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
        User.FindFirstValue(StaffClaims.DisplayName) ?? User.Identity?.Name ?? string.Empty);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().WithEverything().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null)
        {
            return false;
        }

        Complaint = complaint;
        Today = clock.Today;
        var unitIds = complaint.Units.Select(u => u.UnitId)
            .Concat(complaint.Respondents.Where(r => r.UnitId is not null).Select(r => r.UnitId!.Value))
            .Distinct()
            .ToList();
        UnitNames = await db.Units.AsNoTracking()
            .Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

        Arrangements = await Handling.ConductArrangementQueries.ForComplainantAsync(db, complaint.Complainant, cancellationToken);

        // The outbox is not filtered by organisation (the dispatcher serves all); the complaint
        // was found through the filter, and the organisation is checked again here.
        Mails = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ComplaintId == id && m.OrganisationId == complaint.OrganisationId && m.Purpose == ComplaintIntake.AcknowledgementPurpose)
            .OrderBy(m => m.CreatedAt)
            .ToListAsync(cancellationToken);
        return true;
    }
}
