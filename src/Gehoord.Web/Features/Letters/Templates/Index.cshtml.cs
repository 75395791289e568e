using Gehoord.Domain.Letters;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Letters.Templates;

/// <summary>The administrator's list of letter texts: for each letter, the text in use and its version.</summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class IndexModel(GehoordDbContext db, IOrganisationScope scope) : PageModel
{
    public IReadOnlyList<TemplateQueries.Slot> Slots { get; private set; } = [];

    /// <summary>The latest own version per slot; a slot without one uses Gehoord's default text.</summary>
    public IReadOnlyDictionary<TemplateQueries.Slot, LetterTemplate> Latest { get; private set; } = new Dictionary<TemplateQueries.Slot, LetterTemplate>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == scope.OrganisationId, cancellationToken);
        Slots = TemplateQueries.Slots(organisation.Profile().Code);
        var own = await db.LetterTemplates.AsNoTracking().ToListAsync(cancellationToken);
        Latest = own
            .GroupBy(t => new TemplateQueries.Slot(t.Kind, t.Recipient, t.Language))
            .ToDictionary(g => g.Key, g => g.MaxBy(t => t.Version)!);
    }
}
