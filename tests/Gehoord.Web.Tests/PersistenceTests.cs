using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Tests;

public abstract class PersistenceTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly DateTimeOffset Now = new(2026, 4, 28, 14, 30, 0, TimeSpan.FromHours(2));
    private static readonly Actor Employee = Actor.Staff("employee-1", "Mila Medewerker");

    [Fact]
    public async Task A_complaint_is_stored_and_read_back_whole()
    {
        var organisation = await factory.NewOrganisationAsync("Openbare Ruimte");
        var unitId = organisation.Units[0].Id;
        Guid id;
        using (var db = factory.CreateDbContext(organisation.Id, out var scope))
        using (scope)
        {
            var complaint = Complaint.Register(
                Guid.NewGuid(),
                organisation.Id,
                await ReferenceNumbers.NextAsync(db, organisation.Id, 2026),
                TrackingCode.New(),
                new ComplaintRegistration(
                    Channel.Letter,
                    ComplaintKind.Complaint,
                    new DateOnly(2026, 4, 24),
                    "Mijn kelder liep onder na de rioolwerkzaamheden en niemand belt terug.",
                    new Complainant("A. Yılmaz", "a.yilmaz@example.org", "0612345678", "Dorpsstraat 1", "1234 ab", "Voorbeeld", PreferredContact.Phone,
                        new Representative("B. Yılmaz", "b@example.org", null, "dochter")),
                    new DateOnly(2026, 3, 30)),
                organisation.Profile(),
                Employee,
                Now);
            complaint.AddUnit(unitId, "Openbare Ruimte", Employee, Now);
            complaint.AddRespondent(Guid.NewGuid(), "Uitvoerder riolering", "staff-9", unitId, Employee, Now);
            complaint.AddPart(Guid.NewGuid(), "Schade aan de kelder", Employee, Now);
            complaint.AddPart(Guid.NewGuid(), "Niet teruggebeld", Employee, Now);
            complaint.AssignHandler(Actor.Staff("handler-1", "Bram Behandelaar"), Employee, Now);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync();
            id = complaint.Id;
        }

        using (var db = factory.CreateDbContext(organisation.Id, out var scope))
        using (scope)
        {
            var stored = await db.Complaints
                .Include(c => c.Respondents)
                .Include(c => c.Parts)
                .Include(c => c.Timeline)
                .SingleAsync(c => c.Id == id);

            Assert.Equal("2026-000001", stored.Reference.ToString());
            Assert.Equal(Channel.Letter, stored.Channel);
            Assert.Equal(new DateOnly(2026, 4, 24), stored.ReceivedOn);
            Assert.Equal(Now, stored.RegisteredAt);
            Assert.Equal("A. Yılmaz", stored.Complainant.Name);
            Assert.Equal("1234 AB", stored.Complainant.PostalCode);
            Assert.Equal(PreferredContact.Phone, stored.Complainant.PreferredContact);
            Assert.Equal("dochter", stored.Complainant.Representative?.Relationship);
            Assert.Equal(new DateOnly(2026, 3, 30), stored.ConductOn);
            Assert.Equal([unitId], stored.Units.Select(u => u.UnitId));
            Assert.Equal("staff-9", Assert.Single(stored.Respondents).StaffUserId);
            Assert.Equal([1, 2], stored.Parts.OrderBy(p => p.Number).Select(p => p.Number));
            Assert.Equal("handler-1", stored.HandlerId);
            Assert.Equal(6, stored.Timeline.Count);
            Assert.Equal(TimelineEventKind.Registered, stored.Timeline.OrderBy(e => e.Sequence).First().Kind);
            Assert.Equal(Enumerable.Range(1, 6), stored.Timeline.Select(e => e.Sequence).Order());

            // Received Friday 24 April 2026: six weeks end Friday 5 June 2026.
            var handling = stored.Deadlines.Single(d => d.Kind == DeadlineKind.Handling);
            Assert.Equal(new DateOnly(2026, 6, 5), handling.DueOn);
            Assert.Equal("6 weken", handling.TermDescription);
            Assert.Equal(stored.Deadlines.Min(d => d.DueOn), stored.NextDueOn);
        }
    }

    [Fact]
    public async Task A_representative_with_no_details_is_read_back_as_none()
    {
        var organisation = await factory.NewOrganisationAsync("Openbare Ruimte");
        using var db = factory.CreateDbContext(organisation.Id, out var scope);
        using var _ = scope;
        var complaint = await AddComplaintAsync(db, organisation, "Niemand bij de receptie.", Channel.Counter);

        db.ChangeTracker.Clear();
        var stored = await db.Complaints.SingleAsync(c => c.Id == complaint.Id);

        Assert.Null(stored.Complainant.Representative);
        Assert.Equal("J. Jansen", stored.Complainant.Name);
    }

    [Fact]
    public async Task Reference_numbers_run_per_organisation_and_year_and_never_repeat_under_concurrency()
    {
        var first = await factory.NewOrganisationAsync("Openbare Ruimte");
        var second = await factory.NewOrganisationAsync("Openbare Ruimte");

        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var db = factory.CreateDbContext(first.Id, out var scope);
            using var __ = scope;
            return await ReferenceNumbers.NextAsync(db, first.Id, 2026);
        }));

        Assert.Equal(Enumerable.Range(1, 20), numbers.Select(n => n.Sequence).Order());
        using var other = factory.CreateDbContext(second.Id, out var otherScope);
        using var ___ = otherScope;
        Assert.Equal("2026-000001", (await ReferenceNumbers.NextAsync(other, second.Id, 2026)).ToString());
        Assert.Equal("2027-000001", (await ReferenceNumbers.NextAsync(other, second.Id, 2027)).ToString());
    }

    [Fact]
    public async Task Queries_only_see_the_current_organisations_complaints_units_and_staff()
    {
        var mine = await factory.NewOrganisationAsync("Openbare Ruimte");
        var theirs = await factory.NewOrganisationAsync("Openbare Ruimte");
        using (var db = factory.CreateDbContext(mine.Id, out var scope))
        using (scope)
        {
            await AddComplaintAsync(db, mine, "Van mij", Channel.Phone);
        }

        using (var db = factory.CreateDbContext(theirs.Id, out var scope))
        using (scope)
        {
            await AddComplaintAsync(db, theirs, "Van een ander", Channel.Phone);
        }

        using (var db = factory.CreateDbContext(mine.Id, out var scope))
        using (scope)
        {
            Assert.Equal(["Van mij"], await db.Complaints.Select(c => c.Description).ToListAsync());
            Assert.All(await db.Units.ToListAsync(), u => Assert.Equal(mine.Id, u.OrganisationId));
            Assert.Empty(await db.Users.ToListAsync());
        }

        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            Assert.DoesNotContain(await db.Complaints.Select(c => c.Description).ToListAsync(), d => d is "Van mij" or "Van een ander");
            // One account per role, and the demo's installation administrator, whose home is this organisation.
            Assert.Equal(DemoSeeder.Accounts.Count + 1, await db.Users.CountAsync(u => u.Email!.EndsWith("@voorbeeld.nl") && !u.Email.StartsWith("test-")));
        }

        using (var db = factory.CreateDbContext(Guid.Empty, out var scope))
        using (scope)
        {
            Assert.Empty(await db.Complaints.ToListAsync());
        }
    }

    [Fact]
    public async Task Extra_rest_days_of_an_organisation_are_stored_and_move_its_deadlines()
    {
        var organisation = await factory.NewOrganisationAsync("Openbare Ruimte");
        using (var db = factory.CreateDbContext(organisation.Id, out var scope))
        using (scope)
        {
            var stored = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            stored.AddExtraRestDay(new DateOnly(2026, 5, 15), "Vrijdag na Hemelvaart");
            await db.SaveChangesAsync();
        }

        using (var db = factory.CreateDbContext(organisation.Id, out var scope))
        using (scope)
        {
            var stored = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisation.Id);

            Assert.Equal(new DateOnly(2026, 5, 15), Assert.Single(stored.ExtraRestDays).Date);
            // Six weeks from 3 April 2026 end on Friday 15 May: now a rest day, so Monday 18 May.
            Assert.Equal(new DateOnly(2026, 5, 18), stored.Profile().HandlingDeadline(new DateOnly(2026, 4, 3), false).DueOn);
            Assert.Equal(new DateOnly(2026, 5, 15), JurisdictionProfile.NlAwb.HandlingDeadline(new DateOnly(2026, 4, 3), false).DueOn);
        }
    }

    private static async Task<Complaint> AddComplaintAsync(GehoordDbContext db, Organisation organisation, string description, Channel channel)
    {
        var complaint = Complaint.Register(
            Guid.NewGuid(),
            organisation.Id,
            await ReferenceNumbers.NextAsync(db, organisation.Id, 2026),
            TrackingCode.New(),
            new ComplaintRegistration(channel, ComplaintKind.Complaint, new DateOnly(2026, 4, 27), description, new Complainant("J. Jansen", Phone: "0201234567")),
            organisation.Profile(),
            Employee,
            Now);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync();
        return complaint;
    }
}

public sealed class PersistenceOnSqlite(SqliteFactory factory) : PersistenceTests<SqliteFactory>(factory);

public sealed class PersistenceOnPostgres(PostgresFactory factory) : PersistenceTests<PostgresFactory>(factory);
