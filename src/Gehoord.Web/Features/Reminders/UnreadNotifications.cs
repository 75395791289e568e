using System.Security.Claims;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Reminders;

/// <summary>The number of unread reminders next to "Meldingen" in the staff menu.</summary>
public sealed class UnreadNotifications(GehoordDbContext db)
{
    /// <summary>One count on the (recipient, created) index; 0 for anyone not signed in.</summary>
    public async Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return 0;
        }

        return await db.Notifications.CountAsync(n => n.RecipientUserId == userId && n.ReadAt == null, cancellationToken).ConfigureAwait(false);
    }
}
