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
    public static async Task PrintAsync(IServiceProvider services, string provider, Guid unitId, string coordinatorId, string handlerId, string managerId)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<HttpOrganisationScope>().Use(DemoSeeder.OrganisationId);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var today = scope.ServiceProvider.GetRequiredService<Clock>().Today;
        var member = new StaffMember(coordinatorId, DemoSeeder.OrganisationId, new HashSet<StaffRole> { StaffRole.Coordinator }, new HashSet<Guid>());
        var listed = CaseAccessService.Apply(db.Complaints.AsNoTracking(), CaseAccessPolicy.ListScope(member));
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Units).SingleAsync(o => o.Id == DemoSeeder.OrganisationId);
        var managed = organisation.UnitsManagedBy(managerId);
        var manager = new StaffMember(managerId, DemoSeeder.OrganisationId, new HashSet<StaffRole> { StaffRole.Manager }, managed);
        var managerListed = CaseAccessService.Apply(db.Complaints.AsNoTracking(), CaseAccessPolicy.ListScope(manager));
        IQueryable<Complaint> Filtered(InboxFilter filter) => InboxQuery.Filter(listed, filter, today);
        static IQueryable<Guid> Page(IQueryable<Complaint> q) =>
            q.Where(c => !c.IsUrgent && c.NextDueOn != null).OrderBy(c => c.NextDueOn).ThenBy(c => c.Id).Take(InboxQuery.PageSize + 1).Select(c => c.Id);
        static IQueryable<Guid> Bounded(IQueryable<Complaint> q) => q.Take(InboxCounts.Cap + 1).Select(c => c.Id);
        static IQueryable<Guid> BoundedUnitRows(IQueryable<UnitRow> q) => q.Take(InboxCounts.Cap + 1).Select(u => u.ComplaintId);
        IQueryable<UnitRow> UnitRows(Guid unit, string me) => CaseAccessService.OpenUnitRows(db, unit, me);
        var soon = today.AddDays(Gehoord.Domain.Deadlines.DeadlineSignals.DueSoonDays);
        var managedUnit = managed.First();

        var statements = new (string Name, IQueryable Query)[]
        {
            ("First page (dated segment), open", Page(Filtered(new InboxFilter()))),
            ("First page, urgent segment", Filtered(new InboxFilter()).Where(c => c.IsUrgent && c.NextDueOn != null).OrderBy(c => c.NextDueOn).ThenBy(c => c.Id).Take(InboxQuery.PageSize + 1).Select(c => c.Id)),
            ("First page, newest first", Filtered(new InboxFilter()).Where(c => !c.IsUrgent).OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id).Take(InboxQuery.PageSize + 1).Select(c => c.Id)),
            ("Count open, bounded", Bounded(Filtered(new InboxFilter()))),
            ("Count overdue, bounded", Bounded(Filtered(new InboxFilter()).Where(c => c.NextDueOn < today))),
            ("First page, one unit", Page(Filtered(new InboxFilter { UnitId = unitId }))),
            ("Count due soon, one unit, bounded (the unit's rows of the list)", BoundedUnitRows(InboxQuery.Due(InboxQuery.OpenUnitRowsOf(db, unitId, Filtered(new InboxFilter())), today, soon.AddDays(1)))),
            ("Count due soon, mine (handler), bounded", Bounded(Filtered(new InboxFilter { HandlerId = handlerId }).Where(c => c.NextDueOn >= today && c.NextDueOn <= soon))),
            ("Count overdue, unassigned, bounded", Bounded(Filtered(new InboxFilter { UnassignedOnly = true }).Where(c => c.NextDueOn < today))),
            ("Manager: put to me (dated segment)", Page(managerListed.Where(c => c.Status != ComplaintStatus.Closed && c.EscalatedToId == managerId))),
            // As the start page asks it: a unit he leads he sees whole, so only the unit's rows are read.
            ("Manager: count overdue in a unit he leads, bounded (the unit's rows alone)", BoundedUnitRows(InboxQuery.Due(UnitRows(managedUnit, managerId), null, today))),
            ("Count open, one unit, bounded (the unit's rows alone)", BoundedUnitRows(InboxQuery.Due(UnitRows(unitId, coordinatorId), null, null))),
            ("First page, search one word", Page(await InboxQuery.SearchAsync(db, Filtered(new InboxFilter()), [HttpData.RareWord]))),
            ("First page, search two common words", Page(await InboxQuery.SearchAsync(db, Filtered(new InboxFilter()), ["balie", "wachttijd"]))),
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
