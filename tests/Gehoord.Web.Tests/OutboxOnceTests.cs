using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Features.Cases;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>
/// An e-mail is sent once and recorded: "sent" and the case file's copy are stored together, a
/// staff member's save at the same moment does not cost the record, every attempt carries the
/// same Message-ID, and a send that was interrupted says it may have gone twice.
/// </summary>
public abstract class OutboxOnceTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    [Fact]
    public async Task A_handler_saving_the_complaint_while_the_acknowledgement_leaves_does_not_cost_its_record()
    {
        var (complaintId, email) = await FileAsync();

        // Just as the dispatcher stores its record, a handler saves a note on the same
        // complaint: the timeline's next number is taken (the clash seen in the soak).
        var handlerSaves = new SaveFirst(TimelineEventKind.AcknowledgementSent, async () =>
        {
            using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
            using var _ = scope;
            var complaint = await db.Complaints.WithEverything().SingleAsync(c => c.Id == complaintId);
            complaint.AddNote("Gebeld, niet opgenomen.", Actor.Staff("test", "Test Behandelaar"), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        var transport = new RecordingTransport();
        await DispatchAsync(transport, handlerSaves);
        Assert.True(handlerSaves.Done);

        var stored = await factory.StoredComplaintAsync(complaintId);
        Assert.Single(transport.Sent, m => m.Recipient == email);
        Assert.Equal(1, stored.Timeline.Count(e => e.Kind == TimelineEventKind.AcknowledgementSent));
        Assert.Contains(stored.Timeline, e => e.Kind == TimelineEventKind.NoteAdded);
        Assert.Contains(stored.Timeline, e => e.Kind == TimelineEventKind.AcknowledgementSent);
        Assert.NotNull(stored.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledgement).MetOn);
        var message = await AcknowledgementAsync(complaintId);
        Assert.Equal((message.Id, message.SentAt), (stored.SentLetters.Single().Id, (DateTimeOffset?)stored.SentLetters.Single().SentAt));
        Assert.Null(message.LockedUntil);
        Assert.False(message.MayHaveGoneTwice);
    }

    [Fact]
    public async Task Every_attempt_of_one_message_carries_the_same_Message_ID()
    {
        var (complaintId, email) = await FileAsync();
        var failing = new RecordingTransport(email, () => throw new IOException("De mailserver antwoordt niet."));
        await DispatchAsync(failing);
        var message = await AcknowledgementAsync(complaintId);
        Assert.Equal((1, (DateTimeOffset?)null), (message.Attempts, message.SentAt));

        // Due again (as after the back-off), now the server accepts.
        using (var db = factory.CreateDbContext(Guid.Empty, out var scope))
        using (scope)
        {
            await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        var working = new RecordingTransport();
        await DispatchAsync(working);

        var expected = message.Id.ToString("N") + "@voorbeeld.nl";
        Assert.Equal([expected], failing.Tried.Where(m => m.StartsWith(message.Id.ToString("N"), StringComparison.Ordinal)));
        Assert.Equal([expected], working.Sent.Select(m => m.MessageId).Where(m => m.StartsWith(message.Id.ToString("N"), StringComparison.Ordinal)));
        var sent = await AcknowledgementAsync(complaintId);
        Assert.NotNull(sent.SentAt);
        Assert.False(sent.MayHaveGoneTwice); // it failed and was tried again: not a repeat
    }

    [Fact]
    public async Task A_send_cut_off_by_a_crash_goes_again_after_its_claim_and_the_case_file_says_it_may_have_gone_twice()
    {
        var (complaintId, _) = await FileAsync();
        var message = await AcknowledgementAsync(complaintId);

        // An instance claimed it and died before storing anything: the claim ran out.
        await ClaimedAsync(message.Id, DateTimeOffset.UtcNow.AddSeconds(-1));

        var transport = new RecordingTransport();
        await DispatchAsync(transport);

        var sent = await AcknowledgementAsync(complaintId);
        Assert.Contains(transport.Sent, m => m.Recipient == sent.To);
        Assert.True(sent.MayHaveGoneTwice);
        Assert.Contains("misschien twee keer", CaseTexts.MailStatus(sent, t => t), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_still_claimed_by_another_instance_is_left_alone()
    {
        var (complaintId, _) = await FileAsync();
        var message = await AcknowledgementAsync(complaintId);
        await ClaimedAsync(message.Id, DateTimeOffset.UtcNow.AddMinutes(2));

        var transport = new RecordingTransport();
        await DispatchAsync(transport);

        Assert.DoesNotContain(transport.Sent, m => m.Recipient == message.To);
        Assert.Null((await AcknowledgementAsync(complaintId)).SentAt);
    }

    [Fact]
    public void The_claim_outlasts_every_step_of_a_slow_mail_server() =>
        Assert.Equal(TimeSpan.FromSeconds(150), OutboxDispatcher.ClaimFor(new Gehoord.Web.Infrastructure.MailOptions { SendTimeoutSeconds = 30 }));

    private async Task DispatchAsync(IMailTransport transport, IInterceptor? interceptor = null)
    {
        await using var host = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(transport);
                if (interceptor is not null)
                {
                    services.AddSingleton(interceptor);
                }
            }));
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    /// <summary>As an instance leaves a message it claimed once: claimed until <paramref name="until"/>, nothing stored.</summary>
    private async Task ClaimedAsync(Guid id, DateTimeOffset until)
    {
        using var db = factory.CreateDbContext(Guid.Empty, out var scope);
        using var _ = scope;
        await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Claims, 1).SetProperty(m => m.LockedUntil, until));
    }

    private async Task<(Guid ComplaintId, string Email)> FileAsync()
    {
        using var browser = new Browser(factory);
        var email = $"once-{Guid.NewGuid():N}@example.org";
        await browser.SubmitWithFilesAsync("/klacht", [
            new("Input.Story", "Mijn aanvraag voor een parkeervergunning is zoekgeraakt."),
            new("Input.Contact", "Email"),
            new("Input.Name", "Ilse Eenmaal"),
            new("Input.Email", email),
        ], []);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return (await db.OutboxMessages.Where(m => m.To == email).Select(m => m.ComplaintId!.Value).SingleAsync(), email);
    }

    private async Task<OutboxMessage> AcknowledgementAsync(Guid complaintId)
    {
        using var db = factory.CreateDbContext(Guid.Empty, out var scope);
        using var _ = scope;
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ComplaintId == complaintId && m.Purpose == ComplaintIntake.AcknowledgementPurpose);
    }

    /// <summary>Runs <paramref name="first"/> once, just before the first save that adds a timeline event of <paramref name="kind"/>.</summary>
    private sealed class SaveFirst(TimelineEventKind kind, Func<Task> first) : SaveChangesInterceptor
    {
        public bool Done { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Done && eventData.Context!.ChangeTracker.Entries<TimelineEvent>().Any(e => e.State == EntityState.Added && e.Entity.Kind == kind))
            {
                Done = true;
                await first();
            }

            return result;
        }
    }

    /// <summary>Accepts every message (after <paramref name="whileSending"/>, if given), keeping what it was handed.</summary>
    private sealed class RecordingTransport(string? recipient = null, Func<Task>? whileSending = null) : IMailTransport
    {
        public List<OutgoingMail> Sent { get; } = [];

        public List<string> Tried { get; } = [];

        public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
        {
            Tried.Add(mail.MessageId);
            if (whileSending is not null && mail.Recipient == recipient)
            {
                await whileSending();
            }

            Sent.Add(mail);
        }
    }
}

public sealed class OutboxOnceOnSqlite(SqliteFactory factory) : OutboxOnceTests<SqliteFactory>(factory);

public sealed class OutboxOnceOnPostgres(PostgresFactory factory) : OutboxOnceTests<PostgresFactory>(factory);
