using System.ComponentModel.DataAnnotations;
using Gehoord.Domain;
using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Cases;

/// <summary>
/// Vertrouwelijk (ADR 21): a coordinator names the staff of the organisation who may open this
/// case; after that only they (and the coordinator who marks it) open it anywhere. The names
/// and the reason go into the timeline.
/// </summary>
[Access.CaseFile(Change = CaseAction.MarkConfidential)]
public sealed class ConfidentialModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    [BindProperty]
    public ConfidentialInput Confidential { get; set; } = new();

    /// <summary>The active staff of the organisation but the signed-in coordinator, who is always named.</summary>
    public IReadOnlyList<Actor> Staff { get; private set; } = [];

    public ChoiceFieldset ReaderChoices => new(
        $"{nameof(Confidential)}.{nameof(ConfidentialInput.Readers)}",
        "Wie mag dit dossier openen?",
        Staff.Select(s => new ChoiceOption(s.Id, s.Name, Confidential.Readers.Contains(s.Id))).ToList(),
        Multiple: true,
        Hint: "U staat er zelf altijd bij. Noem de behandelaar, anders kan die de klacht niet meer behandelen. Wie u niet noemt, ziet alleen het klachtnummer in de lijsten.");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await ShowAsync(id, cancellationToken);
        if (result is PageResult)
        {
            Confidential.Readers = Complaint.ConfidentialReaders.Select(r => r.StaffUserId).ToList();
            Confidential.Reason = Complaint.ConfidentialReason;
        }

        return result;
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Confidential));
        return ActAsync(
            id,
            (c, by, at) => c.MarkConfidential(Staff.Where(s => Confidential.Readers.Contains(s.Id)).ToList(), Confidential.Reason ?? string.Empty, by, at),
            "Het dossier is vertrouwelijk. Alleen de mensen die u noemde, openen het.",
            cancellationToken,
            backToCase: true);
    }

    public Task<IActionResult> OnPostEndAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return ActAsync(id, (c, by, at) => c.EndConfidentiality(by, at), "Het dossier is niet meer vertrouwelijk.", cancellationToken, backToCase: true);
    }

    protected override bool MayAct() =>
        CaseAccessPolicy.May(Access.CaseAccessService.MemberFrom(User, new HashSet<Guid>()), CaseFacts.Of(Complaint), CaseAction.MarkConfidential).Level != CaseAccessLevel.None;

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        // Active colleagues with a role that works with case files: an administrator reads none (ADR 10).
        var me = User.ToActor().Id;
        var caseRoles = StaffRoles.OrganisationRoles.Where(r => r != StaffRoles.Administrator).ToList();
        var working = Db.UserRoles.Join(Db.Roles.Where(r => caseRoles.Contains(r.Name!)), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId);
        Staff = (await Db.Users.AsNoTracking().Where(u => u.DeactivatedAt == null && u.Id != me && working.Contains(u.Id)).OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken))
            .Select(u => Actor.Staff(u.Id, u.DisplayName))
            .ToList();
    }

    public sealed class ConfidentialInput
    {
        public List<string> Readers { get; set; } = [];

        [Required(ErrorMessage = "Schrijf op waarom dit dossier vertrouwelijk is.")]
        [StringLength(Complaint.ConfidentialReasonMaxLength, ErrorMessage = "Houd de reden kort: hoogstens 500 tekens.")]
        public string? Reason { get; set; }
    }
}
