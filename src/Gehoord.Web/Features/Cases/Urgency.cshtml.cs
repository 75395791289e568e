using System.ComponentModel.DataAnnotations;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features.Cases;

/// <summary>Marks a complaint urgent, with a reason, or ends the marking; urgent complaints sort first.</summary>
public sealed class UrgencyModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    [BindProperty]
    public UrgencyInput Urgency { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await ShowAsync(id, cancellationToken);
        if (result is PageResult)
        {
            Urgency.Reason = Complaint.UrgentReason;
        }

        return result;
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Urgency));
        return ActAsync(id, (c, by, at) => c.MarkUrgent(Urgency.Reason!, by, at), "De klacht staat op spoed.", cancellationToken, backToCase: true);
    }

    public Task<IActionResult> OnPostEndAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return ActAsync(id, (c, by, at) => c.EndUrgency(by, at), "De spoed is opgeheven.", cancellationToken, backToCase: true);
    }

    public sealed class UrgencyInput
    {
        [Required(ErrorMessage = "Schrijf op waarom deze klacht spoed heeft.")]
        [StringLength(500, ErrorMessage = "Houd de reden kort: hoogstens 500 tekens.")]
        public string? Reason { get; set; }
    }
}
