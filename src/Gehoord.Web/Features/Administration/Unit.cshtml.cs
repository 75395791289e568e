using System.ComponentModel.DataAnnotations;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Gehoord.Web.Features.Administration;

/// <summary>
/// One unit: its name, where it falls under, its managers, and abolishing or restoring it. One
/// form with one button per action, so that whatever was typed is kept and saved together:
/// "Opheffen" also saves a changed name, and "Weer in gebruik nemen" can first move the unit
/// under an active unit when its own parent was abolished.
/// </summary>
public sealed class UnitModel(GehoordDbContext db, Clock clock) : AdministrationPageModel(db, clock)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public Unit Unit { get; private set; } = default!;

    public IReadOnlyDictionary<string, string> StaffNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Staff with the manager role, and anyone who leads the unit now (so they can be unticked).</summary>
    public IReadOnlyList<(string Id, string Name)> ManagerChoices { get; private set; } = [];

    /// <summary>Active units this one may fall under: not itself, not one of its own sub-units.</summary>
    public IReadOnlyList<Unit> ParentChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ShowAsync(cancellationToken);
        if (UnitFacts.Find(Organisation, Id) is not { } unit)
        {
            return NotFound();
        }

        Input = new UnitInput { Name = unit.Name, ParentId = unit.ParentId?.ToString(), ManagerIds = [.. unit.ManagerIds] };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(null, cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken) =>
        SaveAsync(true, cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(CancellationToken cancellationToken) =>
        SaveAsync(false, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool? deactivate, CancellationToken cancellationToken)
    {
        await ShowAsync(cancellationToken);
        if (UnitFacts.Find(Organisation, Id) is not { } current)
        {
            return NotFound();
        }

        var parentId = Guid.TryParse(Input.ParentId, out var parent) ? parent : (Guid?)null;
        if (parentId is null && !string.IsNullOrWhiteSpace(Input.ParentId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(UnitInput.ParentId)}", "Kies een afdeling uit de lijst.");
        }

        // Only accounts the page offered; an id made up in the browser is not a manager.
        var offered = ManagerChoices.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var managers = Input.ManagerIds.Where(offered.Contains).ToList();
        var name = Input.Name?.Trim() ?? string.Empty;
        var today = Clock.Today;
        var success = deactivate switch
        {
            true => $"De afdeling {name} is opgeheven op {HandlingInput.Date(today)}.",
            false => $"De afdeling {name} is weer in gebruik.",
            null => $"De wijzigingen aan de afdeling {name} zijn opgeslagen.",
        };
        return await ChangeAsync(
            $"Afdeling {current.Name}",
            o => UnitFacts.Describe(o, Id, StaffNames),
            (o, _) =>
            {
                var unit = o.UnitById(Id);
                if (!string.Equals(unit.Name, name, StringComparison.Ordinal))
                {
                    o.RenameUnit(Id, name);
                }

                if (unit.ParentId != parentId)
                {
                    o.MoveUnit(Id, parentId);
                }

                o.SetUnitManagers(Id, managers);
                if (deactivate == true)
                {
                    o.DeactivateUnit(Id, today);
                }
                else if (deactivate == false)
                {
                    o.ReactivateUnit(Id);
                }
            },
            success,
            cancellationToken,
            new { id = Id });
    }

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        StaffNames = await UnitFacts.StaffNamesAsync(Db, cancellationToken);
        if (UnitFacts.Find(Organisation, Id) is not { } unit)
        {
            return;
        }

        Unit = unit;
        var managers = (await UnitFacts.ManagersAsync(Db, cancellationToken)).ToList();
        foreach (var id in unit.ManagerIds.Where(m => managers.All(c => c.Id != m)))
        {
            managers.Add((id, StaffNames.GetValueOrDefault(id) ?? "onbekend account"));
        }

        ManagerChoices = managers;
        var excluded = UnitFacts.SelfAndBelow(Organisation, Id);
        ParentChoices = [.. UnitFacts.Tree(Organisation).Select(t => t.Unit).Where(u => !excluded.Contains(u.Id) && (u.IsActive || u.Id == unit.ParentId))];
    }

    public sealed class UnitInput
    {
        [Required(ErrorMessage = "Geef de afdeling een naam.")]
        [StringLength(200, ErrorMessage = "De naam van een afdeling mag hoogstens 200 tekens lang zijn.")]
        public string? Name { get; set; }

        public string? ParentId { get; set; }

        public List<string> ManagerIds { get; set; } = [];
    }
}
