using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Features.Cases;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// The complaint's terms, their postponement (Awb 9:11 lid 2) and the choice for the advisory
/// committee (Awb 9:13). The domain recalculates every date; this page only shows the result.
/// </summary>
public sealed class DeadlinesModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    [BindProperty]
    public ExtendInput Extension { get; set; } = new();

    public IReadOnlyList<ComplaintDeadline> DeadlinesInOrder => Complaint.Deadlines.OrderBy(d => CaseTexts.DeadlineOrder(d.Kind)).ThenBy(d => d.DueOn).ToList();

    public ComplaintDeadline? Handling => Complaint.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.Handling);

    public bool MayExtend => Complaint.Status is ComplaintStatus.Received or ComplaintStatus.Exploring or ComplaintStatus.Resolving or ComplaintStatus.Investigating or ComplaintStatus.Judged
        && Handling is not null;

    public bool MayChooseCommittee => Complaint.Status is ComplaintStatus.Received or ComplaintStatus.Exploring && !Complaint.AdvisoryCommittee;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    /// <summary>The form posted without a decision's button (<see cref="HandlingPageModel.ShowTypedAsync"/>).</summary>
    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => ShowTypedAsync(id, cancellationToken);

    public Task<IActionResult> OnPostExtendAsync(Guid id, CancellationToken cancellationToken)
    {
        DateOnly? consentOn = null;
        if (!string.IsNullOrWhiteSpace(Extension.ConsentOn))
        {
            if (HandlingInput.TryParseDate(Extension.ConsentOn, out var date))
            {
                consentOn = date;
            }
            else
            {
                ModelState.AddModelError("Extension.ConsentOn", $"Vul de datum van de schriftelijke instemming in, bijvoorbeeld {HandlingInput.Date(Today)}. Of laat het veld leeg.");
            }
        }

        var amount = 0;
        if (!string.IsNullOrWhiteSpace(Extension.Amount)
            && (!int.TryParse(Extension.Amount.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out amount) || amount is < 1 or > 365))
        {
            ModelState.AddModelError("Extension.Amount", "Vul een heel getal van 1 tot en met 365 in, bijvoorbeeld 4.");
        }

        return ActAsync(
            id,
            (c, by, at) =>
            {
                var total = Extension.Unit == TermUnit.CalendarDays ? Term.Days(amount) : Term.Weeks(amount);
                c.Extend(Profile, total, Extension.Reason!, consentOn, by, at);
            },
            "De afhandeltermijn is verdaagd. Er staan brieftaken klaar om de klager en de beklaagde te laten weten dat het langer duurt.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostCommitteeAsync(Guid id, CancellationToken cancellationToken)
    {
        // The extension form is not posted here; its empty fields must not block this action.
        ModelState.Clear();
        return ActAsync(id, (c, by, at) => c.ChooseAdvisoryCommittee(Profile, by, at), "De klachtadviescommissie behandelt deze klacht. De afhandeltermijn is aangepast.", cancellationToken);
    }
}

public sealed class ExtendInput
{
    /// <summary>Text, not a number, so that "vier" gets a Dutch message instead of the framework's English one.</summary>
    [Required(ErrorMessage = "Vul in met hoeveel weken of dagen de termijn in totaal wordt verdaagd.")]
    public string? Amount { get; set; }

    public TermUnit Unit { get; set; } = TermUnit.Weeks;

    [Required(ErrorMessage = "Schrijf op waarom meer tijd nodig is. De klager leest dit in de brief.")]
    public string? Reason { get; set; }

    public string? ConsentOn { get; set; }
}
