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
    private bool _committeeMayAct;

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

    [Access.CaseAccess(Gehoord.Domain.Access.CaseAction.Advise)]
    public Task<IActionResult> OnPostInviteAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Invite));
        var invitedOn = RequiredDate(Invite.InvitedOn, "Invite.InvitedOn", "Vul de datum van de uitnodiging in");
        var plannedOn = OptionalDate(Invite.PlannedOn, "Invite.PlannedOn", "Vul de datum van het horen in");
        _committeeMayAct = true;
        return ActAsync(
            id,
            (c, by, at) =>
            {
                // The choice of respondent is only asked when there are several; for the complainant alone it is ignored.
                // Without a choice where one is needed, the domain refuses and says so.
                var forRespondent = Invite.Party != HearingParty.Complainant;

                c.InviteToHearing(Guid.CreateVersion7(at), Invite.Party!.Value, forRespondent ? Invite.RespondentId : null, Invite.Form!.Value, invitedOn, plannedOn, by, at);
            },
            "De uitnodiging om te horen is vastgelegd. Er staat een brieftaak klaar voor de uitnodiging.",
            cancellationToken);
    }

    [Access.CaseAccess(Gehoord.Domain.Access.CaseAction.Advise)]
    public Task<IActionResult> OnPostHeldAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Outcome));
        RequireHearing();
        var heldOn = RequiredDate(Outcome.HeldOn, "Outcome.HeldOn", "Vul de datum van het horen in");
        if (string.IsNullOrWhiteSpace(Outcome.Report))
        {
            ModelState.AddModelError("Outcome.Report", "Schrijf het verslag van het horen. Het verslag hoort bij het dossier.");
        }

        _committeeMayAct = true;
        return ActAsync(id, (c, by, at) => c.RecordHearingHeld(Outcome.HearingId!.Value, heldOn, Outcome.Report!, by, at), "Het horen en het verslag zijn vastgelegd.", cancellationToken);
    }

    [Access.CaseAccess(Gehoord.Domain.Access.CaseAction.Advise)]
    public Task<IActionResult> OnPostDeclinedAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Outcome));
        ModelState.Remove("Outcome.HeldOn");
        ModelState.Remove("Outcome.Report");
        RequireHearing();
        _committeeMayAct = true;
        return ActAsync(id, (c, by, at) => c.RecordHearingDeclined(Outcome.HearingId!.Value, by, at), "Vastgelegd dat deze partij niet gehoord wil worden.", cancellationToken);
    }

    public Task<IActionResult> OnPostWaiveAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Waiver));
        return ActAsync(id, (c, by, at) => c.WaiveComplainantHearing(Waiver.Reason!.Value, Waiver.Motivation!, by, at), "Vastgelegd dat de klager niet wordt gehoord, met de reden uit de wet.", cancellationToken);
    }

    public Task<IActionResult> OnPostInvolvedAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Involved));
        var discussedOn = OptionalDate(Involved.DiscussedOn, "Involved.DiscussedOn", "Vul de datum van het gesprek met de klager in");
        return ActAsync(
            id,
            (c, by, at) => c.AddInvolvedPerson(Guid.CreateVersion7(at), Involved.Role!.Value, Involved.Name!, discussedOn, Involved.Statement, by, at),
            "De getuige of derde is toegevoegd.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostStandardsAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Standards));
        return ActAsync(
            id,
            (c, by, at) =>
            {
                var changed = 0;
                foreach (var row in Standards.Where(r => r.Breached is not null))
                {
                    var existing = c.Assessments.FirstOrDefault(a => a.StandardNumber == row.Number);
                    var note = row.Note?.Trim() ?? string.Empty;

                    // Unchanged rows are skipped, so the timeline only shows what was judged now.
                    if (existing is not null && existing.Breached == row.Breached && existing.Note == note)
                    {
                        continue;
                    }

                    c.AssessStandard(Profile.StandardFor(row.Number), row.Breached!.Value, row.Note, by, at);
                    changed++;
                }

                if (changed == 0)
                {
                    throw new DomainException("Kies bij minstens één norm of die is geschonden of niet.");
                }
            },
            "De toetsing aan de normen is opgeslagen.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostLawfulnessAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Lawfulness));
        return ActAsync(id, (c, by, at) => c.AssessLawfulness(Lawfulness.Lawful!.Value, Lawfulness.Note!, by, at), "De toets aan de regels is opgeslagen.", cancellationToken);
    }

    public Task<IActionResult> OnPostVerdictsAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Verdicts));
        return ActAsync(
            id,
            (c, by, at) =>
            {
                var given = 0;
                foreach (var row in Verdicts.Where(r => r.Verdict is not null))
                {
                    var part = c.Parts.FirstOrDefault(p => p.Id == row.PartId);
                    if (part is not null && part.Verdict == row.Verdict && part.FactsEstablished == row.FactsEstablished && part.VerdictMotivation == row.Motivation?.Trim())
                    {
                        continue;
                    }

                    if (row.FactsEstablished is null)
                    {
                        throw new DomainException($"Kies bij klachtonderdeel {part?.Number} of kon worden vastgesteld wat er gebeurde.");
                    }

                    c.GiveVerdict(row.PartId, row.Verdict!.Value, row.FactsEstablished.Value, row.Motivation ?? string.Empty, by, at);
                    given++;
                }

                if (given == 0)
                {
                    throw new DomainException("Kies bij minstens één klachtonderdeel een oordeel.");
                }
            },
            "De oordelen zijn opgeslagen.",
            cancellationToken);
    }

    [Access.CaseAccess(Gehoord.Domain.Access.CaseAction.Advise)]
    public Task<IActionResult> OnPostAdviceAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Advice));
        var reportedOn = RequiredDate(Advice.ReportedOn, "Advice.ReportedOn", "Vul de datum van het advies in");
        _committeeMayAct = true;
        return ActAsync(id, (c, by, at) => c.RecordCommitteeAdvice(Advice.Findings!, Advice.Advice!, Advice.Recommendations, reportedOn, by, at), "Het advies van de klachtadviescommissie is vastgelegd.", cancellationToken);
    }

    public Task<IActionResult> OnPostDecisionAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Decision));
        return ActAsync(id, (c, by, at) => c.DecideOnCommitteeAdvice(Decision.Follows!.Value, Decision.Motivation, by, at), "Het besluit over het advies is vastgelegd.", cancellationToken);
    }

    public Task<IActionResult> OnPostJudgeAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly("-");
        return ActAsync(id, (c, by, at) => c.Judge(by, at), "Het oordeel is vastgesteld. Rond de klacht nu af met de verwijzing naar de ombudsman.", cancellationToken);
    }

    public Task<IActionResult> OnPostLessonAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Lesson));
        return ActAsync(id, (c, by, at) => c.RecordLesson(Lesson.Text!, Lesson.Level!.Value, Lesson.OthersCouldBeHelped, Lesson.CanBePrevented, by, at), "De les uit deze klacht is vastgelegd.", cancellationToken);
    }

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Closing));
        return ActAsync(
            id,
            (c, by, at) => c.CloseAfterInvestigation(new OmbudsmanReferral(Closing.OmbudsmanName ?? string.Empty, Closing.OmbudsmanTerm ?? string.Empty), by, at),
            "De klacht wordt afgerond. Er staat een brieftaak klaar voor de afsluitende brief.",
            cancellationToken);
    }

    protected override bool MayAct() => base.MayAct() || (_committeeMayAct && IsCommitteeMember);

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
                    ? new StandardRow { Number = s.Number, Breached = a.Breached, Note = a.Note }
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

    private void RequireHearing()
    {
        if (Outcome.HearingId is null)
        {
            ModelState.AddModelError("Outcome.HearingId", "Kies over welk horen het gaat.");
        }
    }

    private DateOnly RequiredDate(string? text, string key, string what)
    {
        if (HandlingInput.TryParseDate(text, out var date))
        {
            return date;
        }

        ModelState.AddModelError(key, $"{what}, bijvoorbeeld {HandlingInput.Date(Today)}.");
        return default;
    }

    private DateOnly? OptionalDate(string? text, string key, string what) =>
        string.IsNullOrWhiteSpace(text) ? null : RequiredDate(text, key, what);
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
    public bool? Breached { get; set; }

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
