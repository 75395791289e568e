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

    /// <summary>The unit of a list of open complaints only, whose counts read the unit's rows (<see cref="InboxQuery.CountUnitRowsAsync"/>); else null.</summary>
    public Guid? OpenUnitId => UnitId is { } unit && !AllStatus && Status != ComplaintStatus.Closed ? unit : null;

    public bool OverdueOnly { get; init; }

    public Channel? Channel { get; init; }

    public ReferenceNumber? Reference { get; init; }
}

/// <summary>
/// The orders the inbox offers. In every order the urgent complaints come first, then the rest;
/// complaints without the date of the order come last, and the Id breaks ties (ADR 16).
/// </summary>
public enum InboxSort
{
    /// <summary>Nearest term first (<see cref="Complaint.NextDueOn"/>); the default.</summary>
    NearestTerm,

    /// <summary>Handling deadline first (<see cref="Complaint.HandlingDueOn"/>).</summary>
    HandlingTerm,

    /// <summary>Received most recently first (<see cref="Complaint.ReceivedOn"/>, descending).</summary>
    Newest,

    /// <summary>Received longest ago first (<see cref="Complaint.ReceivedOn"/>).</summary>
    Oldest,
}

/// <summary>
/// The position after the last row of a page: the inbox sorts urgent complaints first, then on
/// the date of the chosen order (<paramref name="Key"/>) with the complaints without that date
/// last, then on Id; the next page starts strictly after this position. In the address it is
/// opaque: base64url of <c>yyyy-MM-dd|guid</c> or <c>null|guid</c>, with <c>u|</c> in front for
/// an urgent row.
/// </summary>
public readonly record struct InboxCursor(DateOnly? Key, Guid Id, bool Urgent = false)
{
    public string Encode()
    {
        var key = Key?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null";
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{(Urgent ? "u|" : "")}{key}|{Id:D}"));
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
        var urgent = parts is ["u", _, _];
        if (urgent)
        {
            parts = parts[1..];
        }

        if (parts is not [var key, var id] || !Guid.TryParseExact(id, "D", out var guid))
        {
            return false;
        }

        if (key == "null")
        {
            cursor = new InboxCursor(null, guid, urgent);
            return true;
        }

        if (!DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        cursor = new InboxCursor(date, guid, urgent);
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
    bool IsUrgent = false,
    bool IsConfidential = false);

public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, InboxCursor? Next);

/// <summary>
/// How many complaints match, counted up to <see cref="Cap"/> and one more: a count above the cap
/// reads "meer dan 1.000" (ADR "bounded inbox counts"). Counting every open complaint of a large
/// organisation to print an exact number nobody acts on cost more than the rest of the page.
/// </summary>
public sealed record InboxCounts(int Total, int Overdue, int DueSoon)
{
    public const int Cap = 1000;

    /// <summary>
    /// The cap of a search's count: a search that finds more than this is to be narrowed, not
    /// counted further, and reading up to 1,001 stories that hold two common words took 20 ms of
    /// PostgreSQL's 50 ms page at a million complaints (ADR 18).
    /// </summary>
    public const int SearchCap = 200;

    /// <summary>A count as the page shows it: the number, or "meer dan 1.000" (or the other cap) above the cap.</summary>
    public static string Text(int count, int cap = Cap) =>
        count > cap ? $"meer dan {cap.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"1 klacht", "25 klachten", "Meer dan 1.000 klachten".</summary>
    public static string Complaints(int count, int cap = Cap)
    {
        var text = Text(count, cap);
        return count == 1 ? "1 klacht" : $"{char.ToUpperInvariant(text[0])}{text[1..]} klachten";
    }

    /// <summary>Counts <paramref name="query"/> up to the cap and one more, so the database stops reading there.</summary>
    public static Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken = default) =>
        CountAsync(query, Cap, cancellationToken);

    /// <summary>Counts <paramref name="query"/> up to <paramref name="cap"/> and one more.</summary>
    public static Task<int> CountAsync<T>(IQueryable<T> query, int cap, CancellationToken cancellationToken = default) =>
        query.Take(cap + 1).CountAsync(cancellationToken);
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
            // An open phase says so in a literal too: the phase index holds only the open complaints
            // and is used only when the query shows it cannot be the closed ones.
            query = status == ComplaintStatus.Closed
                ? query.Where(c => c.Status == ComplaintStatus.Closed)
                : query.Where(c => c.Status == status && c.Status != ComplaintStatus.Closed);
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
    /// The keyset predicate within one urgency: rows that sort strictly after
    /// <paramref name="cursor"/> in the order of <paramref name="sort"/> (its date ascending, or
    /// descending for <see cref="InboxSort.Newest"/>, rows without the date last, then Id in the
    /// same direction). After a dated row come the later rows of the same date, the later dates
    /// and every row without a date; after an undated row only the undated rows beyond its Id.
    /// The redundant <c>key &gt;= d</c> (or <c>&lt;=</c>) lets the database start the index
    /// range at the cursor instead of reading from the beginning.
    /// </summary>
    public static Expression<Func<Complaint, bool>> After(InboxCursor cursor, InboxSort sort = InboxSort.NearestTerm)
    {
        var id = cursor.Id;
        var descending = sort == InboxSort.Newest;
        Expression<Func<Complaint, bool>> predicate = (cursor.Key, descending) switch
        {
            ({ } due, false) => c => Key(c) == null || (Key(c) >= due && (Key(c) > due || c.Id.CompareTo(id) > 0)),
            ({ } due, true) => c => Key(c) == null || (Key(c) <= due && (Key(c) < due || c.Id.CompareTo(id) < 0)),
            (null, false) => c => Key(c) == null && c.Id.CompareTo(id) > 0,
            (null, true) => c => Key(c) == null && c.Id.CompareTo(id) < 0,
        };
        return WithKey(predicate, sort);
    }

    /// <summary>
    /// One page in the order of <paramref name="sort"/>. It is read in up to four segments, each
    /// in the order of an index: the urgent rows with the date, the urgent rows without it, then
    /// the same for the rest. SQLite sorts nulls first and PostgreSQL last, and an ORDER BY on
    /// "key IS NULL" would sort every matching row. Urgent rows are found through a partial index
    /// and sorted (they are few); the rest follow the index of the order.
    /// </summary>
    public static async Task<InboxPage> PageAsync(
        IQueryable<Complaint> filtered, InboxCursor? cursor, DateOnly today, InboxSort sort, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filtered);
        var rows = new List<RowData>(PageSize + 1);
        foreach (var (urgent, dated) in Segments)
        {
            // Received dates are never empty, so those orders have no undated segment.
            if (rows.Count > PageSize
                || (!dated && sort is InboxSort.Newest or InboxSort.Oldest)
                || (cursor is { } at && SegmentIndex(urgent, dated) < SegmentIndex(at.Urgent, at.Key is not null)))
            {
                continue;
            }

            var segment = urgent ? filtered.Where(c => c.IsUrgent) : filtered.Where(c => !c.IsUrgent);
            segment = segment.Where(WithKey(dated ? c => Key(c) != null : c => Key(c) == null, sort));
            if (cursor is { } from && from.Urgent == urgent)
            {
                segment = segment.Where(After(from, sort));
            }

            rows.AddRange(await Project(Ordered(segment, sort, dated))
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
                r.IsUrgent,
                r.IsConfidential))
            .ToList();
        return new InboxPage(page, more ? new InboxCursor(KeyOf(rows[^1], sort), rows[^1].Id, rows[^1].IsUrgent) : null);
    }

    /// <summary>One page in the default order (urgent first, then the nearest term).</summary>
    public static Task<InboxPage> PageAsync(
        IQueryable<Complaint> filtered, InboxCursor? cursor, DateOnly today, CancellationToken cancellationToken = default) =>
        PageAsync(filtered, cursor, today, InboxSort.NearestTerm, cancellationToken);

    private static readonly (bool Urgent, bool Dated)[] Segments = [(true, true), (true, false), (false, true), (false, false)];

    private static int SegmentIndex(bool urgent, bool dated) => Array.IndexOf(Segments, (urgent, dated));

    /// <summary>A stand-in for the date of the order in the predicates above; <see cref="WithKey"/> replaces it.</summary>
    private static DateOnly? Key(Complaint complaint) => throw new InvalidOperationException($"{nameof(Key)} is only a placeholder in an expression.");

    private static readonly System.Reflection.MethodInfo KeyMethod =
        typeof(InboxQuery).GetMethod(nameof(Key), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static Expression<Func<Complaint, DateOnly?>> KeyOf(InboxSort sort) => sort switch
    {
        InboxSort.HandlingTerm => c => c.HandlingDueOn,
        InboxSort.Newest or InboxSort.Oldest => c => c.ReceivedOn,
        _ => c => c.NextDueOn,
    };

    private static DateOnly? KeyOf(RowData row, InboxSort sort) => sort switch
    {
        InboxSort.HandlingTerm => row.HandlingDueOn,
        InboxSort.Newest or InboxSort.Oldest => row.ReceivedOn,
        _ => row.NextDueOn,
    };

    /// <summary>The predicate with every <c>Key(c)</c> replaced by the column of the order, so EF translates it.</summary>
    private static Expression<Func<Complaint, bool>> WithKey(Expression<Func<Complaint, bool>> predicate, InboxSort sort)
    {
        var key = KeyOf(sort);
        var parameter = predicate.Parameters[0];
        var column = new ParameterReplacer(key.Parameters[0], parameter).Visit(key.Body);
        var body = new KeyReplacer(column).Visit(predicate.Body);
        return Expression.Lambda<Func<Complaint, bool>>(body, parameter);
    }

    private static IQueryable<Complaint> Ordered(IQueryable<Complaint> segment, InboxSort sort, bool dated)
    {
        var descending = sort == InboxSort.Newest;
        if (!dated)
        {
            return descending ? segment.OrderByDescending(c => c.Id) : segment.OrderBy(c => c.Id);
        }

        var key = KeyOf(sort);
        return descending ? segment.OrderByDescending(key).ThenByDescending(c => c.Id) : segment.OrderBy(key).ThenBy(c => c.Id);
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    private sealed class KeyReplacer(Expression column) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) => node.Method == KeyMethod ? column : base.VisitMethodCall(node);
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

    /// <summary>
    /// The counts of <see cref="CountAsync(IQueryable{Complaint}, DateOnly, CancellationToken)"/>
    /// for one unit, read from the unit's open rows and their copies of the nearest term
    /// (<see cref="UnitRow"/>, ADR 18): each count walks one range of
    /// IX_ComplaintUnits_Open_UnitId_NextDueOn and stops at the cap. The rows come either alone,
    /// for a unit the person sees whole (<see cref="Access.CaseAccessService.WholeUnitRowsAsync"/>),
    /// or narrowed to a list of complaints (<see cref="OpenUnitRowsOf"/>).
    /// </summary>
    public static async Task<InboxCounts> CountUnitRowsAsync(IQueryable<UnitRow> openRows, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(openRows);
        var soonUntil = today.AddDays(DeadlineSignals.DueSoonDays);
        return new InboxCounts(
            await InboxCounts.CountAsync(Due(openRows, null, null), cancellationToken).ConfigureAwait(false),
            await InboxCounts.CountAsync(Due(openRows, null, today), cancellationToken).ConfigureAwait(false),
            await InboxCounts.CountAsync(Due(openRows, today, soonUntil.AddDays(1)), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Unit rows due from <paramref name="from"/> and before <paramref name="before"/>, in the
    /// order of the unit's index: under the cap the database then walks the unit's range instead
    /// of hashing every open row of the unit (80,000) first.
    /// </summary>
    public static IQueryable<UnitRow> Due(IQueryable<UnitRow> openRows, DateOnly? from, DateOnly? before)
    {
        ArgumentNullException.ThrowIfNull(openRows);
        var rows = openRows;
        if (from is { } start)
        {
            rows = rows.Where(r => r.ComplaintNextDueOn >= start);
        }

        if (before is { } end)
        {
            rows = rows.Where(r => r.ComplaintNextDueOn < end);
        }

        return rows.OrderBy(r => r.ComplaintNextDueOn).ThenBy(r => r.ComplaintId);
    }

    /// <summary>
    /// The open rows of unit <paramref name="unitId"/> whose complaint is in
    /// <paramref name="openComplaints"/> (the scope and the other filters, open complaints only:
    /// the copies hold open ones only). Each row of the unit's range is checked against the list by
    /// the complaint's key, so the count stops at the cap: a join of the unit's rows with every open
    /// complaint in the range took 30–65 ms on PostgreSQL at a million complaints; asking the
    /// range of the complaint too made PostgreSQL expect few rows and hash 134,000 (99 ms); a list
    /// already narrowed to the unit made it hash all 180,000 rows of the unit (ADR 18).
    /// </summary>
    public static IQueryable<UnitRow> OpenUnitRowsOf(GehoordDbContext db, Guid unitId, IQueryable<Complaint> openComplaints)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(openComplaints);
        return db.UnitRows.Where(r => r.UnitId == unitId && r.ComplaintIsOpen && openComplaints.Any(c => c.Id == r.ComplaintId));
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
    /// PostgreSQL's stored to_tsvector('dutch', story) with its GIN index (Dutch stems, so "klachten" finds
    /// "klacht"), SQLite's FTS5 table (every word also as the start of a longer one). It narrows
    /// <paramref name="filtered"/>, so the organisation and the access scope stay as they were.
    /// </summary>
    /// <remarks>
    /// SQLite: up to <paramref name="fewHits"/> hits the queries start from the hits (<see cref="FewSearchHits"/>; tests choose each way).
    /// A confidential story is searched only for a reader named on it (<paramref name="readerId"/>; none: for nobody), so
    /// that a search cannot tell what is in it (ADR 21).
    /// </remarks>
    public static async Task<IQueryable<Complaint>> SearchAsync(
        GehoordDbContext db, IQueryable<Complaint> filtered, IReadOnlyList<string> words, int fewHits = FewSearchHits, string? readerId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return filtered;
        }

        filtered = filtered.Where(c => !c.IsConfidential || c.ConfidentialReaders.Any(r => r.StaffUserId == readerId));

        var text = string.Join(' ', words);
        if (db.Database.IsNpgsql())
        {
            // Against the stored tsvector, so the planner chooses with the column's statistics:
            // for a rare word the GIN index first, for common words the inbox's own index order
            // with a cheap test per row until the page (or the capped count) is full (ADR 16).
            return filtered.Where(c => EF.Property<NpgsqlTypes.NpgsqlTsVector>(c, InboxSearchConfiguration.Column)
                .Matches(EF.Functions.PlainToTsQuery(InboxSearchConfiguration.Dutch, text)));
        }

        // FTS5 query syntax: each word quoted (so no word is read as an operator) and a prefix.
        // The match runs once into the connection's hits (ADR 18). Few hits (a rare word): each
        // query reads the hits and looks their complaints up. Many (common words): each query
        // walks its own index in the inbox's order and probes the hits by row id, so it stops at
        // the page or the cap; from the hits, SQLite looked up and sorted 64,000 complaints.
        var match = string.Join(' ', words.Select(w => $"\"{w}\"*"));
        var hits = await SqliteSearchIndex.FillHitsAsync(db, match, cancellationToken).ConfigureAwait(false);
        return hits <= fewHits
            ? filtered.Where(c => db.SearchHits.Select(h => h.ComplaintRowId).Contains(SqliteSearchIndex.RowIdOf(c.Id)))
            : filtered.Where(c => db.SearchHits.Any(h => h.ComplaintRowId == SqliteSearchIndex.RowIdOf(c.Id)));
    }

    /// <summary>
    /// Up to this many search hits SQLite starts from the hits; above it from the inbox's index.
    /// Near this number both cost about the same at a million complaints (ADR 18).
    /// </summary>
    public const int FewSearchHits = 20_000;

    /// <summary>What a list shows of a confidential case until <see cref="UnmaskForAsync"/> finds the reader named on it (ADR 21).</summary>
    public const string ConfidentialSubject = "Vertrouwelijk dossier";

    /// <summary>A confidential case's subject never leaves the database here; only its number, status and terms.</summary>
    private static IQueryable<RowData> Project(IQueryable<Complaint> query) =>
        query.Select(c => new RowData(
            c.Id, c.ReferenceYear, c.ReferenceSequence, c.IsConfidential ? ConfidentialSubject : c.Subject, c.Kind, c.Status, c.HandlerName, c.LadderStep, c.Channel, c.ReceivedOn, c.NextDueOn, c.HandlingDueOn, c.IsUrgent, c.IsConfidential));

    /// <summary>
    /// The subjects of the confidential rows of a page whose reader is named on them (ADR 21),
    /// in one query, and only when the page has such rows; everyone else keeps seeing
    /// <see cref="ConfidentialSubject"/>.
    /// </summary>
    public static async Task<InboxPage> UnmaskForAsync(InboxPage page, IQueryable<Complaint> complaints, string readerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(complaints);
        var ids = page.Rows.Where(r => r.IsConfidential).Select(r => r.Id).ToList();
        if (ids.Count == 0)
        {
            return page;
        }

        var subjects = await complaints
            .Where(c => ids.Contains(c.Id) && c.ConfidentialReaders.Any(r => r.StaffUserId == readerId))
            .Select(c => new { c.Id, c.Subject })
            .ToDictionaryAsync(c => c.Id, c => c.Subject, cancellationToken)
            .ConfigureAwait(false);
        return page with
        {
            Rows = page.Rows.Select(r => subjects.TryGetValue(r.Id, out var subject) ? r with { Subject = subject } : r).ToList(),
        };
    }

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
        bool IsUrgent,
        bool IsConfidential);
}
