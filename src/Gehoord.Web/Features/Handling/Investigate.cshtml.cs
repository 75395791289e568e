using System.ComponentModel.DataAnnotations;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// Rule of thumb 4: no solution, so judge. Hear both sides (Awb 9:10), hear witnesses and third
/// parties, assess propriety and lawfulness, give a verdict per complaint part, take the
/// committee's advice into account, then fix the judgement and close with the ombudsman referral.
/// </summary>
public sealed class InvestigateModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    [BindProperty]
    public HearingOutcomeInput Outcome { get; set; } = new();

    [BindProperty]
    public WaiverInput Waiver { get; set; } = new();

    [BindProperty]
    public InvolvedInput Involved { get; set; } = new();

    [BindProperty]
    public List<StandardRow> Standards { get; set; } = [];

    [BindProperty]
    public LawfulnessInput Lawfulness { get; set; } = new();

    [BindProperty]
    public List<VerdictRow> Verdicts { get; set; } = [];

    [BindProperty]
    public CommitteeAdviceInput Advice { get; set; } = new();

    [BindProperty]
    public CommitteeDecisionInput Decision { get; set; } = new();

    [BindProperty]
    public LessonInput Lesson { get; set; } = new();

    [BindProperty]
    public ClosingInput Closing { get; set; } = new();

    /// <summary>A committee member of a complaint the committee handles may record hearings and its advice (Awb 9:14).</summary>
    public bool IsCommitteeMember => Complaint.AdvisoryCommittee && User.IsInRole(StaffRoles.Committee);

    public bool MayRecordHearings => MayHandle || IsCommitteeMember;

    public bool Investigating => Complaint.Status == ComplaintStatus.Investigating;

    public IReadOnlyList<Hearing> OpenHearings => Complaint.Hearings.Where(h => h.HeldOn is null).ToList();

    /// <summary>Who a hearing is for as the tables and choices show it: the party, and the respondent by name.</summary>
    public string WhoIsHeard(Hearing hearing) =>
        HandlingFacts.DutchName(hearing.Party) + (Complaint.HeardRespondentName(hearing) is { } name ? $" ({name})" : string.Empty);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    /// <summary>
    /// The page is one form: "Opslaan" saves every part with something new in it (hearings,
    /// witnesses, standards, rules, verdicts, advice, lesson) in one go, so typing in one part
    /// and saving never loses another. One refusal saves none of it and keeps all of it.
    /// A committee member may save only the hearing and advice parts (Awb 9:14).
    /// </summary>
    [Access.CaseAccess(Gehoord.Domain.Access.CaseAction.Advise)]
    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, then: null, cancellationToken);

    /// <summary>Saves what is typed and fixes the judgement.</summary>
    public Task<IActionResult> OnPostJudgeAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, HandlingStep.Judge, cancellationToken);

    /// <summary>Saves what is typed and closes after investigation; the handler lands on the closing page.</summary>
    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, HandlingStep.CloseAfterInvestigation, cancellationToken);

    /// <summary>The parts a committee member may save.</summary>
    private static readonly string[] CommitteeParts = [nameof(Invite), nameof(Outcome), nameof(Advice)];

    private Task<IActionResult> SaveAsync(Guid id, HandlingStep? then, CancellationToken cancellationToken)
    {
        Typed(nameof(Invite), Invite.Party is not null || Invite.Form is not null || Invite.RespondentId is not null || HandlingInput.AnyText(Invite.PlannedOn));
        Typed(nameof(Outcome), Outcome.HearingId is not null || HandlingInput.AnyText(Outcome.Report));
        Typed(nameof(Waiver), Waiver.Reason is not null || HandlingInput.AnyText(Waiver.Motivation));
        Typed(nameof(Involved), Involved.Role is not null || HandlingInput.AnyText(Involved.Name, Involved.Statement, Involved.DiscussedOn));
        Typed(nameof(Advice), HandlingInput.AnyText(Advice.Findings, Advice.Advice, Advice.Recommendations));

        // These parts are filled in from the case file: only a change counts as typed. The
        // committee's decision and the lesson are compared once the complaint is loaded.
        Typed(nameof(Standards), Standards.Any(r => r.Finding is not null));
        Typed(nameof(Verdicts), Verdicts.Any(r => r.Verdict is not null));
        Typed(nameof(Lawfulness), Lawfulness.Lawful is not null || HandlingInput.AnyText(Lawfulness.Note));
        Typed(nameof(Decision), Decision.Follows is not null || HandlingInput.AnyText(Decision.Motivation));
        Typed(nameof(Lesson), Lesson.Level is not null || Lesson.OthersCouldBeHelped is not null || Lesson.CanBePrevented is not null || HandlingInput.AnyText(Lesson.Text));

        var validated = new List<string>(TypedParts.Where(p => p is not (nameof(Standards) or nameof(Verdicts) or nameof(Outcome))));
        if (then == HandlingStep.CloseAfterInvestigation)
        {
            validated.Add(nameof(Closing));
        }

        ValidateOnly(validated.Count == 0 ? ["-"] : [.. validated]);
        var invitedOn = TypedParts.Contains(nameof(Invite)) ? RequiredDate(Invite.InvitedOn, "Invite.InvitedOn", "Vul de datum van de uitnodiging in") : default;
        var plannedOn = TypedParts.Contains(nameof(Invite)) ? OptionalDate(Invite.PlannedOn, "Invite.PlannedOn", "Vul de datum van het horen in") : null;
        var heldOn = default(DateOnly);
        if (TypedParts.Contains(nameof(Outcome)))
        {
            if (Outcome.HearingId is null)
            {
                ModelState.AddModelError("Outcome.HearingId", "Kies over welk horen het gaat.");
            }

            if (Outcome.Declined != true)
            {
                heldOn = RequiredDate(Outcome.HeldOn, "Outcome.HeldOn", "Vul de datum van het horen in");
                if (string.IsNullOrWhiteSpace(Outcome.Report))
                {
                    ModelState.AddModelError("Outcome.Report", "Schrijf het verslag van het horen. Het verslag hoort bij het dossier.");
                }
            }
        }

        var discussedOn = TypedParts.Contains(nameof(Involved)) ? OptionalDate(Involved.DiscussedOn, "Involved.DiscussedOn", "Vul de datum van het gesprek met de klager in") : null;
        var reportedOn = TypedParts.Contains(nameof(Advice)) ? RequiredDate(Advice.ReportedOn, "Advice.ReportedOn", "Vul de datum van het advies in") : default;
        return ActAsync(
            id,
            (c, by, at) =>
            {
                var saved = new List<string>();
                if (TypedParts.Contains(nameof(Invite)))
                {
                    // The choice of respondent is only asked when there are several; for the complainant alone it is ignored.
                    // Without a choice where one is needed, the domain refuses and says so.
                    var forRespondent = Invite.Party != HearingParty.Complainant;
                    c.InviteToHearing(Guid.CreateVersion7(at), Invite.Party!.Value, forRespondent ? Invite.RespondentId : null, Invite.Form!.Value, invitedOn, plannedOn, by, at);
                    saved.Add("de uitnodiging om te horen (er staat een brieftaak klaar)");
                }

                if (TypedParts.Contains(nameof(Outcome)))
                {
                    if (Outcome.Declined == true)
                    {
                        c.RecordHearingDeclined(Outcome.HearingId!.Value, by, at);
                        saved.Add("dat de partij niet gehoord wil worden");
                    }
                    else
                    {
                        c.RecordHearingHeld(Outcome.HearingId!.Value, heldOn, Outcome.Report!, by, at, Profile.Words);
                        saved.Add("het horen en het verslag");
                    }
                }

                if (TypedParts.Contains(nameof(Waiver)))
                {
                    c.WaiveComplainantHearing(Waiver.Reason!.Value, Waiver.Motivation!, by, at, Profile.Words);
                    saved.Add("dat de klager niet wordt gehoord");
                }

                if (TypedParts.Contains(nameof(Involved)))
                {
                    c.AddInvolvedPerson(Guid.CreateVersion7(at), Involved.Role!.Value, Involved.Name!, discussedOn, Involved.Statement, by, at);
                    saved.Add("de getuige of derde");
                }

                var assessed = 0;
                foreach (var row in Standards.Where(r => r.Finding is not null))
                {
                    // Unchanged rows are skipped, so the timeline only shows what was judged now.
                    var existing = c.Assessments.FirstOrDefault(a => a.StandardNumber == row.Number);
                    if (existing is null || existing.Finding != row.Finding || !HandlingInput.Same(existing.Note, row.Note))
                    {
                        c.AssessStandard(Profile.StandardFor(row.Number), row.Finding!.Value, row.Note, by, at);
                        assessed++;
                    }
                }

                if (assessed > 0)
                {
                    saved.Add(assessed == 1 ? "de toets aan 1 norm" : $"de toets aan {assessed} normen");
                }

                if (TypedParts.Contains(nameof(Lawfulness)) && (c.Lawful != Lawfulness.Lawful || !HandlingInput.Same(c.LawfulnessNote, Lawfulness.Note)))
                {
                    c.AssessLawfulness(Lawfulness.Lawful!.Value, Lawfulness.Note!, by, at);
                    saved.Add("de toets aan de regels");
                }

                var judged = 0;
                foreach (var row in Verdicts.Where(r => r.Verdict is not null))
                {
                    var part = c.Parts.FirstOrDefault(p => p.Id == row.PartId);
                    if (part is not null && part.Verdict == row.Verdict && part.FactsEstablished == row.FactsEstablished && HandlingInput.Same(part.VerdictMotivation, row.Motivation))
                    {
                        continue;
                    }

                    if (row.FactsEstablished is null)
                    {
                        throw new DomainException($"Kies bij klachtonderdeel {part?.Number} of kon worden vastgesteld wat er gebeurde.");
                    }

                    c.GiveVerdict(row.PartId, row.Verdict!.Value, row.FactsEstablished.Value, row.Motivation ?? string.Empty, by, at);
                    judged++;
                }

                if (judged > 0)
                {
                    saved.Add(judged == 1 ? "het oordeel over 1 klachtonderdeel" : $"de oordelen over {judged} klachtonderdelen");
                }

                if (TypedParts.Contains(nameof(Advice)))
                {
                    c.RecordCommitteeAdvice(Advice.Findings!, Advice.Advice!, Advice.Recommendations, reportedOn, by, at);
                    saved.Add("het advies van de klachtadviescommissie");
                }

                if (TypedParts.Contains(nameof(Decision)) && (c.FollowsCommitteeAdvice != Decision.Follows || !HandlingInput.Same(c.CommitteeDeviationMotivation, Decision.Motivation)))
                {
                    c.DecideOnCommitteeAdvice(Decision.Follows!.Value, Decision.Motivation, by, at, Profile.Words);
                    saved.Add("het besluit over het advies");
                }

                if (TypedParts.Contains(nameof(Lesson)) && (c.LessonLevel != Lesson.Level || !HandlingInput.Same(c.LessonText, Lesson.Text)
                    || c.OthersCouldBeHelped != Lesson.OthersCouldBeHelped || c.CanBePrevented != Lesson.CanBePrevented))
                {
                    c.RecordLesson(Lesson.Text!, Lesson.Level!.Value, Lesson.OthersCouldBeHelped, Lesson.CanBePrevented, by, at);
                    saved.Add("de les");
                }

                switch (then)
                {
                    case HandlingStep.Judge:
                        c.Judge(by, at);
                        return SavedMessage(saved, "Het oordeel is vastgesteld. Rond de klacht nu af met de verwijzing naar de ombudsman.");
                    case HandlingStep.CloseAfterInvestigation:
                        c.CloseAfterInvestigation(new OmbudsmanReferral(Closing.OmbudsmanName ?? string.Empty, Closing.OmbudsmanTerm ?? string.Empty), by, at);
                        return SavedMessage(saved, "De klacht wordt afgerond. Verstuur de afsluitende brief en sluit de klacht af.");
                    default:
                        return SavedMessage(saved);
                }
            },
            then == HandlingStep.CloseAfterInvestigation ? "/Handling/Close" : null,
            cancellationToken,
            mayAct: () => MayHandle || (IsCommitteeMember && then is null && TypedParts.All(CommitteeParts.Contains)));
    }

    /// <summary>Fills the per-part and per-standard rows from the case file, unless the user's own input is being shown again.</summary>
    protected override Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        if (Verdicts.Count == 0)
        {
            Verdicts = Complaint.Parts.OrderBy(p => p.Number)
                .Select(p => new VerdictRow { PartId = p.Id, Verdict = p.Verdict, FactsEstablished = p.FactsEstablished, Motivation = p.VerdictMotivation })
                .ToList();
        }

        if (Standards.Count == 0)
        {
            Standards = Profile.ProprietyStandards
                .Select(s => Complaint.Assessments.FirstOrDefault(a => a.StandardNumber == s.Number) is { } a
                    ? new StandardRow { Number = s.Number, Finding = a.Finding, Note = a.Note }
                    : new StandardRow { Number = s.Number })
                .ToList();
        }

        // Most dates are today; a date the user typed (or emptied) is shown from the model state instead.
        Invite.InvitedOn ??= HandlingInput.Date(Today);
        Outcome.HeldOn ??= HandlingInput.Date(Today);
        Advice.ReportedOn ??= HandlingInput.Date(Today);
        Closing.OmbudsmanName ??= Complaint.OmbudsmanName ?? Profile.OmbudsmanName;
        Closing.OmbudsmanTerm ??= Complaint.OmbudsmanTerm ?? Profile.OmbudsmanTerm;
        Lesson.Text ??= Complaint.LessonText;
        Lesson.Level ??= Complaint.LessonLevel;
        Lesson.OthersCouldBeHelped ??= Complaint.OthersCouldBeHelped;
        Lesson.CanBePrevented ??= Complaint.CanBePrevented;
        Lawfulness.Lawful ??= Complaint.Lawful;
        Lawfulness.Note ??= Complaint.LawfulnessNote;
        return Task.CompletedTask;
    }
}

public sealed class InviteInput
{
    [Required(ErrorMessage = "Kies wie u uitnodigt om gehoord te worden.")]
    public HearingParty? Party { get; set; }

    /// <summary>Which respondent is heard; asked only when the complaint has several.</summary>
    public Guid? RespondentId { get; set; }

    [Required(ErrorMessage = "Kies hoe het horen gebeurt.")]
    public HearingForm? Form { get; set; }

    public string? InvitedOn { get; set; }

    public string? PlannedOn { get; set; }
}

public sealed class HearingOutcomeInput
{
    public Guid? HearingId { get; set; }

    /// <summary>True: the party does not want to be heard (no date or report then).</summary>
    public bool? Declined { get; set; }

    public string? HeldOn { get; set; }

    public string? Report { get; set; }
}

public sealed class WaiverInput
{
    [Required(ErrorMessage = "Kies een van de drie redenen uit de wet.")]
    public HearingWaiverReason? Reason { get; set; }

    [Required(ErrorMessage = "Licht toe waarom de klager niet wordt gehoord.")]
    public string? Motivation { get; set; }
}

public sealed class InvolvedInput
{
    [Required(ErrorMessage = "Kies of het om een getuige of een derde gaat.")]
    public InvolvedRole? Role { get; set; }

    [Required(ErrorMessage = "Vul de naam in.")]
    public string? Name { get; set; }

    public string? Statement { get; set; }

    public string? DiscussedOn { get; set; }
}

public sealed class StandardRow
{
    public int Number { get; set; }

    /// <summary>Null: not assessed against this standard.</summary>
    public StandardFinding? Finding { get; set; }

    public string? Note { get; set; }
}

public sealed class LawfulnessInput
{
    [Required(ErrorMessage = "Kies of de gedraging rechtmatig was.")]
    public bool? Lawful { get; set; }

    [Required(ErrorMessage = "Licht de toets aan de regels toe.")]
    public string? Note { get; set; }
}

public sealed class VerdictRow
{
    public Guid PartId { get; set; }

    public Verdict? Verdict { get; set; }

    public bool? FactsEstablished { get; set; }

    public string? Motivation { get; set; }
}

public sealed class CommitteeAdviceInput
{
    [Required(ErrorMessage = "Vul de bevindingen van de commissie in.")]
    public string? Findings { get; set; }

    [Required(ErrorMessage = "Vul het advies van de commissie in.")]
    public string? Advice { get; set; }

    public string? Recommendations { get; set; }

    public string? ReportedOn { get; set; }
}

public sealed class CommitteeDecisionInput
{
    [Required(ErrorMessage = "Kies of het advies wordt gevolgd.")]
    public bool? Follows { get; set; }

    public string? Motivation { get; set; }
}

public sealed class LessonInput
{
    [Required(ErrorMessage = "Schrijf op wat de organisatie van deze klacht leert. Is er niets te leren, schrijf dan waarom.")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "Kies op welk niveau de les geldt.")]
    public LessonLevel? Level { get; set; }

    public bool? OthersCouldBeHelped { get; set; }

    public bool? CanBePrevented { get; set; }
}

public sealed class ClosingInput
{
    [Required(ErrorMessage = "Noem de ombudsman waar de klager terecht kan.")]
    public string? OmbudsmanName { get; set; }

    [Required(ErrorMessage = "Noem de termijn waarbinnen de klager naar de ombudsman kan.")]
    public string? OmbudsmanTerm { get; set; }
}
