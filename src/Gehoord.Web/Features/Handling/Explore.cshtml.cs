using System.ComponentModel.DataAnnotations;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// Rule of thumb 2, explore the citizen's problem: the core in the handler's words and what the
/// citizen wants, the parts, units and respondents, the respondent's copy (Awb 9:9) and view,
/// and the way out: to solving or to investigation.
/// </summary>
public sealed class ExploreModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    [BindProperty]
    public CoreInput Core { get; set; } = new();

    [BindProperty]
    public PreferenceInput Preference { get; set; } = new();

    [BindProperty]
    public PartInput Part { get; set; } = new();

    [BindProperty]
    public UnitInput Unit { get; set; } = new();

    [BindProperty]
    public RespondentInput Respondent { get; set; } = new();

    [BindProperty]
    public InformInput Inform { get; set; } = new();

    [BindProperty]
    public ViewInput View { get; set; } = new();

    [BindProperty]
    public InvestigationInput Investigation { get; set; } = new();

    /// <summary>The organisation's units by id, for the choice and to name chosen units.</summary>
    public IReadOnlyDictionary<Guid, string> Units { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlySet<Guid> ActiveUnitIds { get; private set; } = new HashSet<Guid>();

    /// <summary>The organisation's staff accounts (the query filter keeps other organisations out).</summary>
    public IReadOnlyList<(string Id, string Name)> Staff { get; private set; } = [];

    /// <summary>The content of the handling can change: not closed, not in closure.</summary>
    public bool Active => Complaint.Status is not (ComplaintStatus.Closing or ComplaintStatus.Closed);

    /// <summary>The core can be written while the complaint is explored, solved or investigated.</summary>
    public bool CoreOpen => Complaint.Status is ComplaintStatus.Exploring or ComplaintStatus.Resolving or ComplaintStatus.Investigating;

    public static IReadOnlyList<HandlingStep> ExitSteps { get; } = [HandlingStep.StartResolving, HandlingStep.StartInvestigation];

    public bool CanTake(HandlingStep step) => MayHandle && Complaint.AvailableSteps.Contains(step);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await ShowAsync(id, cancellationToken);
        if (result is PageResult)
        {
            Core.Core = Complaint.Core;
            Core.CitizenWants = Complaint.CitizenWants;
            Preference.PrefersWritten = Complaint.PrefersWrittenContact;
            Inform.CopySentOn = HandlingInput.Date(Today);
        }

        return result;
    }

    public Task<IActionResult> OnPostCoreAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Core));
        return ActAsync(id, (c, by, at) => c.DescribeCore(Core.Core!, Core.CitizenWants!, by, at), "De kern van de klacht is vastgelegd.", cancellationToken);
    }

    /// <summary>
    /// The simple path in one step: the core as typed (when it changed), then on to solving; the
    /// handler lands on the solving page, where the next step is.
    /// </summary>
    public Task<IActionResult> OnPostCoreAndResolveAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Core));
        return ActAsync(
            id,
            (c, by, at) =>
            {
                if (!HandlingInput.Same(c.Core, Core.Core) || !HandlingInput.Same(c.CitizenWants, Core.CitizenWants))
                {
                    c.DescribeCore(Core.Core!, Core.CitizenWants!, by, at);
                }

                c.StartResolving(by, at);
                return "De kern is vastgelegd en de klacht gaat naar oplossen. Leg de oplossing vast en stel de controlevraag.";
            },
            "/Handling/Resolve",
            cancellationToken);
    }

    public Task<IActionResult> OnPostPreferenceAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Preference));
        return ActAsync(
            id,
            (c, by, at) => c.SetWrittenContactPreference(Preference.PrefersWritten, by, at),
            Preference.PrefersWritten ? "Vastgelegd: de klager wil alleen schriftelijk contact." : "Vastgelegd: de klager wil niet alleen schriftelijk contact.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostPartAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Part));
        return ActAsync(id, (c, by, at) => c.AddPart(Guid.CreateVersion7(at), Part.Description!, by, at), "Het klachtonderdeel is toegevoegd.", cancellationToken);
    }

    public async Task<IActionResult> OnPostUnitAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Unit));

        // The query filter keeps other organisations' units out.
        if (Unit.UnitId is { } unitId && !await Db.Units.AnyAsync(u => u.Id == unitId && u.DeactivatedOn == null, cancellationToken))
        {
            ModelState.AddModelError("Unit.UnitId", "Kies een afdeling uit de lijst.");
        }

        return await ActAsync(
            id,
            (c, by, at) => c.AddUnit(Unit.UnitId!.Value, Units[Unit.UnitId.Value], by, at),
            "De afdeling is toegevoegd.",
            cancellationToken);
    }

    public async Task<IActionResult> OnPostRespondentAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Respondent));
        if (Respondent.UnitId is { } unitId && !await Db.Units.AnyAsync(u => u.Id == unitId && u.DeactivatedOn == null, cancellationToken))
        {
            ModelState.AddModelError("Respondent.UnitId", "Kies een afdeling uit de lijst.");
        }

        if (Respondent.StaffUserId is { } staffUserId && !await Db.Users.AnyAsync(u => u.Id == staffUserId, cancellationToken))
        {
            ModelState.AddModelError("Respondent.StaffUserId", "Kies een medewerker uit de lijst.");
        }

        if (Respondent.StaffUserId is null && string.IsNullOrWhiteSpace(Respondent.Name))
        {
            ModelState.AddModelError("Respondent.Name", "Vul de naam in van de persoon of afdeling over wie de klacht gaat, of kies een medewerker.");
        }

        return await ActAsync(
            id,
            (c, by, at) =>
            {
                // The name may be left empty when a colleague is chosen: the account knows it.
                var name = string.IsNullOrWhiteSpace(Respondent.Name)
                    ? Staff.FirstOrDefault(s => s.Id == Respondent.StaffUserId).Name
                    : Respondent.Name;
                c.AddRespondent(Guid.CreateVersion7(at), name ?? string.Empty, Respondent.StaffUserId, Respondent.UnitId, by, at, Profile.Words);
            },
            "De beklaagde is toegevoegd.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostInformAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Inform));
        var copySentOn = HandlingInput.ParseDate(Inform.CopySentOn);
        if (copySentOn is null && ModelState.IsValid)
        {
            ModelState.AddModelError("Inform.CopySentOn", $"Vul de datum in waarop de beklaagde de kopie kreeg, bijvoorbeeld {HandlingInput.Date(Today)}.");
        }

        return ActAsync(
            id,
            (c, by, at) => c.InformRespondent(Inform.RespondentId!.Value, copySentOn!.Value, by, at, Profile.Words),
            "Vastgelegd dat de beklaagde een kopie van de klacht kreeg.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostViewAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(View));
        return ActAsync(id, (c, by, at) => c.RecordRespondentView(View.RespondentId!.Value, View.Text!, by, at), "De reactie van de beklaagde is vastgelegd.", cancellationToken);
    }

    public Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly("Nothing");
        return ActAsync(
            id,
            (c, by, at) =>
            {
                c.StartResolving(by, at);
                return "De klacht gaat naar oplossen. Leg de oplossing vast en stel de controlevraag.";
            },
            "/Handling/Resolve",
            cancellationToken);
    }

    public Task<IActionResult> OnPostInvestigateAsync(Guid id, CancellationToken cancellationToken)
    {
        ValidateOnly(nameof(Investigation));
        return ActAsync(
            id,
            (c, by, at) =>
            {
                c.StartInvestigation(Investigation.Reason!, by, at);
                return "De klacht gaat naar onderzoek en oordeel.";
            },
            "/Handling/Investigate",
            cancellationToken);
    }

    public string UnitName(Guid? unitId) => unitId is { } id && Units.TryGetValue(id, out var name) ? name : "Onbekende afdeling";

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        var units = await Db.Units.AsNoTracking()
            .Where(u => u.OrganisationId == Complaint.OrganisationId)
            .OrderBy(u => u.Name)
            .ToListAsync(cancellationToken);
        Units = units.ToDictionary(u => u.Id, u => u.Name);

        // Abolished units keep their name on the complaints that have them, but are not chosen anew.
        ActiveUnitIds = units.Where(u => u.IsActive).Select(u => u.Id).ToHashSet();
        var staff = await Db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == Complaint.OrganisationId)
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(cancellationToken);
        Staff = [.. staff.Select(s => (s.Id, s.DisplayName))];
    }

    public sealed class CoreInput
    {
        [Required(ErrorMessage = "Beschrijf in uw eigen woorden waar de klacht echt over gaat.")]
        [StringLength(4000, ErrorMessage = "Houd de kern korter dan 4000 tekens.")]
        public string? Core { get; set; }

        [Required(ErrorMessage = "Schrijf op wat de klager wil.")]
        [StringLength(4000, ErrorMessage = "Houd dit korter dan 4000 tekens.")]
        public string? CitizenWants { get; set; }
    }

    public sealed class PreferenceInput
    {
        public bool PrefersWritten { get; set; }
    }

    public sealed class PartInput
    {
        [Required(ErrorMessage = "Beschrijf het klachtonderdeel.")]
        [StringLength(1000, ErrorMessage = "Houd het klachtonderdeel korter dan 1000 tekens.")]
        public string? Description { get; set; }
    }

    public sealed class UnitInput
    {
        [Required(ErrorMessage = "Kies een afdeling uit de lijst.")]
        public Guid? UnitId { get; set; }
    }

    public sealed class RespondentInput
    {
        [StringLength(200, ErrorMessage = "Houd de naam korter dan 200 tekens.")]
        public string? Name { get; set; }

        public string? StaffUserId { get; set; }

        public Guid? UnitId { get; set; }
    }

    public sealed class InformInput
    {
        [Required(ErrorMessage = "Kies de beklaagde.")]
        public Guid? RespondentId { get; set; }

        [Required(ErrorMessage = "Vul de datum in waarop de beklaagde de kopie kreeg.")]
        public string? CopySentOn { get; set; }
    }

    public sealed class ViewInput
    {
        [Required(ErrorMessage = "Kies de beklaagde.")]
        public Guid? RespondentId { get; set; }

        [Required(ErrorMessage = "Schrijf de reactie van de beklaagde op.")]
        [StringLength(4000, ErrorMessage = "Houd de reactie korter dan 4000 tekens.")]
        public string? Text { get; set; }
    }

    public sealed class InvestigationInput
    {
        [Required(ErrorMessage = "Schrijf op waarom de klacht een oordeel nodig heeft, bijvoorbeeld: de klager wil een oordeel, of er is geen oplossing.")]
        [StringLength(2000, ErrorMessage = "Houd de reden korter dan 2000 tekens.")]
        public string? Reason { get; set; }
    }
}
