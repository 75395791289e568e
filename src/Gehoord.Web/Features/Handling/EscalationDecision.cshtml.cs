using System.ComponentModel.DataAnnotations;
using Gehoord.Domain.Access;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// The manager to whom a handler put the complaint records the decision here. The gate lets
/// readers in (a manager reads the case); the domain lets only that manager decide.
/// </summary>
[Access.CaseFile(Read = CaseAction.Read, Change = CaseAction.Read)]
public sealed class EscalationDecisionModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    [BindProperty]
    public DecisionInput Decision { get; set; } = new();

    /// <summary>Only the manager to whom the complaint was put.</summary>
    public bool IsTheManager => Complaint.EscalatedToId is { } id && id == User.ToActor().Id;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, (c, by, at) => c.DecideOnEscalation(Decision.Text!, by, at), "Uw besluit staat in het dossier. De behandelaar ziet het op de klacht.", cancellationToken, backToCase: true);

    protected override bool MayAct() => IsTheManager;

    public sealed class DecisionInput
    {
        [Required(ErrorMessage = "Schrijf op wat u besluit.")]
        [StringLength(4000, ErrorMessage = "Het besluit is hoogstens 4000 tekens.")]
        public string? Text { get; set; }
    }
}
