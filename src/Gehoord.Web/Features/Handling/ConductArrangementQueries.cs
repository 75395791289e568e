using Gehoord.Domain.Complaints;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Handling;

/// <summary>Finds the conduct arrangements of a complainant, on whichever of their cases they were made.</summary>
public static class ConductArrangementQueries
{
    public static async Task<List<ConductArrangement>> ForComplainantAsync(GehoordDbContext db, Complainant complainant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (ConductArrangement.KeyFor(complainant) is not { } key)
        {
            return [];
        }

        return await db.ConductArrangements.AsNoTracking()
            .Where(a => a.ComplainantKey == key)
            .OrderByDescending(a => a.StartsOn)
            .ToListAsync(cancellationToken);
    }
}
