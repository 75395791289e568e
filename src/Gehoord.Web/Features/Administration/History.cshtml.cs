using Gehoord.Domain.Organisations;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Administration;

/// <summary>
/// Every configuration change of the organisation, newest first: who, when, what, from what to
/// what. Paged on (moment, id) with the index on (organisation, moment), never by offset.
/// </summary>
public sealed class HistoryModel(GehoordDbContext db, Clock clock) : AdministrationPageModel(db, clock)
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "voor")]
    public string? Before { get; set; }

    public IReadOnlyList<ConfigurationChange> Changes { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public DateTimeOffset ToLocal(DateTimeOffset moment) => Clock.ToLocal(moment);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        var query = Db.ConfigurationChanges.AsNoTracking();
        if (MomentCursor.Decode(Before) is { } cursor)
        {
            query = query.Where(c => c.At < cursor.At || (c.At == cursor.At && c.Id.CompareTo(cursor.Id) < 0));
        }

        var rows = await query.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        Changes = rows.Take(PageSize).ToList();
        NextCursor = rows.Count > PageSize ? new MomentCursor(Changes[^1].At, Changes[^1].Id).Encode() : null;
    }
}
