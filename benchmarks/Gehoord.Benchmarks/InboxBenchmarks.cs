using BenchmarkDotNet.Attributes;
using Gehoord.Web.Features.Inbox;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Benchmarks;

/// <summary>
/// The inbox queries exactly as the page runs them (<see cref="InboxQuery"/>), on the main
/// organisation of 100,000 complaints. A page includes the second query for unit names.
/// </summary>
[MemoryDiagnoser]
public class InboxBenchmarks
{
    private GehoordDbContext _db = default!;
    private InboxCursor _page200;
    private Guid _unitId;
    private Dictionary<Guid, string> _unitNames = [];

    public static IEnumerable<string> Providers => BenchmarkProgram.Databases.Keys;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = PersistenceSetup.Sqlite;

    [GlobalSetup]
    public void Setup()
    {
        _db = InboxData.Open(Provider, BenchmarkProgram.Databases[Provider], InboxData.MainOrganisation);
        // The page loads the organisation's units for its filter anyway; not part of the measurement.
        _unitNames = _db.Units.AsNoTracking().ToDictionary(u => u.Id, u => u.Name);
        _unitId = _db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => u.Id).First();

        // Walk to page 200 once, the way a user clicking "Volgende pagina" would.
        InboxCursor? cursor = null;
        for (var page = 1; page < 200; page++)
        {
            cursor = InboxQuery.PageAsync(Filtered(new InboxFilter()), cursor, InboxData.Today).GetAwaiter().GetResult().Next
                ?? throw new InvalidOperationException($"The default filter has fewer than 200 pages (stopped at {page}).");
        }

        _page200 = cursor!.Value;
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [Benchmark(Description = "First page, default filter (open)")]
    public Task<InboxPage> FirstPage() => PageAsync(new InboxFilter(), null);

    [Benchmark(Description = "Page 200 by keyset cursor")]
    public Task<InboxPage> Page200() => PageAsync(new InboxFilter(), _page200);

    [Benchmark(Description = "First page, overdue only")]
    public Task<InboxPage> OverdueFirstPage() => PageAsync(new InboxFilter { OverdueOnly = true }, null);

    [Benchmark(Description = "First page, one unit")]
    public Task<InboxPage> UnitFirstPage() => PageAsync(new InboxFilter { UnitId = _unitId }, null);

    [Benchmark(Description = "Counts (total, overdue, due soon), default filter")]
    public Task<InboxCounts> Counts() => InboxQuery.CountAsync(Filtered(new InboxFilter()), InboxData.Today);

    private IQueryable<Gehoord.Domain.Complaints.Complaint> Filtered(InboxFilter filter) =>
        InboxQuery.Filter(_db.Complaints.AsNoTracking(), filter, InboxData.Today);

    private async Task<InboxPage> PageAsync(InboxFilter filter, InboxCursor? cursor)
    {
        var page = await InboxQuery.PageAsync(Filtered(filter), cursor, InboxData.Today);
        if (page.Rows.Count != InboxQuery.PageSize)
        {
            throw new InvalidOperationException("A benchmark page came back short.");
        }

        return await InboxQuery.WithUnitNamesAsync(page, _db.Complaints.AsNoTracking(), _unitNames);
    }
}
