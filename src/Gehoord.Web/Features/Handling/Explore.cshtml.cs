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

    /// <summary>Per respondent: the date the copy was sent (empty until it is) and their view.</summary>
    [BindProperty]
    public List<RespondentRow> RespondentRows { get; set; } = [];

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

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await ShowAsync(id, cancellationToken);
        if (result is PageResult)
        {
            Core.Core = Complaint.Core;
            Core.CitizenWants = Complaint.CitizenWants;
            Preference.PrefersWritten = Complaint.PrefersWrittenContact;
        }

        return result;
    }

    /// <summary>
    /// The page is one form: "Opslaan" saves every part with something new in it (the core, the
    /// contact preference, a new part, unit or respondent, a copy sent, a respondent's view) in
    /// one go, so typing in one part and saving never loses another. One refusal saves none of
    /// it and keeps all of it.
    /// </summary>
    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, then: null, cancellationToken);

    /// <summary>Saves what is typed and goes on to solving; the handler lands on the solving page.</summary>
    public Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, HandlingStep.StartResolving, cancellationToken);

    /// <summary>Saves what is typed and starts the investigation; the handler lands on the investigation page.</summary>
    public Task<IActionResult> OnPostInvestigateAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(id, HandlingStep.StartInvestigation, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid id, HandlingStep? then, CancellationToken cancellationToken)
    {
        // The core and the preference come filled in from the case file: whether they changed is
        // decided once the complaint is loaded. The other parts are new when they hold anything.
        Typed(nameof(Core), Core.Core is not null || Core.CitizenWants is not null);
        Typed(nameof(Preference), Preference.PrefersWritten is not null);
        Typed(nameof(Part), HandlingInput.AnyText(Part.Description));
        Typed(nameof(Unit), Unit.UnitId is not null);
        Typed(nameof(Respondent), HandlingInput.AnyText(Respondent.Name) || Respondent.StaffUserId is not null || Respondent.UnitId is not null);
        Typed(nameof(RespondentRows), RespondentRows.Any(r => HandlingInput.AnyText(r.CopySentOn, r.View)));
        var validated = new List<string>(TypedParts);
        if (then == HandlingStep.StartInvestigation)
        {
            validated.Add(nameof(Investigation));
        }

        ValidateOnly(validated.Count == 0 ? ["-"] : [.. validated]);

        // The query filter keeps other organisations' units and staff out.
        if (Unit.UnitId is { } unitId && !await IsActiveUnitAsync(unitId, cancellationToken))
        {
            ModelState.AddModelError("Unit.UnitId", "Kies een afdeling uit de lijst.");
        }

        if (TypedParts.Contains(nameof(Respondent)))
        {
            if (Respondent.UnitId is { } respondentUnitId && !await IsActiveUnitAsync(respondentUnitId, cancellationToken))
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
        }

        var copies = new Dictionary<Guid, DateOnly>();
        for (var i = 0; i < RespondentRows.Count; i++)
        {
            var row = RespondentRows[i];
            if (row.RespondentId is { } respondentId && OptionalDate(row.CopySentOn, $"RespondentRows[{i}].CopySentOn", "Vul de datum in waarop de beklaagde de kopie kreeg") is { } sentOn)
            {
                copies[respondentId] = sentOn;
            }
        }

        return await ActAsync(
            id,
            (c, by, at) =>
            {
                var saved = new List<string>();
                if (TypedParts.Contains(nameof(Core)) && (!HandlingInput.Same(c.Core, Core.Core) || !HandlingInput.Same(c.CitizenWants, Core.CitizenWants)))
                {
                    c.DescribeCore(Core.Core!, Core.CitizenWants!, by, at);
                    saved.Add("de kern van de klacht");
                }

                if (Preference.PrefersWritten is { } prefersWritten && prefersWritten != c.PrefersWrittenContact)
                {
                    c.SetWrittenContactPreference(prefersWritten, by, at);
                    saved.Add(prefersWritten ? "de klager wil alleen schriftelijk contact" : "de klager wil niet alleen schriftelijk contact");
                }

                if (TypedParts.Contains(nameof(Part)))
                {
                    c.AddPart(Guid.CreateVersion7(at), Part.Description!, by, at);
                    saved.Add("het klachtonderdeel");
                }

                if (TypedParts.Contains(nameof(Unit)))
                {
                    c.AddUnit(Unit.UnitId!.Value, Units[Unit.UnitId.Value], by, at);
                    saved.Add("de afdeling");
                }

                foreach (var row in RespondentRows.Where(r => r.RespondentId is not null))
                {
                    var respondent = c.Respondents.FirstOrDefault(r => r.Id == row.RespondentId);
                    if (respondent is null)
                    {
                        continue;
                    }

                    if (copies.TryGetValue(respondent.Id, out var sentOn) && respondent.InformedOn != sentOn)
                    {
                        c.InformRespondent(respondent.Id, sentOn, by, at, Profile.Words);
                        saved.Add($"de kopie aan {respondent.Name}");
                    }

                    if (HandlingInput.AnyText(row.View) && !HandlingInput.Same(respondent.View, row.View))
                    {
                        c.RecordRespondentView(respondent.Id, row.View!, by, at);
                        saved.Add($"de reactie van {respondent.Name}");
                    }
                }

                if (TypedParts.Contains(nameof(Respondent)))
                {
                    // The name may be left empty when a colleague is chosen: the account knows it.
                    var name = string.IsNullOrWhiteSpace(Respondent.Name)
                        ? Staff.FirstOrDefault(s => s.Id == Respondent.StaffUserId).Name
                        : Respondent.Name;
                    c.AddRespondent(Guid.CreateVersion7(at), name ?? string.Empty, Respondent.StaffUserId, Respondent.UnitId, by, at, Profile.Words);
                    saved.Add("de beklaagde");
                }

                switch (then)
                {
                    case HandlingStep.StartResolving:
                        c.StartResolving(by, at);
                        return SavedMessage(saved, "De klacht gaat naar oplossen. Leg de oplossing vast en stel de controlevraag.");
                    case HandlingStep.StartInvestigation:
                        c.StartInvestigation(Investigation.Reason!, by, at);
                        return SavedMessage(saved, "De klacht gaat naar onderzoek en oordeel.");
                    default:
                        return SavedMessage(saved);
                }
            },
            then switch
            {
                HandlingStep.StartResolving => "/Handling/Resolve",
                HandlingStep.StartInvestigation => "/Handling/Investigate",
                _ => null,
            },
            cancellationToken);
    }

    private Task<bool> IsActiveUnitAsync(Guid unitId, CancellationToken cancellationToken) =>
        Db.Units.AnyAsync(u => u.Id == unitId && u.DeactivatedOn == null, cancellationToken);

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

        // One row per respondent, filled from the case file unless the user's input is shown again.
        if (RespondentRows.Count == 0)
        {
            RespondentRows = [.. Complaint.Respondents.Select(r => new RespondentRow { RespondentId = r.Id, View = r.View })];
        }
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
        /// <summary>Null when the page did not send it: then the preference is left as it is.</summary>
        public bool? PrefersWritten { get; set; }
    }

    /// <summary>A new part: empty means none is added (the page's other parts may still be saved).</summary>
    public sealed class PartInput
    {
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

    public sealed class RespondentRow
    {
        public Guid? RespondentId { get; set; }

        /// <summary>Empty until the copy is sent; a date here records it (Awb 9:9).</summary>
        public string? CopySentOn { get; set; }

        [StringLength(4000, ErrorMessage = "Houd de reactie korter dan 4000 tekens.")]
        public string? View { get; set; }
    }

    public sealed class InvestigationInput
    {
        [Required(ErrorMessage = "Schrijf op waarom de klacht een oordeel nodig heeft, bijvoorbeeld: de klager wil een oordeel, of er is geen oplossing.")]
        [StringLength(2000, ErrorMessage = "Houd de reden korter dan 2000 tekens.")]
        public string? Reason { get; set; }
    }
}
