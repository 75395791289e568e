using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Administration;

/// <summary>What the unit pages show and record: the tree, a unit's path, its settings in the words of the page.</summary>
public static class UnitFacts
{
    /// <summary>The units in tree order (parents before their children, names A-Z), with their depth.</summary>
    public static IReadOnlyList<(Unit Unit, int Depth)> Tree(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var known = organisation.Units.Select(u => u.Id).ToHashSet();
        var children = organisation.Units.ToLookup(u => u.ParentId is { } p && known.Contains(p) ? p : (Guid?)null);
        var result = new List<(Unit, int)>();
        var seen = new HashSet<Guid>();
        void Visit(Guid? parent, int depth)
        {
            foreach (var unit in children[parent].OrderBy(u => u.Name, StringComparer.CurrentCultureIgnoreCase))
            {
                // The domain refuses loops; the guard keeps a damaged database from hanging the page.
                if (seen.Add(unit.Id))
                {
                    result.Add((unit, depth));
                    Visit(unit.Id, depth + 1);
                }
            }
        }

        Visit(null, 0);
        return result;
    }

    /// <summary>"Wonen en Vergunningen › Vergunningen": the unit with the units above it.</summary>
    public static string Path(Organisation organisation, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(unit);
        var names = new List<string> { unit.Name };
        var seen = new HashSet<Guid> { unit.Id };
        for (var parent = Find(organisation, unit.ParentId); parent is not null && seen.Add(parent.Id); parent = Find(organisation, parent.ParentId))
        {
            names.Insert(0, parent.Name);
        }

        return string.Join(" › ", names);
    }

    /// <summary>The unit itself and every unit below it: it cannot be placed under any of these.</summary>
    public static IReadOnlySet<Guid> SelfAndBelow(Organisation organisation, Guid id)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var result = new HashSet<Guid> { id };
        var queue = new Queue<Guid>([id]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in organisation.Units.Where(u => u.ParentId == current && result.Add(u.Id)))
            {
                queue.Enqueue(child.Id);
            }
        }

        return result;
    }

    /// <summary>
    /// The settings of one unit as the history records them: names, not ids, so that the
    /// history still reads well after a unit is renamed or an account is gone. Empty when the
    /// unit does not exist (yet).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Describe(Organisation organisation, Guid id, IReadOnlyDictionary<string, string> staffNames)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(staffNames);
        if (Find(organisation, id) is not { } unit)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Naam"] = unit.Name,
            ["Valt onder"] = Find(organisation, unit.ParentId)?.Name ?? string.Empty,
            ["Leidinggevenden"] = ManagerNames(unit, staffNames),
            ["Opgeheven"] = unit.DeactivatedOn is { } on ? HandlingInput.Date(on) : string.Empty,
        };
    }

    public static string ManagerNames(Unit unit, IReadOnlyDictionary<string, string> staffNames)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(staffNames);
        return string.Join(", ", unit.ManagerIds.Select(m => staffNames.GetValueOrDefault(m) ?? "onbekend account").Order(StringComparer.CurrentCultureIgnoreCase));
    }

    public static Unit? Find(Organisation organisation, Guid? id)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return id is { } value ? organisation.Units.FirstOrDefault(u => u.Id == value) : null;
    }

    /// <summary>Every account of the organisation by id (the query filter on users keeps others out).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> StaffNamesAsync(GehoordDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>The organisation's staff with the manager role, by name: the ones a unit can be given.</summary>
    public static async Task<IReadOnlyList<(string Id, string Name)>> ManagersAsync(GehoordDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await (from user in db.Users
                          join userRole in db.UserRoles on user.Id equals userRole.UserId
                          join role in db.Roles on userRole.RoleId equals role.Id
                          where role.Name == StaffRoles.Manager && user.DeactivatedAt == null
                          select new { user.Id, user.DisplayName })
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase).Select(r => (r.Id, r.DisplayName))];
    }
}
