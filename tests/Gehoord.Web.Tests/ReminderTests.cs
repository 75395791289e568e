using System.Net;
using AngleSharp.Html.Dom;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Reminders;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReminderKey = (string Recipient, System.Guid Complaint, Gehoord.Domain.Deadlines.DeadlineKind Deadline, System.DateOnly DueOn, Gehoord.Web.Features.Reminders.NotificationKind Kind);

namespace Gehoord.Web.Tests;

/// <summary>
/// The deadline reminder job, its lease and the reminder list. The class shares one database
/// with the demo complaints, so each test makes its own complaints and looks only at those.
/// </summary>
public abstract class ReminderTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    /// <summary>Received this long ago, a letter's handling term (6 weeks) is a few days away and the earlier terms have passed.</summary>
    private const int HandlingDueSoon = 40;

    private static readonly Actor Employee = Actor.Staff("employee-1", "Mila Medewerker");
    private static readonly DemoAccount Handler = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler);
    private static readonly DemoAccount Coordinator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator);

    [Fact]
    public async Task Due_soon_goes_to_the_handler_and_overdue_to_the_handler_and_every_coordinator()
    {
        var coordinators = await CoordinatorIdsAsync(withSecond: true);
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var complaint = await AddAsync(ReminderSetup.Fixture, HandlingDueSoon, handlerId);

        Assert.NotNull(await RunAsync());

        var made = await NotificationsAsync(complaint.Id);
        var expected = Expected(complaint, handlerId, coordinators);
        Assert.Contains(expected, e => e.Kind == NotificationKind.DueSoon);
        Assert.Contains(expected, e => e.Kind == NotificationKind.Overdue);
        Assert.Equal(expected, made.Select(Key).Order());
        Assert.Equal(2, coordinators.Count);
        Assert.Contains(made, n => n.Kind == NotificationKind.DueSoon && n.DeadlineKind == DeadlineKind.Handling && n.RecipientUserId == handlerId);
        // The handler hears of their own passed terms too, not only the coordinators.
        Assert.Contains(made, n => n.Kind == NotificationKind.Overdue && n.RecipientUserId == handlerId);
        Assert.Equal(made.Count, made.Select(Key).Distinct().Count());
        Assert.All(made, n => Assert.Equal(DemoSeeder.OrganisationId, n.OrganisationId));
    }

    [Fact]
    public async Task Due_soon_without_a_handler_goes_to_the_coordinators()
    {
        var coordinators = await CoordinatorIdsAsync(withSecond: false);
        var complaint = await AddAsync(ReminderSetup.Fixture, HandlingDueSoon, handlerId: null);

        Assert.NotNull(await RunAsync());

        var dueSoon = (await NotificationsAsync(complaint.Id)).Where(n => n.Kind == NotificationKind.DueSoon).ToList();
        Assert.Equal(coordinators.Order(StringComparer.Ordinal), dueSoon.Select(n => n.RecipientUserId).Order(StringComparer.Ordinal));
        Assert.All(dueSoon, n => Assert.Equal(DeadlineKind.Handling, n.DeadlineKind));
    }

    [Fact]
    public async Task A_second_round_creates_no_duplicates_and_met_or_closed_deadlines_remind_nobody()
    {
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var complaint = await AddAsync(ReminderSetup.Fixture, HandlingDueSoon, handlerId);
        var closed = await AddAsync(ReminderSetup.Fixture, HandlingDueSoon, handlerId: null, then: c => c.ResolveOnTheSpot("Wachttijd", "Excuses gemaakt", Employee, Clock.Now));
        var fresh = await AddAsync(ReminderSetup.Fixture, 0, handlerId);

        await RunAsync();
        var first = await NotificationsAsync(complaint.Id);
        var second = await RunAsync();

        Assert.NotEmpty(first);
        Assert.Equal(first.Select(n => n.Id).Order(), (await NotificationsAsync(complaint.Id)).Select(n => n.Id).Order());
        Assert.Equal(new ReminderRound(0, 0), second);
        Assert.Empty(await NotificationsAsync(closed.Id));
        // Received today: the short terms (counted in working days) may be near, handling is not.
        var coordinators = await CoordinatorIdsAsync(withSecond: false);
        // The personal-contact term (3 working days) is always near for a complaint received today.
        var expected = Expected(fresh, handlerId, coordinators);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await NotificationsAsync(fresh.Id)).Select(Key).Order());
        Assert.DoesNotContain(await NotificationsAsync(fresh.Id), n => n.DeadlineKind == DeadlineKind.Handling);
    }

    [Fact]
    public async Task The_digest_lands_in_the_outbox_once_per_recipient_without_personal_data_of_the_complainant()
    {
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var complaint = await AddAsync(ReminderSetup.Fixture, HandlingDueSoon, handlerId);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var digestsBefore = db.OutboxMessages.AsNoTracking().Where(m => m.Purpose == DeadlineReminders.DigestPurpose).Select(m => m.Id);
        var earlier = await digestsBefore.ToListAsync();

        var round = await RunAsync();

        var digests = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Purpose == DeadlineReminders.DigestPurpose && !earlier.Contains(m.Id))
            .ToListAsync();
        Assert.NotNull(round);
        Assert.Equal(round.Digests, digests.Count);
        Assert.Equal(digests.Count, digests.Select(d => d.To).Distinct().Count());

        var toHandler = Assert.Single(digests, d => d.To == Handler.Email);
        var toCoordinator = Assert.Single(digests, d => d.To == Coordinator.Email);
        foreach (var digest in new[] { toHandler, toCoordinator })
        {
            Assert.Contains(complaint.Reference.ToString(), digest.Body, StringComparison.Ordinal);
            Assert.Contains($"/Staff/Klachten/{complaint.Id}", digest.Body, StringComparison.Ordinal);
            Assert.Null(digest.ComplaintId);
            foreach (var personal in new[] { ReminderSetup.Name, ReminderSetup.Email, ReminderSetup.Phone, ReminderSetup.Story })
            {
                Assert.DoesNotContain(personal, digest.Body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(personal, digest.Subject, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Contains("afhandeling, uiterlijk", toHandler.Body, StringComparison.Ordinal);
        Assert.Contains("Bijna verlopen:", toHandler.Body, StringComparison.Ordinal);
        Assert.Contains("Termijn verlopen:", toCoordinator.Body, StringComparison.Ordinal);
        Assert.All(await NotificationsAsync(complaint.Id), n => Assert.NotNull(n.EmailedAt));
    }

    [Fact]
    public async Task The_list_shows_my_reminders_and_marks_one_read_over_http_with_antiforgery()
    {
        var coordinatorId = await factory.UserIdAsync(Coordinator.Email);
        var complaint = await AddAsync(ReminderSetup.Fixture, HandlingDueSoon, handlerId: null);
        await RunAsync();
        var mine = (await NotificationsAsync(complaint.Id)).Where(n => n.RecipientUserId == coordinatorId).ToList();
        Assert.NotEmpty(mine);
        var target = mine[0];
        using var browser = await factory.SignedInAsync(Coordinator);

        var (response, page) = await browser.GetAsync("/Staff/Meldingen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelector($"tr[data-notification='{target.Id}']")!;
        Assert.Contains(complaint.Reference.ToString(), row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nieuw", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"a[href='/Staff/Klachten/{complaint.Id}']"));
        var unreadBefore = await UnreadAsync(coordinatorId);
        Assert.Equal($"Meldingen ({unreadBefore} nieuw)", page.QuerySelector("#nav-meldingen")!.TextContent.Trim());
        var times = page.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-notification")).ToList();
        Assert.Equal(times.Count, times.Distinct().Count());

        // Without the form's antiforgery token the post is refused.
        using var bare = new FormUrlEncodedContent([]);
        var forged = await browser.Http.PostAsync(new Uri($"/Staff/Meldingen?handler=Read&id={target.Id}", UriKind.Relative), bare);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(unreadBefore, await UnreadAsync(coordinatorId));

        var (posted, _) = await browser.SubmitAsync((IHtmlFormElement)row.QuerySelector("form")!, "/Staff/Meldingen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var (_, after) = await browser.GetAsync(posted.Headers.Location!.OriginalString);

        Assert.Contains("gelezen", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var readRow = after.QuerySelector($"tr[data-notification='{target.Id}']")!;
        Assert.DoesNotContain("Nieuw", readRow.TextContent, StringComparison.Ordinal);
        Assert.Null(readRow.QuerySelector("form"));
        Assert.Equal(unreadBefore - 1, await UnreadAsync(coordinatorId));
        Assert.NotNull((await NotificationsAsync(complaint.Id)).Single(n => n.Id == target.Id).ReadAt);
    }

    [Fact]
    public async Task Nobody_can_mark_someone_elses_reminder_and_the_list_shows_only_ones_own()
    {
        var coordinatorId = await factory.UserIdAsync(Coordinator.Email);
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var complaint = await AddAsync(ReminderSetup.Fixture, HandlingDueSoon, handlerId);
        await RunAsync();
        var made = await NotificationsAsync(complaint.Id);
        var handlers = made.First(n => n.RecipientUserId == handlerId);
        var coordinators = made.First(n => n.RecipientUserId == coordinatorId);
        using var browser = await factory.SignedInAsync(Handler);

        var (_, page) = await browser.GetAsync("/Staff/Meldingen");
        Assert.Null(page.QuerySelector($"tr[data-notification='{coordinators.Id}']"));
        var form = (IHtmlFormElement)page.QuerySelector($"tr[data-notification='{handlers.Id}'] form")!;
        // The handler's own form and token, aimed at the coordinator's reminder.
        form.SetAttribute("action", $"/Staff/Meldingen?handler=Read&id={coordinators.Id}");
        var (posted, _) = await browser.SubmitAsync(form, "/Staff/Meldingen", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Null((await NotificationsAsync(complaint.Id)).Single(n => n.Id == coordinators.Id).ReadAt);
    }

    [Fact]
    public async Task A_near_term_that_has_since_passed_shows_as_verlopen_in_the_list()
    {
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var complaint = await AddAsync(ReminderSetup.Fixture, HandlingDueSoon, handlerId);
        // A reminder made when the term was near, three days before it passed.
        var passed = Clock.Today.AddDays(-2);
        var stale = new Notification
        {
            Id = Guid.NewGuid(),
            OrganisationId = DemoSeeder.OrganisationId,
            RecipientUserId = handlerId,
            ComplaintId = complaint.Id,
            DeadlineKind = DeadlineKind.PersonalContact,
            DueOn = passed,
            Kind = NotificationKind.DueSoon,
            CreatedAt = Clock.Now.AddDays(-5),
        };
        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            db.Notifications.Add(stale);
            await db.SaveChangesAsync();
        }

        using var browser = await factory.SignedInAsync(Handler);
        var (_, page) = await browser.GetAsync("/Staff/Meldingen");

        var row = page.QuerySelector($"tr[data-notification='{stale.Id}']")!;
        Assert.Contains("Termijn verlopen", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Bijna verlopen", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_date_of_an_arrangement_reminds_like_a_term_until_it_is_ended()
    {
        var coordinators = await CoordinatorIdsAsync(withSecond: false);
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var near = await AddAsync(ReminderSetup.Fixture, 0, handlerId);
        var passed = await AddAsync(ReminderSetup.Fixture, 0, handlerId);
        var ended = await AddAsync(ReminderSetup.Fixture, 0, handlerId);
        var reviewNear = Clock.Today.AddDays(2);
        var reviewPassed = Clock.Today.AddDays(-1);
        await ArrangeAsync(near, Clock.Today.AddDays(-30), reviewNear, end: false);
        await ArrangeAsync(passed, Clock.Today.AddDays(-60), reviewPassed, end: false);
        await ArrangeAsync(ended, Clock.Today.AddDays(-60), reviewPassed, end: true);

        Assert.NotNull(await RunAsync());

        var nearReminders = (await NotificationsAsync(near.Id)).Where(n => n.DeadlineKind == DeadlineKind.ConductReview).ToList();
        var reminder = Assert.Single(nearReminders);
        Assert.Equal((handlerId, reviewNear, NotificationKind.DueSoon), (reminder.RecipientUserId, reminder.DueOn, reminder.Kind));
        var passedReminders = (await NotificationsAsync(passed.Id)).Where(n => n.DeadlineKind == DeadlineKind.ConductReview).ToList();
        Assert.Equal(
            coordinators.Append(handlerId).Distinct().Order(StringComparer.Ordinal),
            passedReminders.Select(n => n.RecipientUserId).Order(StringComparer.Ordinal));
        Assert.All(passedReminders, n => Assert.Equal((reviewPassed, NotificationKind.Overdue), (n.DueOn, n.Kind)));
        Assert.DoesNotContain(await NotificationsAsync(ended.Id), n => n.DeadlineKind == DeadlineKind.ConductReview);

        // A second round makes none again; the list and the digest lead to the conduct page.
        await RunAsync();
        Assert.Single(await NotificationsAsync(near.Id), n => n.DeadlineKind == DeadlineKind.ConductReview);
        using var browser = await factory.SignedInAsync(Handler);
        var (_, page) = await browser.GetAsync("/Staff/Meldingen");
        var row = page.QuerySelector($"tr[data-notification='{reminder.Id}']")!;
        Assert.Contains("Evaluatie gedragslijn", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"a[href='/Staff/Klachten/{near.Id}/gedragslijn']"));
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var digest = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Purpose == DeadlineReminders.DigestPurpose && m.To == Handler.Email)
            .ToListAsync();
        Assert.Contains(digest, d => d.Body.Contains($"evaluatie gedragslijn, uiterlijk {Gehoord.Web.Features.Cases.CaseTexts.Date(reviewNear)}:", StringComparison.Ordinal)
            && d.Body.Contains($"/Staff/Klachten/{near.Id}/gedragslijn", StringComparison.Ordinal));
    }

    private async Task ArrangeAsync(Complaint source, DateOnly startsOn, DateOnly reviewOn, bool end)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var complaint = await db.Complaints.WithEverything().SingleAsync(c => c.Id == source.Id);
        var coordinator = Actor.Staff("coordinator-1", "Carla Coördinator");
        var arrangement = ConductArrangement.Make(Guid.NewGuid(), complaint, "Belt elke dag tien keer.", ConductRules.WrittenContactOnly, null, null, startsOn, reviewOn, coordinator, Clock.Now);
        if (end)
        {
            arrangement.End(complaint, "Niet meer nodig.", Clock.Today, Clock.Today, coordinator, Clock.Now);
        }

        db.ConductArrangements.Add(arrangement);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_job_makes_reminders_at_start_up_without_waiting_an_interval()
    {
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var complaint = await AddAsync(ReminderSetup.Fixture, HandlingDueSoon, handlerId);
        await ExpireLeaseAsync(factory);
        // The job as the host starts it, with the production interval of 15 minutes.
        var options = Microsoft.Extensions.Options.Options.Create(new GehoordOptions { Reminders = new ReminderOptions { IntervalMinutes = 15 } });
        using var job = new ReminderJob(
            factory.Services.GetRequiredService<IServiceScopeFactory>(),
            options,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ReminderJob>.Instance);

        await job.StartAsync(default);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await NotificationsAsync(complaint.Id)).Count == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
        finally
        {
            await job.StopAsync(default);
        }

        Assert.Contains(await NotificationsAsync(complaint.Id), n => n.RecipientUserId == handlerId && n.DeadlineKind == DeadlineKind.Handling);
    }

    /// <summary>Frees the reminder lease, as if the instance that held it had stopped long ago.</summary>
    internal static async Task ExpireLeaseAsync(GehoordFactory factory)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var past = DateTimeOffset.UtcNow.AddHours(-1);
        await db.JobLeases.Where(l => l.Name == ReminderJob.LeaseName).ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, past));
    }

    [Fact]
    public async Task Another_holder_cannot_take_an_unexpired_lease_but_can_once_it_has_expired()
    {
        var name = "test-" + Guid.NewGuid().ToString("N")[..8];
        var time = new ManualTime(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var lease = TimeSpan.FromMinutes(10);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var a = new JobLeases(db, time, new LeaseHolder("host-a"));
        var b = new JobLeases(db, time, new LeaseHolder("host-b"));

        Assert.True(await a.TryAcquireAsync(name, lease, default));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await b.TryAcquireAsync(name, lease, default));
        Assert.True(await a.TryAcquireAsync(name, lease, default)); // renewed until 9:11
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await b.TryAcquireAsync(name, lease, default));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await b.TryAcquireAsync(name, lease, default));
        Assert.False(await a.TryAcquireAsync(name, lease, default));

        var row = await db.JobLeases.AsNoTracking().SingleAsync(l => l.Name == name);
        Assert.Equal("host-b", row.Holder);
        Assert.Equal(time.GetUtcNow() + lease, row.ExpiresAt);
    }

    private Clock Clock => factory.Services.GetRequiredService<Clock>();

    private async Task<ReminderRound?> RunAsync() =>
        await factory.Services.GetRequiredService<ReminderJob>().RunOnceAsync(default);

    /// <summary>What the rules say this complaint's reminders are, from its own deadlines (spelled out, not via the rule under test).</summary>
    private List<ReminderKey> Expected(Complaint complaint, string? handlerId, IReadOnlyList<string> coordinators) =>
        complaint.Deadlines
            .SelectMany(d => DeadlineSignals.For(d.DueOn, Clock.Today) switch
            {
                DeadlineSignal.DueSoon => (handlerId is null ? coordinators : [handlerId]).Select(r => (r, complaint.Id, d.Kind, d.DueOn, NotificationKind.DueSoon)),
                DeadlineSignal.Overdue => (handlerId is null ? coordinators : coordinators.Append(handlerId).Distinct()).Select(r => (r, complaint.Id, d.Kind, d.DueOn, NotificationKind.Overdue)),
                _ => [],
            })
            .Order()
            .ToList();

    private static ReminderKey Key(Notification n) =>
        (n.RecipientUserId, n.ComplaintId, n.DeadlineKind, n.DueOn, n.Kind);

    private async Task<List<Notification>> NotificationsAsync(Guid complaintId)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return await db.Notifications.AsNoTracking().Where(n => n.ComplaintId == complaintId).ToListAsync();
    }

    private async Task<int> UnreadAsync(string userId)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return await db.Notifications.CountAsync(n => n.RecipientUserId == userId && n.ReadAt == null);
    }

    private async Task<Complaint> AddAsync(ComplaintRegistration template, int receivedDaysAgo, string? handlerId, Action<Complaint>? then = null) =>
        await ReminderSetup.AddAsync(factory, template, receivedDaysAgo, handlerId, then);

    /// <summary>The organisation's coordinators; with a second one added when asked, to prove "every".</summary>
    private async Task<IReadOnlyList<string>> CoordinatorIdsAsync(bool withSecond)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (withSecond && await users.FindByEmailAsync("coordinator2@voorbeeld.nl") is null)
        {
            var second = new StaffUser
            {
                UserName = "coordinator2@voorbeeld.nl",
                Email = "coordinator2@voorbeeld.nl",
                DisplayName = "Cor Tweede",
                OrganisationId = DemoSeeder.OrganisationId,
            };
            Assert.True((await users.CreateAsync(second, "Tweede-Coordinator-2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(second, StaffRoles.Coordinator)).Succeeded);
        }

        return [.. (await users.GetUsersInRoleAsync(StaffRoles.Coordinator)).Where(u => u.OrganisationId == DemoSeeder.OrganisationId).Select(u => u.Id)];
    }

    private sealed class ManualTime(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}

public sealed class ReminderTestsOnSqlite(SqliteFactory factory) : ReminderTests<SqliteFactory>(factory);

public sealed class ReminderTestsOnPostgres(PostgresFactory factory) : ReminderTests<PostgresFactory>(factory);

/// <summary>
/// Two app hosts on one PostgreSQL, as two servers would be, run reminder rounds at the same
/// moment: the lease lets exactly one of them work each round, and every reminder and digest
/// exists once.
/// </summary>
public sealed class ReminderTwoHostTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    private const int Rounds = 6;

    [Fact]
    public async Task Two_hosts_racing_each_round_make_every_reminder_and_digest_once()
    {
        var second = new SecondHost(factory);
        await ((IAsyncLifetime)second).InitializeAsync();
        try
        {
            var jobs = new[] { factory, (GehoordFactory)second }.Select(h => h.Services.GetRequiredService<ReminderJob>()).ToArray();
            var handlerId = await HandlerIdAsync();
            var complaints = new List<Complaint>();
            for (var round = 0; round < Rounds; round++)
            {
                // A new deadline event every round, and a free lease, so both hosts have reason
                // and chance to work and only the database decides.
                complaints.Add(await ReminderSetup.AddAsync(factory, ReminderSetup.Fixture, 40, handlerId));
                await ReminderTests<PostgresFactory>.ExpireLeaseAsync(factory);

                var results = await Task.WhenAll(jobs.Select(j => Task.Run(() => j.RunOnceAsync(default))));

                var worked = Assert.Single(results, r => r is not null);
                Assert.True(worked!.Notifications > 0);
            }

            using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
            using var _ = scope;
            var notifications = await db.Notifications.AsNoTracking().ToListAsync();
            Assert.Equal(notifications.Count, notifications.Select(n => (n.RecipientUserId, n.ComplaintId, n.DeadlineKind, n.DueOn, n.Kind)).Distinct().Count());
            var digests = await db.OutboxMessages.AsNoTracking().Where(m => m.Purpose == DeadlineReminders.DigestPurpose).ToListAsync();
            foreach (var complaint in complaints)
            {
                var mine = notifications.Where(n => n.ComplaintId == complaint.Id).ToList();
                Assert.Contains(mine, n => n.Kind == NotificationKind.DueSoon && n.RecipientUserId == handlerId);
                Assert.All(mine, n => Assert.NotNull(n.EmailedAt));

                // Each recipient heard of this complaint in exactly one digest.
                foreach (var recipient in mine.Select(n => n.RecipientUserId).Distinct())
                {
                    var email = (await db.Users.AsNoTracking().SingleAsync(u => u.Id == recipient)).Email!;
                    Assert.Single(digests, d => d.To == email && d.Body.Contains($"/Staff/Klachten/{complaint.Id}", StringComparison.Ordinal));
                }
            }
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
        }
    }

    private async Task<string> HandlerIdAsync()
    {
        using var scope = factory.Services.CreateScope();
        var email = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler).Email;
        return (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email))!.Id;
    }
}

/// <summary>Complaints for the reminder tests, with personal data the digests must leave out.</summary>
internal static class ReminderSetup
{
    public const string Name = "Henriëtte Zwanenburg";
    public const string Email = "h.zwanenburg@example.org";
    public const string Phone = "0687654321";
    public const string Story = "De lantaarnpaal in de Kastanjelaan brandt al maanden niet.";

    public static ComplaintRegistration Fixture { get; } = new(Channel.Letter, ComplaintKind.Complaint, default, Story, new Complainant(Name, Email, Phone));

    public static async Task<Complaint> AddAsync(
        GehoordFactory factory, ComplaintRegistration template, int receivedDaysAgo, string? handlerId, Action<Complaint>? then = null, Actor? registeredBy = null)
    {
        var clock = factory.Services.GetRequiredService<Clock>();
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var now = clock.Now;
        var complaint = Complaint.Register(
            Guid.NewGuid(),
            DemoSeeder.OrganisationId,
            await ReferenceNumbers.NextAsync(db, DemoSeeder.OrganisationId, now.Year),
            TrackingCode.New(),
            template with { ReceivedOn = clock.Today.AddDays(-receivedDaysAgo) },
            JurisdictionProfile.NlAwb,
            registeredBy ?? Actor.Staff("employee-1", "Mila Medewerker"),
            now);
        if (handlerId is not null)
        {
            complaint.AssignHandler(Actor.Staff(handlerId, "Bram Behandelaar"), Actor.Staff("coordinator-1", "Carla Coördinator"), now);
        }

        then?.Invoke(complaint);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync();
        return complaint;
    }
}
