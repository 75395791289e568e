using System.ComponentModel.DataAnnotations;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// Rule of thumb 3, "is there a solution? solve it": record what was done, ask the
/// controlevraag (Awb 9:5), record the lesson, then close as resolved or go on to an
/// investigation after all.
/// </summary>
public sealed class ResolveModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    /// <summary>The form that was posted; the others show what is recorded.</summary>
    private string? _posted;

    [BindProperty]
    public SolutionInput Solution { get; set; } = new();

    [BindProperty]
    public SatisfactionInput Check { get; set; } = new();

    [BindProperty]
    public LessonInput Lesson { get; set; } = new();

    [BindProperty]
    public InvestigationInput Investigation { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostSolutionAsync(Guid id, CancellationToken cancellationToken)
    {
        _posted = nameof(Solution);
        ValidateOnly(nameof(Solution));
        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(Solution.CompensationAmount))
        {
            amount = HandlingInput.ParseEuros(Solution.CompensationAmount);
            if (amount is null)
            {
                ModelState.AddModelError($"{nameof(Solution)}.{nameof(SolutionInput.CompensationAmount)}", "Vul het bedrag in euro's in, alleen met cijfers, bijvoorbeeld 12,50 of 12.50.");
            }
        }

        var measures = Solution.Measures.Where(HandlingFacts.AllMeasures.Contains).Aggregate(SolutionMeasures.None, (all, m) => all | m);
        return ActAsync(
            id,
            (complaint, actor, at) => complaint.RecordSolution(
                measures, Solution.Description!, amount, Solution.ReferralBody, Solution.ReferralContact, Solution.ChainBodies, Solution.JointPosition, actor, at),
            "De oplossing is vastgelegd. Stel nu de controlevraag aan de klager.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken cancellationToken)
    {
        _posted = nameof(Check);
        ValidateOnly(nameof(Check));
        var checkedOn = HandlingInput.ParseDate(Check.CheckedOn);
        if (checkedOn is null && !string.IsNullOrWhiteSpace(Check.CheckedOn))
        {
            ModelState.AddModelError($"{nameof(Check)}.{nameof(SatisfactionInput.CheckedOn)}", "Vul de datum in als dag-maand-jaar, bijvoorbeeld " + HandlingInput.Date(Today) + ".");
        }

        return ActAsync(
            id,
            (complaint, actor, at) => complaint.RecordSatisfactionCheck(Check.Satisfied!.Value, Check.EverythingCovered!.Value, Check.Note, checkedOn!.Value, actor, at),
            "De controlevraag is vastgelegd.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostLessonAsync(Guid id, CancellationToken cancellationToken)
    {
        _posted = nameof(Lesson);
        ValidateOnly(nameof(Lesson));
        return ActAsync(
            id,
            (complaint, actor, at) => complaint.RecordLesson(Lesson.Text!, Lesson.Level!.Value, Lesson.OthersCouldBeHelped, Lesson.CanBePrevented, actor, at),
            "De les uit deze klacht is vastgelegd.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostCloseAsResolvedAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return ActAsync(
            id,
            (complaint, actor, at) => complaint.CloseAsResolved(actor, at),
            "De klacht is opgelost en wordt afgerond. Verstuur de afsluitende brief en sluit de klacht af.",
            cancellationToken,
            backToCase: true);
    }

    public Task<IActionResult> OnPostInvestigateAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Investigation));
        return ActAsync(
            id,
            (complaint, actor, at) => complaint.StartInvestigation(Investigation.Reason!, actor, at),
            "De klacht gaat naar onderzoek en oordeel.",
            cancellationToken,
            backToCase: true);
    }


    /// <summary>Every form not posted shows what is recorded, also when a refusal redisplays the page.</summary>
    protected override Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        var c = Complaint;
        if (_posted != nameof(Solution) && c.SolutionRecordedOn is not null)
        {
            Solution = new SolutionInput
            {
                Measures = [.. HandlingFacts.AllMeasures.Where(m => c.SolutionMeasures.HasFlag(m))],
                Description = c.SolutionDescription,
                CompensationAmount = c.CompensationAmount?.ToString("0.00", Cases.CaseTexts.Dutch),
                ReferralBody = c.ReferralBody,
                ReferralContact = c.ReferralContact,
                ChainBodies = c.ChainBodies,
                JointPosition = c.JointPosition,
            };
        }

        if (_posted != nameof(Check))
        {
            Check = new SatisfactionInput
            {
                CheckedOn = HandlingInput.Date(c.SatisfactionCheckedOn ?? Today),
                Satisfied = c.ComplainantSatisfied,
                EverythingCovered = c.EverythingCovered,
                Note = c.SatisfactionNote,
            };
        }

        if (_posted != nameof(Lesson))
        {
            Lesson = new LessonInput
            {
                Text = c.LessonText,
                Level = c.LessonLevel,
                OthersCouldBeHelped = c.OthersCouldBeHelped,
                CanBePrevented = c.CanBePrevented,
            };
        }

        return Task.CompletedTask;
    }

    public sealed class SolutionInput
    {
        public List<SolutionMeasures> Measures { get; set; } = [];

        [Required(ErrorMessage = "Beschrijf de oplossing: wat is er gedaan of afgesproken?")]
        public string? Description { get; set; }

        /// <summary>Text, so that "12,50" and a typing error both come back as typed.</summary>
        public string? CompensationAmount { get; set; }

        public string? ReferralBody { get; set; }

        public string? ReferralContact { get; set; }

        public string? ChainBodies { get; set; }

        public string? JointPosition { get; set; }
    }

    public sealed class SatisfactionInput
    {
        [Required(ErrorMessage = "Vul in op welke dag u de controlevraag stelde, bijvoorbeeld 15-03-2026.")]
        public string? CheckedOn { get; set; }

        [Required(ErrorMessage = "Kies of de klager tevreden is.")]
        public bool? Satisfied { get; set; }

        [Required(ErrorMessage = "Kies of alles is besproken.")]
        public bool? EverythingCovered { get; set; }

        public string? Note { get; set; }
    }

    public sealed class LessonInput
    {
        public bool? OthersCouldBeHelped { get; set; }

        public bool? CanBePrevented { get; set; }

        [Required(ErrorMessage = "Schrijf op wat de organisatie van deze klacht leert. Is er niets te leren, schrijf dan waarom.")]
        public string? Text { get; set; }

        [Required(ErrorMessage = "Kies waar de les over gaat: deze zaak, de werkwijze of het beleid.")]
        public LessonLevel? Level { get; set; }
    }

    public sealed class InvestigationInput
    {
        [Required(ErrorMessage = "Schrijf op waarom de klacht toch een onderzoek en oordeel nodig heeft.")]
        public string? Reason { get; set; }
    }
}
