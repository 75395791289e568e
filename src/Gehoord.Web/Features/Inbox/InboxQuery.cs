using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using System.Text.RegularExpressions;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Inbox;

/// <summary>What the inbox is filtered on; every part is optional and they combine.</summary>
public sealed record InboxFilter
{
    /// <summary>"open" (not closed, the default), "alle", or a <see cref="ComplaintStatus"/> name.</summary>
    public const string OpenStatus = "open";

    public const string AllStatuses = "alle";

    /// <summary>Only complaints this staff member handles (the NameIdentifier of the signed-in user).</summary>
    public string? HandlerId { get; init; }

    public bool UnassignedOnly { get; init; }

    public Guid? UnitId { get; init; }

    /// <summary>Null means <see cref="OpenStatus"/>; <see cref="AllStatuses"/> means no status filter.</summary>
    public ComplaintStatus? Status { get; init; }

    public bool AllStatus { get; init; }

    public bool OverdueOnly { get; init; }

    public Channel? Channel { get; init; }

    public ReferenceNumber? Reference { get; init; }
}

/// <summary>
/// The position after the last row of a page: the inbox sorts on (NextDueOn, Id) with the
/// complaints without a deadline last, and the next page starts strictly after this key.
/// In the address it is opaque: base64url of <c>yyyy-MM-dd|guid</c> or <c>null|guid</c>.
/// </summary>
public readonly record struct InboxCursor(DateOnly? NextDueOn, Guid Id)
{
    public string Encode()
    {
        var due = NextDueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null";
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{due}|{Id:D}"));
    }

    /// <summary>Anything that is not a cursor this page wrote gives false, never an exception.</summary>
    public static bool TryDecode(string? text, out InboxCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100 || !Base64Url.IsValid(text))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = decoded.Split('|');
        if (parts is not [var due, var id] || !Guid.TryParseExact(id, "D", out var guid))
        {
            return false;
        }

        if (due == "null")
        {
            cursor = new InboxCursor(null, guid);
            return true;
        }

        if (!DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        cursor = new InboxCursor(date, guid);
        return true;
    }
}

/// <summary>One row of the inbox, with the unit names filled in by a second query.</summary>
public sealed record InboxRow(
    Guid Id,
    ReferenceNumber Reference,
    string Subject,
    ComplaintKind Kind,
    ComplaintStatus Status,
    string? HandlerName,
    LadderStep LadderStep,
    Channel Channel,
    DateOnly ReceivedOn,
    DateOnly? NextDueOn,
    DeadlineSignal Signal,
    DateOnly? HandlingDueOn,
    DeadlineSignal HandlingSignal,
    IReadOnlyList<string> Units,
    bool IsUrgent = false);

public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, InboxCursor? Next);

/// <summary>
/// How many complaints match, counted up to <see cref="Cap"/> and one more: a count above the cap
/// reads "meer dan 1.000" (ADR "bounded inbox counts"). Counting every open complaint of a large
/// organisation to print an exact number nobody acts on cost more than the rest of the page.
/// </summary>
public sealed record InboxCounts(int Total, int Overdue, int DueSoon)
{
    public const int Cap = 1000;

    /// <summary>A count as the page shows it: the number, or "meer dan 1.000" above the cap.</summary>
    public static string Text(int count) =>
        count > Cap ? $"meer dan {Cap.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"1 klacht", "25 klachten", "Meer dan 1.000 klachten".</summary>
    public static string Complaints(int count)
    {
        var text = Text(count);
        return count == 1 ? "1 klacht" : $"{char.ToUpperInvariant(text[0])}{text[1..]} klachten";
    }

    /// <summary>Counts <paramref name="query"/> up to the cap and one more, so the database stops reading there.</summary>
    public static Task<int> CountAsync(IQueryable<Complaint> query, CancellationToken cancellationToken = default) =>
        query.Take(Cap + 1).CountAsync(cancellationToken);
}

/// <summary>
/// The inbox queries, shared by the page and the benchmark so that the benchmark measures what
/// the page runs. Everything goes through the organisation query filter of the DbContext.
/// </summary>
public static class InboxQuery
{
    public const int PageSize = 25;

    public static IQueryable<Complaint> Filter(IQueryable<Complaint> complaints, InboxFilter filter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(filter);

        var query = complaints;
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }
        else if (!filter.AllStatus)
        {
            query = query.Where(c => c.Status != ComplaintStatus.Closed);
        }

        if (filter.HandlerId is { } handlerId)
        {
            query = query.Where(c => c.HandlerId == handlerId);
        }

        if (filter.UnassignedOnly)
        {
            query = query.Where(c => c.HandlerId == null);
        }

        if (filter.UnitId is { } unitId)
        {
            query = query.Where(c => c.Units.Any(u => u.UnitId == unitId));
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(c => c.NextDueOn < today);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(c => c.Channel == channel);
        }

        if (filter.Reference is { } reference)
        {
            query = query.Where(c => c.ReferenceYear == reference.Year && c.ReferenceSequence == reference.Sequence);
        }

        return query;
    }

    /// <summary>
    /// The keyset predicate: rows that sort strictly after <paramref name="cursor"/> in the order
    /// (NextDueOn ascending, nulls last, then Id). After a dated row come the later rows of the
    /// same date, the later dates and every row without a date; after an undated row only the
    /// undated rows with a greater Id. The redundant <c>NextDueOn &gt;= d</c> lets the database
    /// start the index range at the cursor instead of reading from the beginning.
    /// </summary>
    public static Expression<Func<Complaint, bool>> After(InboxCursor cursor)
    {
        var id = cursor.Id;
        if (cursor.NextDueOn is { } due)
        {
            return c => c.NextDueOn == null
                || (c.NextDueOn >= due && (c.NextDueOn > due || c.Id.CompareTo(id) > 0));
        }

        return c => c.NextDueOn == null && c.Id.CompareTo(id) > 0;
    }

    /// <summary>
    /// One page in deadline order. The dated and the undated rows are read separately, each in
    /// the order of the index (OrganisationId, NextDueOn, Id): SQLite sorts nulls first and
    /// PostgreSQL last, and an ORDER BY on "NextDueOn IS NULL" would sort every matching row.
    /// </summary>
    public static async Task<InboxPage> PageAsync(
        IQueryable<Complaint> filtered, InboxCursor? cursor, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filtered);
        var keyed = cursor is { } c ? filtered.Where(After(c)) : filtered;

        var rows = new List<RowData>(PageSize + 1);
        if (cursor is not { NextDueOn: null })
        {
            rows.AddRange(await Project(keyed.Where(x => x.NextDueOn != null).OrderBy(x => x.NextDueOn).ThenBy(x => x.Id))
                .Take(PageSize + 1)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false));
        }

        if (rows.Count <= PageSize)
        {
            rows.AddRange(await Project(keyed.Where(x => x.NextDueOn == null).OrderBy(x => x.Id))
                .Take(PageSize + 1 - rows.Count)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false));
        }

        var more = rows.Count > PageSize;
        if (more)
        {
            rows.RemoveAt(PageSize);
        }

        var page = rows.Select(r => new InboxRow(
                r.Id,
                new ReferenceNumber(r.ReferenceYear, r.ReferenceSequence),
                r.Subject,
                r.Kind,
                r.Status,
                r.HandlerName,
                r.LadderStep,
                r.Channel,
                r.ReceivedOn,
                r.NextDueOn,
                DeadlineSignals.For(r.NextDueOn, today),
                r.HandlingDueOn,
                DeadlineSignals.For(r.HandlingDueOn, today),
                [],
                r.IsUrgent))
            .ToList();
        return new InboxPage(page, more ? new InboxCursor(rows[^1].NextDueOn, rows[^1].Id) : null);
    }

    /// <summary>
    /// The unit names of a page's rows in one query, so there is no query per row. The names come
    /// from <paramref name="unitNames"/> (the page has the organisation's units already): joining
    /// the Units table made SQLite plan from the units side and read every complaint of a unit.
    /// </summary>
    public static async Task<InboxPage> WithUnitNamesAsync(
        InboxPage page, IQueryable<Complaint> complaints, IReadOnlyDictionary<Guid, string> unitNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(unitNames);
        if (page.Rows.Count == 0)
        {
            return page;
        }

        var ids = page.Rows.Select(r => r.Id).ToList();
        var pairs = await complaints
            .Where(c => ids.Contains(c.Id))
            .SelectMany(c => c.Units, (c, u) => new { c.Id, u.UnitId })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var byComplaint = pairs
            .GroupBy(p => p.Id)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.Select(p => unitNames.GetValueOrDefault(p.UnitId, "Onbekende afdeling")).Order(StringComparer.CurrentCulture).ToList());
        return page with
        {
            Rows = page.Rows.Select(r => byComplaint.TryGetValue(r.Id, out var names) ? r with { Units = names } : r).ToList(),
        };
    }

    /// <summary>
    /// The number of matching complaints and how many of them are overdue or due soon, each
    /// counted up to <see cref="InboxCounts.Cap"/>: no count reads more than a thousand and one
    /// index entries, however many complaints the organisation has.
    /// </summary>
    public static async Task<InboxCounts> CountAsync(IQueryable<Complaint> filtered, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filtered);
        var soonUntil = today.AddDays(DeadlineSignals.DueSoonDays);
        var total = await InboxCounts.CountAsync(filtered, cancellationToken).ConfigureAwait(false);
        var overdue = await InboxCounts.CountAsync(filtered.Where(c => c.NextDueOn < today), cancellationToken).ConfigureAwait(false);
        var dueSoon = await InboxCounts.CountAsync(filtered.Where(c => c.NextDueOn >= today && c.NextDueOn <= soonUntil), cancellationToken).ConfigureAwait(false);
        return new InboxCounts(total, overdue, dueSoon);
    }

    /// <summary>Words of a search, at most this many; more only makes the query slower.</summary>
    public const int MaxSearchWords = 8;

    /// <summary>
    /// The words of a search as the full-text index knows them: letters and digits, lower case.
    /// Empty when nothing searchable was typed (only signs, or only spaces).
    /// </summary>
    public static IReadOnlyList<string> SearchWords(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+")
                .Where(w => w.Length > 0)
                .Select(w => w.Length > 50 ? w[..50] : w)
                .Distinct(StringComparer.Ordinal)
                .Take(MaxSearchWords)
                .ToList();

    /// <summary>
    /// Complaints whose story holds every word, through the full-text index of the provider:
    /// PostgreSQL's GIN index on to_tsvector('dutch', story) (Dutch stems, so "klachten" finds
    /// "klacht"), SQLite's FTS5 table (every word also as the start of a longer one). It narrows
    /// <paramref name="filtered"/>, so the organisation and the access scope stay as they were.
    /// </summary>
    public static IQueryable<Complaint> Search(GehoordDbContext db, IQueryable<Complaint> filtered, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return filtered;
        }

        var text = string.Join(' ', words);
        IQueryable<Guid> ids;
        if (db.Database.IsNpgsql())
        {
            // The matches come from the GIN index first; OFFSET 0 keeps PostgreSQL from folding
            // the subquery into the page query, where it walked the deadline index and computed
            // to_tsvector for every open complaint until 26 matched (3 s at a million). The
            // expression is the index's to the letter ('dutch' as a literal, not a parameter).
            // Ids of other organisations cannot pass: the outer query keeps its filters.
            ids = db.Database.SqlQuery<Guid>(
                $"""SELECT "Id" AS "Value" FROM "Complaints" WHERE to_tsvector('dutch', "Description") @@ plainto_tsquery('dutch', {text}) OFFSET 0""");
        }
        else
        {
            // FTS5 query syntax: each word quoted (so no word is read as an operator) and a prefix.
            var match = string.Join(' ', words.Select(w => $"\"{w}\"*"));
            ids = db.Database.SqlQuery<Guid>(
                $"""SELECT c."Id" AS "Value" FROM "ComplaintSearch" s JOIN "Complaints" c ON c.rowid = s.rowid WHERE "ComplaintSearch" MATCH {match}""");
        }

        return filtered.Where(c => ids.Contains(c.Id));
    }

    private static IQueryable<RowData> Project(IQueryable<Complaint> query) =>
        query.Select(c => new RowData(
            c.Id, c.ReferenceYear, c.ReferenceSequence, c.Subject, c.Kind, c.Status, c.HandlerName, c.LadderStep, c.Channel, c.ReceivedOn, c.NextDueOn, c.HandlingDueOn, c.IsUrgent));

    private sealed record RowData(
        Guid Id,
        int ReferenceYear,
        int ReferenceSequence,
        string Subject,
        ComplaintKind Kind,
        ComplaintStatus Status,
        string? HandlerName,
        LadderStep LadderStep,
        Channel Channel,
        DateOnly ReceivedOn,
        DateOnly? NextDueOn,
        DateOnly? HandlingDueOn,
        bool IsUrgent);
}
