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
/// Complex complaint behaviour (seed 001 §4.6): "always keep contact, unless". A coordinator or
/// manager sets rules for contact with one complainant; they show on every case of that
/// complainant and are announced by letter. An arrangement in force can be revised (new rules,
/// a new letter), reviewed (what the review found and the next review date) or ended; each is
/// its own form, for one arrangement at a time (the newest in force, or the one chosen with
/// <c>?gedragslijn=</c>).
/// </summary>
[Access.CaseFile(Change = Gehoord.Domain.Access.CaseAction.ImposeConductArrangement)]
public sealed class ConductModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{

    [BindProperty]
    public ConductInput Input { get; set; } = new();

    [BindProperty]
    public ConductReviseInput Revise { get; set; } = new();

    [BindProperty]
    public ConductReviewInput Review { get; set; } = new();

    [BindProperty]
    public ConductEndInput End { get; set; } = new();

    /// <summary>Which arrangement the change forms act on when the page is opened: <c>?gedragslijn={id}</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "gedragslijn")]
    public string? Chosen { get; set; }

    /// <summary>Every arrangement of the complainant, those in force first, then the ended ones.</summary>
    public IReadOnlyList<ConductArrangement> Arrangements { get; private set; } = [];

    /// <summary>The arrangement in force that the revise, review and end forms act on; null when none is in force.</summary>
    public ConductArrangement? Selected { get; private set; }

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

    /// <summary>The form posted without a decision's button (<see cref="HandlingPageModel.ShowTypedAsync"/>).</summary>
    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => ShowTypedAsync(id, cancellationToken);

    public Task<IActionResult> OnPostMakeAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Input));
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

    public Task<IActionResult> OnPostReviseAsync(Guid id, CancellationToken cancellationToken)
    {
        var rules = ParseRules(nameof(Revise), Revise.Rules);
        return ChangeAsync(
            id,
            nameof(Revise),
            Revise.ArrangementId,
            (arrangement, complaint, actor, at) => arrangement.Revise(complaint, rules, Revise.OtherRules, Revise.ContactPerson, Revise.Reason ?? string.Empty, actor, at),
            "De afspraken zijn herzien. Verstuur de brief met de nieuwe afspraken.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken cancellationToken)
    {
        var nextReviewOn = ParseDate(nameof(Review), nameof(ConductReviewInput.NextReviewOn), Review.NextReviewOn, "Vul de datum van de volgende evaluatie in");
        return ChangeAsync(
            id,
            nameof(Review),
            Review.ArrangementId,
            (arrangement, complaint, actor, at) => arrangement.Review(complaint, Review.Outcome ?? string.Empty, nextReviewOn, Today, actor, at),
            "De evaluatie is vastgelegd.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostEndAsync(Guid id, CancellationToken cancellationToken)
    {
        var endsOn = ParseDate(nameof(End), nameof(ConductEndInput.EndsOn), End.EndsOn, "Vul de einddatum in");
        return ChangeAsync(
            id,
            nameof(End),
            End.ArrangementId,
            (arrangement, complaint, actor, at) => arrangement.End(complaint, End.Reason ?? string.Empty, endsOn, Today, actor, at),
            "De gedragslijn is beëindigd. De afspraken gelden niet meer.",
            cancellationToken);
    }

    protected override bool MayAct() => User.IsInRole(StaffRoles.Coordinator) || User.IsInRole(StaffRoles.Manager);

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        Arrangements = await ConductArrangementQueries.HistoryForComplainantAsync(Db, Complaint.Complainant, cancellationToken);
        var inForce = Arrangements.Where(a => !a.IsEnded).ToList();

        // A refused post shows the arrangement it was about; otherwise the chosen or the newest one.
        var wanted = new[] { Revise.ArrangementId, Review.ArrangementId, End.ArrangementId, Chosen }
            .Select(v => Guid.TryParse(v, out var g) ? g : (Guid?)null)
            .FirstOrDefault(g => g is not null && inForce.Any(a => a.Id == g));
        Selected = inForce.FirstOrDefault(a => a.Id == wanted) ?? inForce.FirstOrDefault();
        if (Selected is not { } selected)
        {
            return;
        }

        // A form that was not posted starts from the arrangement as it stands.
        if (Revise.ArrangementId is null)
        {
            Revise.Rules = [.. ConductArrangement.AllRules.Where(r => selected.Rules.HasFlag(r)).Select(r => r.ToString())];
            Revise.ContactPerson = selected.ContactPerson;
            Revise.OtherRules = selected.OtherRules;
        }

        Review.NextReviewOn ??= HandlingInput.Date(Today.AddMonths(6));
        End.EndsOn ??= HandlingInput.Date(Today);
    }

    /// <summary>
    /// One change to an arrangement through the form <paramref name="form"/>: only that form's
    /// input is validated, and the arrangement is loaded tracked within this organisation (the
    /// query filter); the domain checks that it belongs to this case's complainant.
    /// </summary>
    private Task<IActionResult> ChangeAsync(
        Guid id, string form, string? arrangementText, Action<ConductArrangement, Complaint, Actor, DateTimeOffset> change, string success, CancellationToken cancellationToken)
    {
        ValidateOnly(form);
        if (!Guid.TryParse(arrangementText, out var arrangementId))
        {
            ModelState.AddModelError(form + "." + nameof(ConductReviseInput.ArrangementId), "Kies een gedragslijn op de pagina.");
        }

        return ActAsync(
            id,
            async (complaint, actor, at) =>
            {
                var arrangement = await Db.ConductArrangements.SingleOrDefaultAsync(a => a.Id == arrangementId, cancellationToken)
                    ?? throw new DomainException("Deze gedragslijn bestaat niet (meer). Open de pagina opnieuw.");
                change(arrangement, complaint, actor, at);
            },
            success,
            cancellationToken);
    }

    private ConductRules ParseRules() => ParseRules(nameof(Input), Input.Rules);

    private ConductRules ParseRules(string form, IEnumerable<string> values)
    {
        var rules = ConductRules.None;
        foreach (var value in values)
        {
            if (Enum.TryParse<ConductRules>(value, out var rule) && ConductArrangement.AllRules.Contains(rule))
            {
                rules |= rule;
            }
            else
            {
                ModelState.AddModelError(form + ".Rules", "Kies de afspraken uit de lijst.");
            }
        }

        return rules;
    }

    private DateOnly ParseDate(string field, string? value, string missing) => ParseDate(nameof(Input), field, value, missing);

    private DateOnly ParseDate(string form, string field, string? value, string missing)
    {
        if (HandlingInput.TryParseDate(value, out var date))
        {
            return date;
        }

        ModelState.AddModelError(form + "." + field, $"{missing}, bijvoorbeeld {HandlingInput.Date(Today)}.");
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

/// <summary>New rules for an arrangement in force; the rules are bound as text, as in <see cref="ConductInput"/>.</summary>
public sealed class ConductReviseInput
{
    /// <summary>Bound as text so that a tampered value gets a Dutch message.</summary>
    public string? ArrangementId { get; set; }

    public List<string> Rules { get; set; } = [];

    [StringLength(2000, ErrorMessage = "Beschrijf de andere afspraak in hoogstens 2000 tekens.")]
    public string? OtherRules { get; set; }

    [StringLength(200, ErrorMessage = "Gebruik voor de contactpersoon hoogstens 200 tekens.")]
    public string? ContactPerson { get; set; }

    [StringLength(2000, ErrorMessage = "Schrijf de reden in hoogstens 2000 tekens.")]
    public string? Reason { get; set; }
}

public sealed class ConductReviewInput
{
    public string? ArrangementId { get; set; }

    [StringLength(2000, ErrorMessage = "Schrijf de uitkomst in hoogstens 2000 tekens.")]
    public string? Outcome { get; set; }

    public string? NextReviewOn { get; set; }
}

public sealed class ConductEndInput
{
    public string? ArrangementId { get; set; }

    [StringLength(2000, ErrorMessage = "Schrijf de reden in hoogstens 2000 tekens.")]
    public string? Reason { get; set; }

    public string? EndsOn { get; set; }
}
