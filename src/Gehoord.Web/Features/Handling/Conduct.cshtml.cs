using System.ComponentModel.DataAnnotations;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// Complex complaint behaviour (seed 001 §4.6): "always keep contact, unless". A coordinator or
/// manager sets rules for contact with one complainant; they show on every case of that
/// complainant and are announced by letter.
/// </summary>
[Access.CaseFile(Change = Gehoord.Domain.Access.CaseAction.ImposeConductArrangement)]
public sealed class ConductModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{

    [BindProperty]
    public ConductInput Input { get; set; } = new();

    public IReadOnlyList<ConductArrangement> Arrangements { get; private set; } = [];

    /// <summary>Null when the complainant left no e-mail address or phone number to recognise them by.</summary>
    public string? ComplainantKey => ConductArrangement.KeyFor(Complaint.Complainant);

    /// <summary>Limiting a citizen's contact is a decision for the coordinator or a manager, not for the handler alone.</summary>
    public bool MayMakeArrangement => MayAct();

    public IEnumerable<LetterTask> ConductLetters => Complaint.LetterTasks.Where(t => t.Kind == LetterKind.ConductArrangement);


    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Input.StartsOn = HandlingInput.Date(Today);
        Input.ReviewOn = HandlingInput.Date(Today.AddMonths(6));
        return await ShowAsync(id, cancellationToken);
    }

    public Task<IActionResult> OnPostMakeAsync(Guid id, CancellationToken cancellationToken)
    {
        var rules = ParseRules();
        var startsOn = ParseDate(nameof(ConductInput.StartsOn), Input.StartsOn, "Vul de startdatum in");
        var reviewOn = ParseDate(nameof(ConductInput.ReviewOn), Input.ReviewOn, "Vul de datum van de evaluatie in");
        return ActAsync(
            id,
            (complaint, actor, at) => Db.ConductArrangements.Add(ConductArrangement.Make(
                Guid.CreateVersion7(at),
                complaint,
                Input.Behaviour ?? string.Empty,
                rules,
                Input.OtherRules,
                Input.ContactPerson,
                startsOn,
                reviewOn,
                actor,
                at)),
            "De gedragslijn is vastgelegd. Verstuur de brief waarin u de gedragslijn aankondigt.",
            cancellationToken);
    }

    protected override bool MayAct() => User.IsInRole(StaffRoles.Coordinator) || User.IsInRole(StaffRoles.Manager);

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken) =>
        Arrangements = await ConductArrangementQueries.ForComplainantAsync(Db, Complaint.Complainant, cancellationToken);

    private ConductRules ParseRules()
    {
        var rules = ConductRules.None;
        foreach (var value in Input.Rules)
        {
            if (Enum.TryParse<ConductRules>(value, out var rule) && ConductArrangement.AllRules.Contains(rule))
            {
                rules |= rule;
            }
            else
            {
                ModelState.AddModelError("Input.Rules", "Kies de afspraken uit de lijst.");
            }
        }

        return rules;
    }

    private DateOnly ParseDate(string field, string? value, string missing)
    {
        if (HandlingInput.TryParseDate(value, out var date))
        {
            return date;
        }

        ModelState.AddModelError("Input." + field, $"{missing}, bijvoorbeeld {HandlingInput.Date(Today)}.");
        return default;
    }
}

public sealed class ConductInput
{
    [StringLength(4000, ErrorMessage = "Beschrijf het gedrag in hoogstens 4000 tekens.")]
    public string? Behaviour { get; set; }

    /// <summary>Bound as text so that a tampered value gets a Dutch message instead of a binding error.</summary>
    public List<string> Rules { get; set; } = [];

    [StringLength(2000, ErrorMessage = "Beschrijf de andere afspraak in hoogstens 2000 tekens.")]
    public string? OtherRules { get; set; }

    [StringLength(200, ErrorMessage = "Gebruik voor de contactpersoon hoogstens 200 tekens.")]
    public string? ContactPerson { get; set; }

    public string? StartsOn { get; set; }

    public string? ReviewOn { get; set; }
}
