using Microsoft.AspNetCore.Identity;

namespace Gehoord.Web.Identity;

/// <summary>A staff account. Citizens never have one: they complain without an account.</summary>
public sealed class StaffUser : IdentityUser
{
    public Guid OrganisationId { get; set; }

    /// <summary>How the person is named in the case file and in letters.</summary>
    public string DisplayName { get; set; } = string.Empty;

    public Guid? UnitId { get; set; }
}
