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
    [BindProperty]
    public SolutionInput Solution { get; set; } = new();

    [BindProperty]
    public SatisfactionInput Check { get; set; } = new();

    [BindProperty]
    public LessonInput Lesson { get; set; } = new();

    [BindProperty]
    public InvestigationInput Investigation { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    /// <summary>
    /// The page is one form (solution, controlevraag, lesson), so nothing typed in one part is
    /// lost when another is saved: every part with something new is saved at once.
    /// </summary>
    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, then: null, cancellationToken);

    /// <summary>Saves what is typed and closes as resolved, in one go; the handler lands on the closing page.</summary>
    public Task<IActionResult> OnPostCloseAsResolvedAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, HandlingStep.CloseAsResolved, cancellationToken);

    public Task<IActionResult> OnPostInvestigateAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, HandlingStep.StartInvestigation, cancellationToken);

    private Task<IActionResult> SaveAsync(Guid id, HandlingStep? then, CancellationToken cancellationToken)
    {
        Typed(nameof(Solution), Solution.IsTyped);
        Typed(nameof(Check), Check.IsTyped);
        Typed(nameof(Lesson), Lesson.IsTyped);

        // Only the parts with something typed are checked: an empty part is not a mistake.
        var validated = new List<string>(TypedParts);
        if (then == HandlingStep.StartInvestigation)
        {
            validated.Add(nameof(Investigation));
        }

        ValidateOnly([.. validated]);
        decimal? amount = null;
        if (TypedParts.Contains(nameof(Solution)) && !string.IsNullOrWhiteSpace(Solution.CompensationAmount))
        {
            amount = HandlingInput.ParseEuros(Solution.CompensationAmount);
            if (amount is null)
            {
                ModelState.AddModelError($"{nameof(Solution)}.{nameof(SolutionInput.CompensationAmount)}", "Vul het bedrag in euro's in, alleen met cijfers, bijvoorbeeld 12,50 of 12.50.");
            }
        }

        var checkedOn = HandlingInput.ParseDate(Check.CheckedOn);
        if (TypedParts.Contains(nameof(Check)) && checkedOn is null && !string.IsNullOrWhiteSpace(Check.CheckedOn))
        {
            ModelState.AddModelError($"{nameof(Check)}.{nameof(SatisfactionInput.CheckedOn)}", "Vul de datum in als dag-maand-jaar, bijvoorbeeld " + HandlingInput.Date(Today) + ".");
        }

        var measures = Solution.Measures.Where(HandlingFacts.AllMeasures.Contains).Aggregate(SolutionMeasures.None, (all, m) => all | m);
        return ActAsync(
            id,
            (complaint, actor, at) =>
            {
                var saved = new List<string>();
                if (TypedParts.Contains(nameof(Solution)) && !Solution.Matches(complaint, measures, amount))
                {
                    complaint.RecordSolution(measures, Solution.Description!, amount, Solution.ReferralBody, Solution.ReferralContact, Solution.ChainBodies, Solution.JointPosition, actor, at);
                    saved.Add("de oplossing");
                }

                if (TypedParts.Contains(nameof(Check)) && !Check.Matches(complaint, checkedOn))
                {
                    complaint.RecordSatisfactionCheck(Check.Satisfied!.Value, Check.EverythingCovered!.Value, Check.Note, checkedOn!.Value, actor, at);
                    saved.Add("de controlevraag");
                }

                if (TypedParts.Contains(nameof(Lesson)) && !Lesson.Matches(complaint))
                {
                    complaint.RecordLesson(Lesson.Text!, Lesson.Level!.Value, Lesson.OthersCouldBeHelped, Lesson.CanBePrevented, actor, at);
                    saved.Add("de les");
                }

                switch (then)
                {
                    case HandlingStep.CloseAsResolved:
                        complaint.CloseAsResolved(actor, at);
                        return SavedMessage(saved, "De klacht is opgelost. Verstuur zo nodig de afsluitende brief en sluit de klacht af.");
                    case HandlingStep.StartInvestigation:
                        complaint.StartInvestigation(Investigation.Reason!, actor, at);
                        return SavedMessage(saved, "De klacht gaat naar onderzoek en oordeel.");
                    default:
                        return SavedMessage(saved);
                }
            },
            then switch
            {
                HandlingStep.CloseAsResolved => "/Handling/Close",
                HandlingStep.StartInvestigation => "/Handling/Investigate",
                _ => null,
            },
            cancellationToken);
    }

    /// <summary>Every part that came back empty shows what is recorded, also when a refusal redisplays the page.</summary>
    protected override Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        var c = Complaint;
        if (!TypedParts.Contains(nameof(Solution)) && c.SolutionRecordedOn is not null)
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

        if (!TypedParts.Contains(nameof(Check)))
        {
            Check = new SatisfactionInput
            {
                CheckedOn = HandlingInput.Date(c.SatisfactionCheckedOn ?? Today),
                Satisfied = c.ComplainantSatisfied,
                EverythingCovered = c.EverythingCovered,
                Note = c.SatisfactionNote,
            };
        }

        if (!TypedParts.Contains(nameof(Lesson)))
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

        public bool IsTyped => Measures.Count > 0 || HandlingInput.AnyText(Description, CompensationAmount, ReferralBody, ReferralContact, ChainBodies, JointPosition);

        /// <summary>The same solution as recorded: saving it again would only repeat it in the timeline.</summary>
        public bool Matches(Complaint c, SolutionMeasures measures, decimal? amount) =>
            c.SolutionRecordedOn is not null && c.SolutionMeasures == measures && HandlingInput.Same(c.SolutionDescription, Description)
            && c.CompensationAmount == (measures.HasFlag(SolutionMeasures.Compensation) ? amount : null)
            && HandlingInput.Same(c.ReferralBody, measures.HasFlag(SolutionMeasures.WarmReferral) ? ReferralBody : null)
            && HandlingInput.Same(c.ReferralContact, measures.HasFlag(SolutionMeasures.WarmReferral) ? ReferralContact : null)
            && HandlingInput.Same(c.ChainBodies, ChainBodies) && HandlingInput.Same(c.JointPosition, JointPosition);
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

        /// <summary>The date is filled in beforehand, so only an answer or a note counts as typed.</summary>
        public bool IsTyped => Satisfied is not null || EverythingCovered is not null || HandlingInput.AnyText(Note);

        public bool Matches(Complaint c, DateOnly? checkedOn) =>
            c.SatisfactionCheckedOn is not null && c.SatisfactionCheckedOn == checkedOn && c.ComplainantSatisfied == Satisfied
            && c.EverythingCovered == EverythingCovered && HandlingInput.Same(c.SatisfactionNote, Note);
    }

    public sealed class LessonInput
    {
        public bool? OthersCouldBeHelped { get; set; }

        public bool? CanBePrevented { get; set; }

        [Required(ErrorMessage = "Schrijf op wat de organisatie van deze klacht leert. Is er niets te leren, schrijf dan waarom.")]
        public string? Text { get; set; }

        [Required(ErrorMessage = "Kies waar de les over gaat: deze zaak, de werkwijze of het beleid.")]
        public LessonLevel? Level { get; set; }

        public bool IsTyped => Level is not null || OthersCouldBeHelped is not null || CanBePrevented is not null || HandlingInput.AnyText(Text);

        public bool Matches(Complaint c) =>
            c.LessonText is not null && HandlingInput.Same(c.LessonText, Text) && c.LessonLevel == Level
            && c.OthersCouldBeHelped == OthersCouldBeHelped && c.CanBePrevented == CanBePrevented;
    }

    public sealed class InvestigationInput
    {
        [Required(ErrorMessage = "Schrijf op waarom de klacht toch een onderzoek en oordeel nodig heeft.")]
        public string? Reason { get; set; }
    }
}
