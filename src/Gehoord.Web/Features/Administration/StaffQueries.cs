using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Administration;

/// <summary>A staff account as the administration lists it.</summary>
public sealed record StaffRow(string Id, string Name, string Email, IReadOnlyList<string> Roles, string? Unit, bool Active, bool TwoFactor, bool Invited);

public static class StaffQueries
{
    /// <summary>The organisation's accounts (the user filter keeps it to the signed-in organisation), by name.</summary>
    public static async Task<IReadOnlyList<StaffRow>> ListAsync(GehoordDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var staff = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var ids = staff.Select(s => s.Id).ToList();
        var roles = await db.UserRoles.AsNoTracking()
            .Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return staff.Select(s => new StaffRow(
                s.Id,
                s.DisplayName,
                s.Email ?? string.Empty,
                roles.Where(r => r.UserId == s.Id).Select(r => r.Name ?? string.Empty).Order(StringComparer.Ordinal).ToList(),
                s.UnitId is { } unit ? units.GetValueOrDefault(unit) : null,
                s.IsActive,
                s.TwoFactorEnabled,
                s.PasswordHash is null))
            .ToList();
    }

    public static string RoleNames(IEnumerable<string> roles) => string.Join(", ", roles.Select(StaffRoles.DutchName));
}
