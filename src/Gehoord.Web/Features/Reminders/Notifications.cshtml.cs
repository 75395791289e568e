using System.Security.Claims;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Reminders;

/// <summary>
/// The signed-in staff member's own reminders, newest first. Marking read is a plain form post
/// (antiforgery, no JavaScript) that only ever touches the member's own rows.
/// </summary>
public sealed class NotificationsModel(GehoordDbContext db, Clock clock) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<NotificationRow> Rows { get; private set; } = [];

    public int Unread { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (UserId() is not { } userId)
        {
            return Challenge();
        }

        Message = TempData["Message"] as string;
        var today = clock.Today;
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientUserId == userId);
        Unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var rows = await mine
            .Join(db.Complaints, n => n.ComplaintId, c => c.Id, (n, c) => new { n, c.ReferenceYear, c.ReferenceSequence })
            .OrderByDescending(x => x.n.CreatedAt)
            .ThenByDescending(x => x.n.Id)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        Rows = rows
            .Select(x => new NotificationRow(
                x.n.Id,
                x.n.ComplaintId,
                ReminderDigest.PathFor(x.n.DeadlineKind, x.n.ComplaintId),
                new ReferenceNumber(x.ReferenceYear, x.ReferenceSequence).ToString(),
                x.n.Kind == NotificationKind.Overdue ? DeadlineSignal.Overdue : ReminderRule.Shown(x.n.DueOn, today),
                Cases.CaseTexts.DeadlineName(x.n.DeadlineKind),
                x.n.DueOn,
                clock.ToLocal(x.n.CreatedAt),
                x.n.ReadAt is { } readAt ? clock.ToLocal(readAt) : null))
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (UserId() is not { } userId)
        {
            return Challenge();
        }

        var now = clock.Now;
        var changed = await db.Notifications
            .Where(n => n.Id == id && n.RecipientUserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        TempData["Message"] = changed == 1 ? "De melding staat op gelezen." : "Deze melding was al gelezen.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        if (UserId() is not { } userId)
        {
            return Challenge();
        }

        var now = clock.Now;
        var changed = await db.Notifications
            .Where(n => n.RecipientUserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        TempData["Message"] = changed == 1 ? "1 melding staat op gelezen." : $"{changed} meldingen staan op gelezen.";
        return RedirectToPage();
    }

    private string? UserId() => User.FindFirstValue(ClaimTypes.NameIdentifier);
}

public sealed record NotificationRow(
    Guid Id,
    Guid ComplaintId,
    string Path,
    string Reference,
    DeadlineSignal Signal,
    string Deadline,
    DateOnly DueOn,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);
