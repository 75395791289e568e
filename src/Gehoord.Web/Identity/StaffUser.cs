using Microsoft.AspNetCore.Identity;

namespace Gehoord.Web.Identity;

/// <summary>A staff account. Citizens never have one: they complain without an account.</summary>
public sealed class StaffUser : IdentityUser
{
    public Guid OrganisationId { get; set; }

    /// <summary>How the person is named in the case file and in letters.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public Guid? UnitId { get; set; }

    /// <summary>Set when the account was deactivated: it cannot sign in and its sessions have ended.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>When the one-time link to set a password was last sent; null once the account is in use.</summary>
    public DateTimeOffset? InvitedAt { get; set; }

    public bool IsActive => DeactivatedAt is null;
}
