using System.Net;
using Gehoord.Domain;
using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>
/// Every staff route against every role, a respondent, and another organisation's user (ADR 10).
/// Case pages expect exactly what the domain's access policy decides for that person and that
/// case, so the pages cannot drift from the policy; a few rows are also fixed by hand, so a
/// policy that allowed everything would fail here too.
/// </summary>
public abstract class AccessMatrixTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    /// <summary>Who may open an organisation page, by role (no case content on any of them).</summary>
    private static readonly (string Route, string[] Roles)[] OrganisationPages =
    [
        ("/Staff", StaffRoles.All.ToArray()),
        ("/Staff/Inbox", StaffRoles.All.ToArray()),
        ("/Staff/Meldingen", StaffRoles.All.ToArray()),
        ("/Staff/Registreren", StaffRoles.All.ToArray()),
        ("/Staff/Beheer", [StaffRoles.Administrator]),
        ("/Staff/Beheer/Organisatie", [StaffRoles.Administrator]),
        ("/Staff/Beheer/Medewerkers", [StaffRoles.Administrator]),
        ("/Staff/Beheer/Geschiedenis", [StaffRoles.Administrator]),
        ("/Staff/Beheer/Afdelingen", [StaffRoles.Administrator]),
        ("/Staff/Beheer/Vrije-dagen", [StaffRoles.Administrator]),
        ("/Staff/Beheer/Brieven", [StaffRoles.Administrator]),
        ("/Staff/Installatie", [StaffRoles.InstallationAdministrator]),
        ("/Staff/Toezicht", [StaffRoles.Coordinator, StaffRoles.PrivacyOfficer]),
        ("/Staff/Toezicht/Inzage", [StaffRoles.Coordinator, StaffRoles.PrivacyOfficer]),
        ("/Staff/Toezicht/Verzoek", [StaffRoles.Coordinator, StaffRoles.PrivacyOfficer]),
        ("/Staff/Toezicht/Bewaartermijn", [StaffRoles.Coordinator, StaffRoles.PrivacyOfficer]),
    ];

    /// <summary>The pages of one case file and what each needs (GET), as the pages declare it.</summary>
    private static readonly (string Suffix, CaseAction Needs)[] CasePages =
    [
        (string.Empty, CaseAction.SeeStatus),
        ("/toewijzen", CaseAction.Read),
        ("/verkennen", CaseAction.Read),
        ("/contact", CaseAction.Read),
        ("/oplossen", CaseAction.Read),
        ("/onderzoek", CaseAction.Read),
        ("/termijnen", CaseAction.Read),
        ("/afronden", CaseAction.Read),
        ("/gedragslijn", CaseAction.Read),
        ("/ontvangstbevestiging", CaseAction.Read),
        ("/brieven/nieuw?brief=ContactConfirmation-Complainant", CaseAction.Read),
        ("/brieven/{letter}", CaseAction.Read),
        ("/brieven/{letter}?handler=Pdf", CaseAction.Read),
        ("/vertrouwelijk", CaseAction.Read),
        ("/bewaren", CaseAction.Read),
        ("/inzage", CaseAction.Audit),
        ("/keten", CaseAction.Audit),
    ];

    private sealed record Persona(string Name, DemoAccount Account, string Role);

    [Fact]
    public async Task Every_staff_route_answers_each_person_as_the_access_policy_says()
    {
        var world = await WorldAsync();
        var failures = new List<string>();
        foreach (var persona in world.Personas)
        {
            using var browser = await factory.SignedInAsync(persona.Account);
            var member = await MemberAsync(persona.Account.Email, world.OrganisationOf[persona.Name]);
            foreach (var (route, roles) in OrganisationPages)
            {
                var expected = roles.Any(member.Roles.Select(r => r.ToString()).Contains) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
                await ExpectAsync(browser, route, expected, persona, failures);
            }

            foreach (var (suffix, needs) in CasePages)
            {
                var route = $"/Staff/Klachten/{world.Case.Id}{suffix.Replace("{letter}", world.LetterId.ToString(), StringComparison.Ordinal)}";
                var expected = world.OrganisationOf[persona.Name] != DemoSeeder.OrganisationId
                    ? HttpStatusCode.NotFound
                    : CaseAccessPolicy.May(member, CaseFacts.Of(world.Case), needs).Level == CaseAccessLevel.None ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
                await ExpectAsync(browser, route, expected, persona, failures);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_policy_in_this_matrix_refuses_and_allows_whom_the_ADR_names()
    {
        var world = await WorldAsync();
        var facts = CaseFacts.Of(world.Case);
        async Task<CaseAccessLevel> LevelAsync(string persona) =>
            CaseAccessPolicy.Decide(await MemberAsync(world.Personas.Single(p => p.Name == persona).Account.Email, world.OrganisationOf[persona]), facts).Level;

        Assert.Equal(CaseAccessLevel.Handle, await LevelAsync("handler"));
        Assert.Equal(CaseAccessLevel.Handle, await LevelAsync("coordinator"));
        Assert.Equal(CaseAccessLevel.Read, await LevelAsync("manager of the unit"));
        Assert.Equal(CaseAccessLevel.None, await LevelAsync("manager elsewhere"));
        Assert.Equal(CaseAccessLevel.None, await LevelAsync("committee"));
        Assert.Equal(CaseAccessLevel.Status, await LevelAsync("employee who registered it"));
        Assert.Equal(CaseAccessLevel.None, await LevelAsync("other employee"));
        Assert.Equal(CaseAccessLevel.None, await LevelAsync("administrator"));
        Assert.Equal(CaseAccessLevel.None, await LevelAsync("installation administrator"));
        Assert.Equal(CaseAccessLevel.None, await LevelAsync("respondent coordinator"));
        Assert.Equal(CaseAccessLevel.None, await LevelAsync("coordinator elsewhere"));
        Assert.Equal(CaseAccessLevel.Status, await LevelAsync("privacy officer"));
    }

    [Fact]
    public async Task A_respondent_is_refused_with_the_reason_and_their_case_is_not_in_their_inbox()
    {
        var world = await WorldAsync();
        using var browser = await factory.SignedInAsync(world.Personas.Single(p => p.Name == "respondent coordinator").Account);

        var (response, page) = await browser.GetAsync($"/Staff/Klachten/{world.Case.Id}");
        var (_, inbox) = await browser.GetAsync($"/Staff/Inbox?nummer={world.Case.Reference}&status=alle");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(CaseAccessPolicy.RespondentReason, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Case.Id.ToString(), inbox.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_employee_who_registered_a_handed_over_complaint_sees_its_status_not_its_content()
    {
        var world = await WorldAsync();
        using var browser = await factory.SignedInAsync(world.Personas.Single(p => p.Name == "employee who registered it").Account);

        var (response, page) = await browser.GetAsync($"/Staff/Klachten/{world.Case.Id}");
        var (attachment, _) = await browser.GetAsync($"/Staff/Klachten/{world.Case.Id}/brieven/{world.LetterId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains(StatusFacts.DutchName(world.Case.Status), page.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Case.Description[..20], main, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#tijdlijn-lijst"));
        Assert.Equal(HttpStatusCode.Forbidden, attachment.StatusCode);
    }

    [Fact]
    public async Task A_committee_member_reads_a_case_the_committee_advises_on_and_nothing_else()
    {
        var world = await WorldAsync();
        using var browser = await factory.SignedInAsync(world.Personas.Single(p => p.Name == "committee").Account);

        var (advised, _) = await browser.GetAsync($"/Staff/Klachten/{world.CommitteeCase.Id}/onderzoek");
        var (other, _) = await browser.GetAsync($"/Staff/Klachten/{world.Case.Id}/onderzoek");

        Assert.Equal(HttpStatusCode.OK, advised.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    private static async Task ExpectAsync(Browser browser, string route, HttpStatusCode expected, Persona persona, List<string> failures)
    {
        var response = await browser.Http.GetAsync(new Uri(route, UriKind.Relative));
        if (response.StatusCode != expected)
        {
            failures.Add($"{persona.Name} GET {route}: {(int)response.StatusCode} {response.StatusCode}, expected {(int)expected} {expected}");
        }
    }

    private async Task<StaffMember> MemberAsync(string email, Guid organisationId)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<Gehoord.Web.Infrastructure.HttpOrganisationScope>().Use(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var roles = (await users.GetRolesAsync(user)).Select(StaffRoles.ToDomain).Where(r => r is not null).Select(r => r!.Value).ToHashSet();
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Units).SingleAsync(o => o.Id == organisationId);
        return new StaffMember(user.Id, organisationId, roles, organisation.UnitsManagedBy(user.Id));
    }

    private sealed record World(IReadOnlyList<Persona> Personas, IReadOnlyDictionary<string, Guid> OrganisationOf, Complaint Case, Guid LetterId, Complaint CommitteeCase);

    // xunit makes a class instance per test; the world is made once per factory (its database).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GehoordFactory, Task<World>> Worlds = [];

    /// <summary>
    /// One demo complaint with a sent letter, handled by the demo handler, registered by the demo
    /// employee, about a unit the demo manager leads, with a coordinator as respondent; and a
    /// second one for the advisory committee. Made once per class (the database is the class's).
    /// </summary>
    private Task<World> WorldAsync()
    {
        lock (Worlds)
        {
            return Worlds.GetValue(factory, _ => MakeWorldAsync());
        }
    }

    private async Task<World> MakeWorldAsync()
    {
        var other = await factory.NewOrganisationAsync();
        var respondent = await factory.NewStaffAsync("Rita Beklaagde", null, StaffRoles.Coordinator, StaffRoles.Committee, StaffRoles.Manager);
        var installation = await factory.NewStaffAsync("Ivo Installatie", null, StaffRoles.InstallationAdministrator);
        var personas = new List<Persona>
        {
            new("handler", Demo(StaffRoles.Handler), StaffRoles.Handler),
            new("other handler", await factory.NewStaffAsync("Otto Behandelaar", null, StaffRoles.Handler), StaffRoles.Handler),
            new("coordinator", Demo(StaffRoles.Coordinator), StaffRoles.Coordinator),
            new("manager of the unit", Demo(StaffRoles.Manager), StaffRoles.Manager),
            new("manager elsewhere", await factory.NewStaffAsync("Mia Leiding", null, StaffRoles.Manager), StaffRoles.Manager),
            new("committee", Demo(StaffRoles.Committee), StaffRoles.Committee),
            new("employee who registered it", Demo(StaffRoles.Employee), StaffRoles.Employee),
            new("other employee", await factory.NewStaffAsync("Eef Medewerker", null, StaffRoles.Employee), StaffRoles.Employee),
            new("administrator", Demo(StaffRoles.Administrator), StaffRoles.Administrator),
            new("privacy officer", Demo(StaffRoles.PrivacyOfficer), StaffRoles.PrivacyOfficer),
            new("installation administrator", installation, StaffRoles.InstallationAdministrator),
            new("respondent coordinator", respondent, StaffRoles.Coordinator),
            new("coordinator elsewhere", await factory.NewStaffAsync("Elsa Elders", other.Id, StaffRoles.Coordinator), StaffRoles.Coordinator),
        };
        var organisationOf = personas.ToDictionary(p => p.Name, p => p.Name == "coordinator elsewhere" ? other.Id : DemoSeeder.OrganisationId);

        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<Gehoord.Web.Infrastructure.HttpOrganisationScope>().Use(DemoSeeder.OrganisationId);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var handlerId = await factory.UserIdAsync(Demo(StaffRoles.Handler).Email);
        var employeeId = await factory.UserIdAsync(Demo(StaffRoles.Employee).Email);
        var respondentId = await factory.UserIdAsync(respondent.Email);
        var unit = await db.Units.SingleAsync(u => u.Name == DemoSeeder.ManagedUnitNames[0]);

        var complaint = await db.Complaints.WithEverything()
            .Where(c => c.HandlerId == handlerId && c.Status == ComplaintStatus.Exploring && c.SentLetters.Any() && !c.AdvisoryCommittee)
            .OrderBy(c => c.ReferenceSequence)
            .FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var by = Actor.Staff(handlerId, "Bram Behandelaar");
        complaint.AddUnit(unit.Id, unit.Name, by, now);
        complaint.AddRespondent(Guid.NewGuid(), respondent.DisplayName, respondentId, unit.Id, by, now);

        // The demo employee registered it: the policy's "registered by" is the first actor.
        db.Entry(complaint).Property(c => c.RegisteredById).CurrentValue = employeeId;
        var committee = await db.Complaints.WithEverything().Where(c => c.AdvisoryCommittee && c.Status != ComplaintStatus.Closed).FirstAsync();
        await db.SaveChangesAsync();

        return new World(personas, organisationOf, complaint, complaint.SentLetters[0].Id, committee);
    }

    private static DemoAccount Demo(string role) => DemoSeeder.Accounts.Single(a => a.Role == role);
}

public sealed class AccessMatrixOnSqlite(SqliteFactory factory) : AccessMatrixTests<SqliteFactory>(factory);

public sealed class AccessMatrixOnPostgres(PostgresFactory factory) : AccessMatrixTests<PostgresFactory>(factory);
