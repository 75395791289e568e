using System.ComponentModel.DataAnnotations;
using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Cases;

/// <summary>
/// Bewaren (ADR 24): a coordinator keeps a file whole past its retention term while an
/// ombudsman's investigation, a court case or an objection runs, and ends that when it is over.
/// The page says when the term ends; the reason goes into the timeline.
/// </summary>
[Access.CaseFile(Change = CaseAction.HoldLegally)]
public sealed class LegalHoldModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    [BindProperty]
    public HoldInput Hold { get; set; } = new();

    /// <summary>The organisation's retention term in years.</summary>
    public int RetentionYears { get; private set; }

    /// <summary>The first day the file may lose its personal data; null while the complaint is open.</summary>
    public DateOnly? DueOn => Complaint.RetentionDueOn(RetentionYears, at => DateOnly.FromDateTime(Clock.ToLocal(at).DateTime));

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Hold));
        return ActAsync(id, (c, by, at) => c.PlaceLegalHold(Hold.Reason ?? string.Empty, by, at), "Het dossier blijft bewaard, ook na de bewaartermijn.", cancellationToken, backToCase: true);
    }

    public Task<IActionResult> OnPostLiftAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Hold));
        return ActAsync(id, (c, by, at) => c.LiftLegalHold(Hold.Reason ?? string.Empty, by, at), "Het dossier wordt niet meer apart bewaard. De bewaartermijn geldt weer.", cancellationToken, backToCase: true);
    }

    protected override bool MayAct() =>
        CaseAccessPolicy.May(Access.CaseAccessService.MemberFrom(User, new HashSet<Guid>()), CaseFacts.Of(Complaint), CaseAction.HoldLegally).Level != CaseAccessLevel.None;

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken) =>
        RetentionYears = await Db.Organisations.AsNoTracking().Where(o => o.Id == Complaint.OrganisationId).Select(o => o.RetentionYears).SingleAsync(cancellationToken);

    public sealed class HoldInput
    {
        [Required(ErrorMessage = "Schrijf de reden op, bijvoorbeeld: onderzoek door de Nationale ombudsman, of: het onderzoek is klaar.")]
        [StringLength(Complaint.LegalHoldReasonMaxLength, ErrorMessage = "Houd de reden kort: hoogstens 500 tekens.")]
        public string? Reason { get; set; }
    }
}
