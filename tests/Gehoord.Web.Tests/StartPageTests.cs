using Gehoord.Domain;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Tests.Infrastructure;

namespace Gehoord.Web.Tests;

/// <summary>
/// The start page (/Staff) per role shows what that role can act on. The class shares the demo
/// database, so each test makes its own complaints and looks for those.
/// </summary>
public abstract class StartPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly DemoAccount Employee = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Employee);
    private static readonly DemoAccount Handler = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler);
    private static readonly DemoAccount Coordinator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator);

    [Fact]
    public async Task The_employee_sees_what_she_registered_and_can_still_act_on_without_anyones_red_terms()
    {
        var employeeId = await factory.UserIdAsync(Employee.Email);
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var by = Actor.Staff(employeeId, Employee.DisplayName);
        // Both received four months ago, so every term has passed.
        var waiting = await ReminderSetup.AddAsync(factory, ReminderSetup.Fixture, 120, handlerId: null, registeredBy: by);
        var handedOver = await ReminderSetup.AddAsync(factory, ReminderSetup.Fixture, 120, handlerId, registeredBy: by);
        using var browser = await factory.SignedInAsync(Employee);

        var (_, page) = await browser.GetAsync("/Staff");

        var section = page.QuerySelector("section[aria-labelledby=geregistreerd]")!;
        Assert.NotNull(section.QuerySelector($"tr[data-complaint='{waiting.Id}']"));
        Assert.Null(section.QuerySelector($"tr[data-complaint='{handedOver.Id}']"));
        Assert.Contains(ReminderSetup.Story, section.QuerySelector($"tr[data-complaint='{waiting.Id}'] .gh-subject")!.TextContent, StringComparison.Ordinal);
        // Terms are the handler's and the coordinator's to watch: no signal at all for her.
        Assert.Null(page.QuerySelector(".gh-deadline--overdue"));
        Assert.DoesNotContain("Termijn verlopen", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_handler_sees_his_own_complaints_with_subject_and_both_terms()
    {
        var handlerId = await factory.UserIdAsync(Handler.Email);
        // Received long ago, so it is the most urgent of his and on the page whatever the demo holds.
        var mine = await ReminderSetup.AddAsync(factory, ReminderSetup.Fixture, 3000, handlerId);
        using var browser = await factory.SignedInAsync(Handler);

        var (_, page) = await browser.GetAsync("/Staff");

        var row = page.QuerySelector($"section[aria-labelledby=mijn-klachten] tr[data-complaint='{mine.Id}']")!;

        Assert.Equal(ReminderSetup.Story, row.QuerySelector(".gh-subject")!.TextContent.Trim());
        Assert.Contains("Termijn verlopen", row.QuerySelector("td[data-label='Eerstvolgende termijn']")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("Geen", row.QuerySelector("td[data-label='Afhandeltermijn']")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_coordinator_sees_the_organisations_overdue_complaints_to_step_in()
    {
        var handlerId = await factory.UserIdAsync(Handler.Email);
        await ReminderSetup.AddAsync(factory, ReminderSetup.Fixture, 200, handlerId);
        using var browser = await factory.SignedInAsync(Coordinator);

        var (_, page) = await browser.GetAsync("/Staff");

        var rows = page.QuerySelectorAll("section[aria-labelledby=verlopen] tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("Termijn verlopen", r.QuerySelector("td[data-label='Eerstvolgende termijn']")!.TextContent, StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("section[aria-labelledby=verlopen] a[href='/Staff/Inbox?verlopen=true']"));
    }
}

public sealed class StartPageTestsOnSqlite(SqliteFactory factory) : StartPageTests<SqliteFactory>(factory);

public sealed class StartPageTestsOnPostgres(PostgresFactory factory) : StartPageTests<PostgresFactory>(factory);
