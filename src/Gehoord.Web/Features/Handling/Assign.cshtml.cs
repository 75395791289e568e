using System.ComponentModel.DataAnnotations;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// Who handles the complaint: the coordinator assigns or reassigns (with a reason), a handler
/// takes an unassigned complaint, the handler involves a manager (escalation), and the
/// handler starts exploring. The domain refuses a handler who is a respondent (Awb 9:7).
/// </summary>
/// <remarks>Taking and assigning have their own rules (below); the page filter only asks that the person may read the case.</remarks>
[Access.CaseFile(Change = Gehoord.Domain.Access.CaseAction.Read)]
public sealed class AssignModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    // Both bound on every post (the page is one form, ADR 17); each step validates only its own.
    [BindProperty]
    public AssignInput Assignment { get; set; } = new();

    [BindProperty]
    public EscalateInput Escalation { get; set; } = new();

    /// <summary>Colleagues who may handle complaints (handlers and coordinators), by name.</summary>
    public IReadOnlyList<StaffOption> Handlers { get; private set; } = [];

    public IReadOnlyList<StaffOption> Managers { get; private set; } = [];

    public bool IsCoordinator => User.IsInRole(StaffRoles.Coordinator);

    public bool MayTake => Complaint.HandlerId is null && Complaint.Status != ComplaintStatus.Closed && (User.IsInRole(StaffRoles.Handler) || IsCoordinator);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    /// <summary>The form posted without a decision's button (<see cref="HandlingPageModel.ShowTypedAsync"/>).</summary>
    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => ShowTypedAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Assignment));
        return await ActAsync(
            id,
            (complaint, actor, at) =>
            {
                var handler = StaffActor(Handlers, Assignment.HandlerId)
                    ?? throw new DomainException("Kies een behandelaar uit de lijst.");
                complaint.AssignHandler(handler, actor, at, Assignment.Reason, Profile.Words);
            },
            "De behandelaar is toegewezen.",
            cancellationToken,
            mayAct: () => IsCoordinator);
    }

    public Task<IActionResult> OnPostTakeAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return ActAsync(id, (complaint, actor, at) => complaint.Take(actor, at), "U bent nu de behandelaar van deze klacht.", cancellationToken, mayAct: () => MayTake);
    }

    public async Task<IActionResult> OnPostEscalateAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Escalation));
        return await ActAsync(
            id,
            (complaint, actor, at) =>
            {
                var manager = StaffActor(Managers, Escalation.ManagerId)
                    ?? throw new DomainException("Kies een leidinggevende uit de lijst.");
                complaint.Escalate(manager, Escalation.Reason ?? string.Empty, actor, at);
            },
            "De klacht is voorgelegd aan de leidinggevende.",
            cancellationToken);
    }

    /// <summary>The handler lands on the exploring page: that is where the next step is.</summary>
    public Task<IActionResult> OnPostStartExplorationAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return ActAsync(
            id,
            (complaint, actor, at) =>
            {
                complaint.StartExploration(actor, at);
                return "U kunt nu het probleem verkennen. Neem contact op met de klager en schrijf de kern op.";
            },
            "/Handling/Explore",
            cancellationToken);
    }

    /// <summary>
    /// Take a complaint and start exploring it in one step, from the case page: the common way
    /// in for a handler, without a stop on this page.
    /// </summary>
    public Task<IActionResult> OnPostTakeAndExploreAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return ActAsync(
            id,
            (complaint, actor, at) =>
            {
                complaint.Take(actor, at);
                complaint.StartExploration(actor, at);
                return "U bent nu de behandelaar en kunt het probleem verkennen. Neem contact op met de klager en schrijf de kern op.";
            },
            "/Handling/Explore",
            cancellationToken,
            mayAct: () => MayTake);
    }

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        Handlers = await StaffInRolesAsync([StaffRoles.Handler, StaffRoles.Coordinator], cancellationToken);
        Managers = await StaffInRolesAsync([StaffRoles.Manager], cancellationToken);
    }

    /// <summary>The chosen colleague as an actor, only if they are on the list the page offered (loaded with the complaint).</summary>
    private static Actor? StaffActor(IReadOnlyList<StaffOption> options, string? userId) =>
        options.FirstOrDefault(o => o.Id == userId) is { } option ? Actor.Staff(option.Id, option.Name) : null;

    /// <summary>Staff of the current organisation (the query filter on users) in any of <paramref name="roles"/>.</summary>
    private async Task<IReadOnlyList<StaffOption>> StaffInRolesAsync(string[] roles, CancellationToken cancellationToken) =>
        await (from user in Db.Users
               join userRole in Db.UserRoles on user.Id equals userRole.UserId
               join role in Db.Roles on userRole.RoleId equals role.Id
               where roles.Contains(role.Name!)
               orderby user.DisplayName
               select new StaffOption(user.Id, user.DisplayName))
            .Distinct()
            .ToListAsync(cancellationToken);

    public sealed record StaffOption(string Id, string Name);

    public sealed class AssignInput
    {
        [Required(ErrorMessage = "Kies een behandelaar.")]
        public string? HandlerId { get; set; }

        [StringLength(1000, ErrorMessage = "Houd de reden korter dan 1000 tekens.")]
        public string? Reason { get; set; }
    }

    public sealed class EscalateInput
    {
        [Required(ErrorMessage = "Kies een leidinggevende.")]
        public string? ManagerId { get; set; }

        [Required(ErrorMessage = "Schrijf op waarom de leidinggevende nodig is.")]
        [StringLength(2000, ErrorMessage = "Houd de reden korter dan 2000 tekens.")]
        public string? Reason { get; set; }
    }
}
