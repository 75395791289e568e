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
    /// <summary>
    /// The arrangements that have not been ended, newest first: what the case page, the letters
    /// and contact planning go by. An arrangement is never ended ahead, so an ended one no
    /// longer applies.
    /// </summary>
    public static Task<List<ConductArrangement>> ForComplainantAsync(GehoordDbContext db, Complainant complainant, CancellationToken ct) =>
        OfComplainantAsync(db, complainant, includeEnded: false, ct);

    /// <summary>Every arrangement of the complainant, also the ended ones, those not ended first: the conduct page's history.</summary>
    public static Task<List<ConductArrangement>> HistoryForComplainantAsync(GehoordDbContext db, Complainant complainant, CancellationToken ct) =>
        OfComplainantAsync(db, complainant, includeEnded: true, ct);

    private static async Task<List<ConductArrangement>> OfComplainantAsync(GehoordDbContext db, Complainant complainant, bool includeEnded, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = ConductArrangement.KeyFor(complainant);
        if (key is null)
        {
            return [];
        }

        // The organisation filter plus this key use the index on (OrganisationId, ComplainantKey).
        var arrangements = await db.ConductArrangements.AsNoTracking()
            .Where(a => a.ComplainantKey == key && (includeEnded || a.EndedOn == null))
            .ToListAsync(ct);
        return [.. arrangements.OrderBy(a => a.IsEnded).ThenByDescending(a => a.StartsOn).ThenByDescending(a => a.CreatedAt)];
    }
}
