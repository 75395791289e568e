using System.ComponentModel.DataAnnotations;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Gehoord.Web.Features.Administration;

/// <summary>The organisation's units as a tree, with their managers; and a form to add one.</summary>
public sealed class UnitsModel(GehoordDbContext db, Clock clock) : AdministrationPageModel(db, clock)
{
    [BindProperty]
    public NewUnitInput Input { get; set; } = new();

    public IReadOnlyDictionary<string, string> StaffNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(Clock.Now);
        var name = Input.Name?.Trim() ?? string.Empty;
        var parentId = Guid.TryParse(Input.ParentId, out var parent) ? parent : (Guid?)null;
        if (parentId is null && !string.IsNullOrWhiteSpace(Input.ParentId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(NewUnitInput.ParentId)}", "Kies een afdeling uit de lijst.");
        }

        var staff = await UnitFacts.StaffNamesAsync(Db, cancellationToken);
        return await ChangeAsync(
            $"Afdeling {name}",
            o => UnitFacts.Describe(o, id, staff),
            (o, _) => o.AddUnit(id, name, parentId),
            $"De afdeling {name} is toegevoegd.",
            cancellationToken);
    }

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken) =>
        StaffNames = await UnitFacts.StaffNamesAsync(Db, cancellationToken);

    public sealed class NewUnitInput
    {
        [Required(ErrorMessage = "Geef de afdeling een naam.")]
        [StringLength(200, ErrorMessage = "De naam van een afdeling mag hoogstens 200 tekens lang zijn.")]
        public string? Name { get; set; }

        /// <summary>Text, not a Guid: a value that cannot be read gets the domain's Dutch message, not the framework's English one.</summary>
        public string? ParentId { get; set; }
    }
}
