using Gehoord.Web.Features.Handling;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Audit;

/// <summary>
/// The organisation's access log (inzage-logboek, ADR 21), newest first, filtered on a person
/// and a period, in pages of fifty by keyset. Nothing counts the whole log: at a million
/// complaints it holds many millions of lines.
/// </summary>
[Authorize(Roles = StaffRoles.Auditors)]
public sealed class AccessLogModel(GehoordDbContext db, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "wie")]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true, Name = "van")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "tot")]
    public string? Until { get; set; }

    [BindProperty(SupportsGet = true, Name = "voor")]
    public string? Before { get; set; }

    public IReadOnlyList<(string Id, string Name)> Staff { get; private set; } = [];

    public AccessLogTable Log { get; private set; } = default!;

    /// <summary>The filters as typed, for the link to the next page.</summary>
    public string FilterQuery { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Staff = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.DisplayName))
            .ToList();
        var query = db.AccessLog.AsQueryable();
        if (!string.IsNullOrEmpty(Person))
        {
            var person = Person;
            query = query.Where(e => e.ActorId == person);
        }

        // A period in the organisation's days: from the start of the first to the end of the last.
        if (Date(From, nameof(From), "van") is { } from)
        {
            var start = clock.FromLocal(from, TimeOnly.MinValue);
            query = query.Where(e => e.At >= start);
        }

        if (Date(Until, nameof(Until), "tot en met") is { } until)
        {
            var end = clock.FromLocal(until.AddDays(1), TimeOnly.MinValue);
            query = query.Where(e => e.At < end);
        }

        Log = new AccessLogTable(await AccessLogQuery.PageAsync(db, query, Before, cancellationToken), clock.ToLocal, ShowComplaint: true);
        FilterQuery = QueryString.Create(new Dictionary<string, string?> { ["wie"] = Person, ["van"] = From, ["tot"] = Until }).ToUriComponent();
    }

    /// <summary>The message of a date that could not be read, for the field under <paramref name="key"/>.</summary>
    public string? ErrorOf(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private DateOnly? Date(string? text, string key, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (HandlingInput.TryParseDate(text, out var date) && date.Year is >= 2000 and <= 9998)
        {
            return date;
        }

        ModelState.AddModelError(key, $"Schrijf de datum {what} als dag-maand-jaar, bijvoorbeeld {HandlingInput.Date(clock.Today)}.");
        return null;
    }
}
