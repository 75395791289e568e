using System.Data.Common;
using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Access;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Inbox;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Benchmarks;

/// <summary>
/// The plans of the inbox's statements as the database makes them for a coordinator (the whole
/// organisation): EXPLAIN QUERY PLAN on SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL. Each is
/// the command EF sends (<c>CreateDbCommand</c>), parameters included, so the plan is the page's.
/// </summary>
public static class QueryPlans
{
    public static async Task PrintAsync(IServiceProvider services, string provider, Guid unitId, string coordinatorId)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<HttpOrganisationScope>().Use(DemoSeeder.OrganisationId);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var today = scope.ServiceProvider.GetRequiredService<Clock>().Today;
        var member = new StaffMember(coordinatorId, DemoSeeder.OrganisationId, new HashSet<StaffRole> { StaffRole.Coordinator }, new HashSet<Guid>());
        var listed = CaseAccessService.Apply(db.Complaints.AsNoTracking(), CaseAccessPolicy.ListScope(member));
        IQueryable<Complaint> Filtered(InboxFilter filter) => InboxQuery.Filter(listed, filter, today);
        static IQueryable<Guid> Page(IQueryable<Complaint> q) =>
            q.Where(c => c.NextDueOn != null).OrderBy(c => c.NextDueOn).ThenBy(c => c.Id).Take(InboxQuery.PageSize + 1).Select(c => c.Id);

        var statements = new (string Name, IQueryable Query)[]
        {
            ("First page (dated segment), open", Page(Filtered(new InboxFilter()))),
            ("Count open, bounded", Filtered(new InboxFilter()).Take(InboxCounts.Cap + 1).Select(c => c.Id)),
            ("Count overdue, bounded", Filtered(new InboxFilter()).Where(c => c.NextDueOn < today).Take(InboxCounts.Cap + 1).Select(c => c.Id)),
            ("First page, one unit", Page(Filtered(new InboxFilter { UnitId = unitId }))),
            ("First page, search one word", Page(InboxQuery.Search(db, Filtered(new InboxFilter()), [HttpData.RareWord]))),
        };

        Console.WriteLine();
        Console.WriteLine($"Query plans, {provider}:");
        foreach (var (name, query) in statements)
        {
            await using var command = ((IQueryable<object>)query.Cast<object>()).CreateDbCommand();
            command.CommandText = (provider == PersistenceSetup.Postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + command.CommandText;
            await db.Database.OpenConnectionAsync();
            Console.WriteLine();
            Console.WriteLine($"{name}:");
            Console.WriteLine("```");
            await using (DbDataReader reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    // SQLite: id, parent, notused, detail; PostgreSQL: one line of the plan.
                    Console.WriteLine(provider == PersistenceSetup.Postgres ? reader.GetString(0) : reader.GetString(3));
                }
            }

            Console.WriteLine("```");
        }
    }
}
