using Gehoord.Domain.Complaints;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// The conduct arrangements of one complainant, for the banner on every case of that
/// complainant and for the conduct page. Matching goes through <see cref="ConductArrangement.KeyFor"/>
/// so that a case and an arrangement recognise the complainant the same way.
/// </summary>
public static class ConductArrangementQueries
{
    public static async Task<List<ConductArrangement>> ForComplainantAsync(GehoordDbContext db, Complainant complainant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = ConductArrangement.KeyFor(complainant);
        if (key is null)
        {
            return [];
        }

        // The organisation filter plus this key use the index on (OrganisationId, ComplainantKey).
        var arrangements = await db.ConductArrangements.AsNoTracking()
            .Where(a => a.ComplainantKey == key)
            .ToListAsync(ct);
        return [.. arrangements.OrderByDescending(a => a.StartsOn).ThenByDescending(a => a.CreatedAt)];
    }
}
