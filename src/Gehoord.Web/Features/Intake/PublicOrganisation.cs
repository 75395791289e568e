using Gehoord.Domain.Organisations;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gehoord.Web.Features.Intake;

/// <summary>
/// The organisation whose public pages (complaint form, status page) this installation serves.
/// Resolving it also scopes the request to it, since no staff member is signed in there.
/// </summary>
public sealed class PublicOrganisation(GehoordDbContext db, HttpOrganisationScope scope, IOptions<GehoordOptions> options)
{
    public async Task<Organisation?> ResolveAsync(CancellationToken cancellationToken)
    {
        var slug = options.Value.PublicOrganisation;
        var id = await (string.IsNullOrWhiteSpace(slug)
                ? db.Organisations.OrderBy(o => o.Name).Select(o => (Guid?)o.Id)
                : db.Organisations.Where(o => o.Slug == slug).Select(o => (Guid?)o.Id))
            .FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return null;
        }

        // Scope first: the units are filtered on the current organisation.
        scope.Use(id.Value);
        return await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == id, cancellationToken);
    }
}
