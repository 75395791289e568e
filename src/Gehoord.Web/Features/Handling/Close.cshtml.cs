using System.ComponentModel.DataAnnotations;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// Rule of thumb 5 and the side exits: not handling (after personal contact), handling
/// anyway, forwarding, withdrawal; the letters still to send (each opens its composer); closing; and
/// reopening a closed complaint, for which no term applies.
/// </summary>
public sealed class CloseModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    private string? _posted;

    [BindProperty]
    public NotHandledInput NotHandled { get; set; } = new();

    [BindProperty]
    public HandleDespiteInput HandleDespite { get; set; } = new();

    [BindProperty]
    public ForwardInput Forwarding { get; set; } = new();

    [BindProperty]
    public WithdrawInput Withdrawal { get; set; } = new();

    [BindProperty]
    public ReopenInput Reopening { get; set; } = new();

    /// <summary>The term for the notice that the complaint is not handled (NL 4 weeks, VL 10 days).</summary>
    public ComplaintDeadline? NotHandledNotice => Complaint.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.NotHandledNotice);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    /// <summary>The form posted without a decision's button (<see cref="HandlingPageModel.ShowTypedAsync"/>).</summary>
    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => ShowTypedAsync(id, cancellationToken);

    public Task<IActionResult> OnPostNotHandledAsync(Guid id, CancellationToken cancellationToken)
    {
        _posted = nameof(NotHandled);
        ValidateOnly(nameof(NotHandled));
        return ActAsync(
            id,
            (complaint, actor, at) => complaint.DecideNotToHandle(Profile, NotHandled.GroundCode!, NotHandled.Motivation!, new OmbudsmanReferral(NotHandled.Ombudsman!, NotHandled.OmbudsmanTerm!), actor, at),
            "De klacht wordt niet behandeld. Verstuur de brief daarover en sluit de klacht daarna af.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostHandleDespiteAsync(Guid id, CancellationToken cancellationToken)
    {
        _posted = nameof(HandleDespite);
        ValidateOnly(nameof(HandleDespite));
        return ActAsync(
            id,
            (complaint, actor, at) => complaint.HandleDespiteGround(Profile, HandleDespite.GroundCode!, HandleDespite.Motivation!, actor, at),
            "Vastgelegd: de klacht wordt toch behandeld.",
            cancellationToken,
            backToCase: true);
    }

    public Task<IActionResult> OnPostForwardAsync(Guid id, CancellationToken cancellationToken)
    {
        _posted = nameof(Forwarding);
        ValidateOnly(nameof(Forwarding));
        return ActAsync(
            id,
            (complaint, actor, at) => complaint.Forward(Forwarding.Body!, Forwarding.Motivation!, actor, at),
            "De klacht is doorgestuurd. Verstuur de brief aan de klager en sluit de klacht daarna af.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken cancellationToken)
    {
        _posted = nameof(Withdrawal);
        ValidateOnly(nameof(Withdrawal));
        return ActAsync(
            id,
            (complaint, actor, at) => complaint.Withdraw(Withdrawal.Reason!, actor, at),
            "De intrekking is vastgelegd. U kunt de klacht nu afsluiten.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken)
    {
        _posted = "Close";
        ModelState.Clear();
        return ActAsync(id, (complaint, actor, at) => complaint.Close(actor, at), "De klacht is afgesloten.", cancellationToken);
    }

    public Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken cancellationToken)
    {
        _posted = nameof(Reopening);
        ValidateOnly(nameof(Reopening));
        return ActAsync(
            id,
            (complaint, actor, at) => complaint.Reopen(Profile, Reopening.Reason!, actor, at),
            "De klacht is heropend en gaat terug naar verkennen.",
            cancellationToken,
            backToCase: true);
    }

    protected override Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        // The referral the letter must name (Awb 9:12), as the profile words it; the handler may
        // change it. Only where nothing came back: the page is one form, so another decision's
        // refusal returns what was typed here too (ADR 17).
        if (_posted != nameof(NotHandled))
        {
            if (string.IsNullOrWhiteSpace(NotHandled.Ombudsman))
            {
                NotHandled.Ombudsman = Complaint.OmbudsmanName ?? Profile.OmbudsmanName;
            }

            if (string.IsNullOrWhiteSpace(NotHandled.OmbudsmanTerm))
            {
                NotHandled.OmbudsmanTerm = Complaint.OmbudsmanTerm ?? Profile.OmbudsmanTerm;
            }
        }

        return Task.CompletedTask;
    }

    public sealed class NotHandledInput
    {
        [Required(ErrorMessage = "Kies de grond waarom de klacht niet wordt behandeld.")]
        public string? GroundCode { get; set; }

        [Required(ErrorMessage = "Motiveer waarom de klacht niet wordt behandeld. De klager leest dit in de brief.")]
        public string? Motivation { get; set; }

        [Required(ErrorMessage = "Noem de ombudsman waar de klager terecht kan.")]
        public string? Ombudsman { get; set; }

        [Required(ErrorMessage = "Noem de termijn waarbinnen de klager naar de ombudsman kan.")]
        public string? OmbudsmanTerm { get; set; }
    }

    public sealed class HandleDespiteInput
    {
        [Required(ErrorMessage = "Kies de grond die van toepassing is.")]
        public string? GroundCode { get; set; }

        [Required(ErrorMessage = "Schrijf op waarom u de klacht toch behandelt.")]
        public string? Motivation { get; set; }
    }

    public sealed class ForwardInput
    {
        [Required(ErrorMessage = "Schrijf op naar welke organisatie de klacht gaat.")]
        public string? Body { get; set; }

        [Required(ErrorMessage = "Schrijf op waarom die organisatie over de klacht gaat.")]
        public string? Motivation { get; set; }
    }

    public sealed class WithdrawInput
    {
        [Required(ErrorMessage = "Schrijf op hoe en waarom de klager de klacht heeft ingetrokken.")]
        public string? Reason { get; set; }
    }

    public sealed class ReopenInput
    {
        [Required(ErrorMessage = "Schrijf op waarom de klacht weer wordt geopend.")]
        public string? Reason { get; set; }
    }
}
