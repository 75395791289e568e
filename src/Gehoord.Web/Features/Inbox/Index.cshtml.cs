using System.Security.Claims;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Inbox;

/// <summary>
/// The registration overview (seed 003): every complaint and signal of the organisation at a
/// glance, nearest deadline first, with who handles it and its status. Filters are a GET form,
/// so the page works without JavaScript and every filtered view has its own address.
/// </summary>
public sealed class IndexModel(GehoordDbContext db, Clock clock, Access.CaseAccessService access) : PageModel
{
    public static IReadOnlyList<ComplaintStatus> Statuses { get; } = Enum.GetValues<ComplaintStatus>();

    public static IReadOnlyList<Channel> Channels { get; } = Enum.GetValues<Channel>();

    [BindProperty(SupportsGet = true, Name = "mijn")]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true, Name = "niettoegewezen")]
    public bool Unassigned { get; set; }

    [BindProperty(SupportsGet = true, Name = "afdeling")]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "verlopen")]
    public bool OverdueOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "kanaal")]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true, Name = "nummer")]
    public string? Reference { get; set; }

    /// <summary>Words from the story, or a reference number.</summary>
    [BindProperty(SupportsGet = true, Name = "zoek")]
    public string? Search { get; set; }

    /// <summary>The order: one of <see cref="Sorts"/> by its value; empty or unknown is the nearest term.</summary>
    [BindProperty(SupportsGet = true, Name = "volgorde")]
    public string? Order { get; set; }

    /// <summary>The orders in the form, with the value in the address and the words the user reads.</summary>
    public static IReadOnlyList<(InboxSort Sort, string Value, string Label)> Sorts { get; } =
    [
        (InboxSort.NearestTerm, "termijn", "Eerstvolgende termijn"),
        (InboxSort.HandlingTerm, "afhandeltermijn", "Afhandeltermijn"),
        (InboxSort.Newest, "nieuwste", "Nieuwste eerst"),
        (InboxSort.Oldest, "oudste", "Oudste eerst"),
    ];

    public InboxSort Sort { get; private set; } = InboxSort.NearestTerm;

    /// <summary>The order in the table's caption, after "spoed bovenaan, daarna".</summary>
    public string SortCaption => Sort switch
    {
        InboxSort.HandlingTerm => "de vroegste afhandeltermijn",
        InboxSort.Newest => "de laatst ontvangen klacht",
        InboxSort.Oldest => "de langst geleden ontvangen klacht",
        _ => "de eerstvolgende termijn",
    };

    [BindProperty(SupportsGet = true, Name = "na")]
    public string? After { get; set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public string? ReferenceError { get; private set; }

    public string? SearchError { get; private set; }

    public InboxCounts Counts { get; private set; } = new(0, 0, 0);

    /// <summary>Words were searched: the page then shows only how many were found, not the split by term.</summary>
    public bool Searched { get; private set; }

    public InboxPage Result { get; private set; } = new([], null);

    public bool IsFirstPage { get; private set; } = true;

    /// <summary>The status value shown as selected: "open" unless a valid other choice was made.</summary>
    public string SelectedStatus { get; private set; } = InboxFilter.OpenStatus;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today;
        Units = (await db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.Name))
            .ToList();

        Sort = Sorts.FirstOrDefault(s => string.Equals(s.Value, Order, StringComparison.OrdinalIgnoreCase)).Sort;
        var filter = BuildFilter();
        // Only the cases this person needs for their work (ADR 10), then the chosen filters.
        var listed = await access.ListedAsync(db.Complaints.AsNoTracking(), cancellationToken);
        var filtered = InboxQuery.Filter(listed, filter, Today);
        var words = SearchWords();
        var me = User.ToActor().Id;
        filtered = await InboxQuery.SearchAsync(db, filtered, words, readerId: me, cancellationToken: cancellationToken);
        InboxCursor? cursor = InboxCursor.TryDecode(After, out var c) ? c : null;
        IsFirstPage = cursor is null;

        // A search counts only what it found: the split by term is for working through a list,
        // and each count of a search reads the full-text matches again (ADR 16).
        Searched = words.Count > 0;
        Counts = Searched
            ? new InboxCounts(await InboxCounts.CountAsync(filtered, InboxCounts.SearchCap, cancellationToken), 0, 0)
            : await UnitCountsAsync(listed, filter, cancellationToken) ?? await InboxQuery.CountAsync(filtered, Today, cancellationToken);
        var page = await InboxQuery.UnmaskForAsync(await InboxQuery.PageAsync(filtered, cursor, Today, Sort, cancellationToken), db.Complaints.AsNoTracking(), me, cancellationToken);
        Result = await InboxQuery.WithUnitNamesAsync(page, db.Complaints.AsNoTracking(), Units.ToDictionary(u => u.Id, u => u.Name), cancellationToken);
    }

    /// <summary>
    /// The counts of a list of one unit's open complaints, read from the unit's rows (ADR 18):
    /// alone when the list is the unit whole and the person sees it whole, else narrowed to the
    /// complaints of the scope and the other filters. Null for any other list.
    /// </summary>
    private async Task<InboxCounts?> UnitCountsAsync(IQueryable<Complaint> listed, InboxFilter filter, CancellationToken cancellationToken)
    {
        if (filter.OpenUnitId is not { } unitId)
        {
            return null;
        }

        var rows = filter == new InboxFilter { UnitId = unitId } ? await access.WholeUnitRowsAsync(unitId, cancellationToken) : null;
        rows ??= InboxQuery.OpenUnitRowsOf(db, unitId, InboxQuery.Filter(listed, filter with { UnitId = null }, Today));
        return await InboxQuery.CountUnitRowsAsync(rows, Today, cancellationToken);
    }

    /// <summary>The address of this view with another cursor (null: the first page).</summary>
    public string PageUrl(InboxCursor? cursor)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Mine)
        {
            query.Add(new("mijn", "true"));
        }

        if (Unassigned)
        {
            query.Add(new("niettoegewezen", "true"));
        }

        if (!string.IsNullOrEmpty(Unit))
        {
            query.Add(new("afdeling", Unit));
        }

        if (!string.IsNullOrEmpty(Status))
        {
            query.Add(new("status", Status));
        }

        if (OverdueOnly)
        {
            query.Add(new("verlopen", "true"));
        }

        if (!string.IsNullOrEmpty(Channel))
        {
            query.Add(new("kanaal", Channel));
        }

        if (!string.IsNullOrEmpty(Reference))
        {
            query.Add(new("nummer", Reference));
        }

        if (!string.IsNullOrEmpty(Search))
        {
            query.Add(new("zoek", Search));
        }

        if (Sort != InboxSort.NearestTerm)
        {
            query.Add(new("volgorde", Sorts.First(s => s.Sort == Sort).Value));
        }

        if (cursor is { } c)
        {
            query.Add(new("na", c.Encode()));
        }

        return "/Staff/Inbox" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }

    /// <summary>The words to search for; none when the box is empty or holds a reference number.</summary>
    private IReadOnlyList<string> SearchWords()
    {
        if (string.IsNullOrWhiteSpace(Search) || ReferenceNumber.TryParse(Search, out _))
        {
            return [];
        }

        var words = InboxQuery.SearchWords(Search);
        if (words.Count == 0)
        {
            SearchError = "Typ een of meer woorden uit het verhaal, of een klachtnummer zoals 2026-000123. Er is nu niet gezocht.";
        }

        return words;
    }

    private InboxFilter BuildFilter()
    {
        ComplaintStatus? status = null;
        var all = false;
        if (string.Equals(Status, InboxFilter.AllStatuses, StringComparison.OrdinalIgnoreCase))
        {
            all = true;
            SelectedStatus = InboxFilter.AllStatuses;
        }
        else if (Enum.TryParse<ComplaintStatus>(Status, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(Status, out _))
        {
            status = parsed;
            SelectedStatus = parsed.ToString();
        }

        Channel? channel = Enum.TryParse<Channel>(Channel, ignoreCase: false, out var ch) && Enum.IsDefined(ch) && !int.TryParse(Channel, out _) ? ch : null;
        Guid? unit = Guid.TryParse(Unit, out var u) ? u : null;

        ReferenceNumber? reference = null;
        if (!string.IsNullOrWhiteSpace(Reference))
        {
            if (ReferenceNumber.TryParse(Reference, out var r))
            {
                reference = r;
            }
            else
            {
                ReferenceError = "Schrijf het klachtnummer zo: 2026-000123. Er is nu niet op klachtnummer gezocht.";
            }
        }

        // A reference typed in the search box finds that complaint, as in the number field.
        if (reference is null && ReferenceNumber.TryParse(Search, out var searched))
        {
            reference = searched;
        }

        return new InboxFilter
        {
            HandlerId = Mine ? User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty : null,
            UnassignedOnly = Unassigned,
            UnitId = unit,
            Status = status,
            AllStatus = all,
            OverdueOnly = OverdueOnly,
            Channel = channel,
            Reference = reference,
        };
    }
}
