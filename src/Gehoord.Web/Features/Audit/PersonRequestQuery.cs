using Gehoord.Domain.Complaints;
using Gehoord.Domain.Privacy;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Audit;

/// <summary>Who the person is in one complaint: the complainant, the representative, or an involved person.</summary>
public enum PersonRole
{
    Complainant,
    Representative,
    Involved,
}

/// <summary>One complaint that holds data about the person, and in what role (the first that matched).</summary>
public sealed record PersonHit(Guid ComplaintId, ReferenceNumber Reference, DateOnly ReceivedOn, ComplaintStatus Status, IReadOnlySet<PersonRole> Roles);

/// <summary>
/// Finds the complaints of the organisation that hold data about one person (AVG art. 15), by
/// e-mail address, phone number or name. Each field is its own query on a lookup index of
/// migration <c>PersonLookupIndexes</c> (lower-case e-mail and name, phone without separators),
/// so a request reads the matching entries, not a million complaints.
/// </summary>
public static class PersonRequestQuery
{
    /// <summary>More than this many complaints about one person is not one person: the request must be narrower.</summary>
    public const int Cap = 500;

#pragma warning disable CA1862 // ToLower() becomes lower() in SQL, the expression the lookup index holds; string.Equals with a comparison would not use it.
    public static async Task<IReadOnlyList<PersonHit>> FindAsync(GehoordDbContext db, PersonQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(question);
        var roles = new Dictionary<Guid, HashSet<PersonRole>>();
        var complaints = db.Complaints.AsNoTracking();

        async Task AddAsync(IQueryable<Complaint> matching, PersonRole role)
        {
            foreach (var id in await matching.Select(c => c.Id).Take(Cap).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!roles.TryGetValue(id, out var set))
                {
                    roles[id] = set = [];
                }

                set.Add(role);
            }
        }

        if (PersonLookup.Email(question.Email) is { } email)
        {
            await AddAsync(complaints.Where(c => c.Complainant.Email!.ToLower() == email), PersonRole.Complainant);
            await AddAsync(complaints.Where(c => c.Complainant.Representative!.Email!.ToLower() == email), PersonRole.Representative);
        }

        // One query per way the number may be stored: a list (IN, ANY) would make EF add a
        // null check beside it, and PostgreSQL then reads no index.
        foreach (var phone in PersonLookup.PhoneForms(question.Phone))
        {
            // The same nesting of replace() as the index: the database then reads the index.
            await AddAsync(complaints.Where(c => c.Complainant.Phone!.Replace(" ", "").Replace("-", "").Replace(".", "").Replace("(", "").Replace(")", "").Replace("/", "") == phone), PersonRole.Complainant);
            await AddAsync(complaints.Where(c => c.Complainant.Representative!.Phone!.Replace(" ", "").Replace("-", "").Replace(".", "").Replace("(", "").Replace(")", "").Replace("/", "") == phone), PersonRole.Representative);
        }

        if (PersonLookup.Name(question.Name) is { } name)
        {
            await AddAsync(complaints.Where(c => c.Complainant.Name!.ToLower() == name), PersonRole.Complainant);
            await AddAsync(complaints.Where(c => c.Complainant.Representative!.Name!.ToLower() == name), PersonRole.Representative);
            await AddAsync(complaints.Where(c => c.InvolvedPersons.Any(p => p.Name.ToLower() == name)), PersonRole.Involved);
        }

        if (roles.Count == 0)
        {
            return [];
        }

        var ids = roles.Keys.Take(Cap).ToList();
        var rows = await complaints.Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.ReferenceYear, c.ReferenceSequence, c.ReceivedOn, c.Status })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows
            .Select(r => new PersonHit(r.Id, new ReferenceNumber(r.ReferenceYear, r.ReferenceSequence), r.ReceivedOn, r.Status, roles[r.Id]))
            .OrderBy(h => h.ReceivedOn).ThenBy(h => h.Reference.Sequence)
            .ToList();
    }
#pragma warning restore CA1862
}

/// <summary>What the privacy officer knows of the person who asks: any of the three.</summary>
public sealed class PersonQuestion
{
    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Name { get; set; }

    public bool IsEmpty => PersonLookup.Email(Email) is null && PersonLookup.PhoneForms(Phone).Count == 0 && PersonLookup.Name(Name) is null;
}
