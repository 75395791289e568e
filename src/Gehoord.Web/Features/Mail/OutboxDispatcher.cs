using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gehoord.Web.Features.Mail;

/// <summary>
/// Sends queued e-mails. Each message is claimed with a conditional update before sending, so
/// with several instances on one PostgreSQL a message goes out once. A failure is retried after
/// 1, 2, 4 … minutes (at most 6 hours apart); after <see cref="MaxAttempts"/> it is given up and
/// stays visible in the case file.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOptions<GehoordOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    public const int MaxAttempts = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.Mail.DispatchIntervalSeconds));

        // Waiting first keeps start-up light and lets tests, which set a long interval, run every
        // round themselves.
        while (await WaitAsync(interval, stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await DispatchDueAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The loop must survive a database hiccup; the next round tries again.
                LogRoundFailed(logger, ex.GetType().Name);
            }
        }
    }

    private static async Task<bool> WaitAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>One round: send every due message. Public so tests can run a round directly.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<Clock>();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
        var mail = options.Value.Mail;
        var claimFor = ClaimFor(mail);

        var now = clock.Now;
        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && !m.GaveUp && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(50)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var sent = 0;
        foreach (var id in due)
        {
            // The claim is committed before the mail server hears of the message: an instance
            // that dies after this leaves it claimed, and nobody sends it until the claim runs out.
            var lockedUntil = clock.Now + claimFor;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockedUntil).SetProperty(m => m.Claims, m => m.Claims + 1), cancellationToken)
                .ConfigureAwait(false);
            if (claimed == 0)
            {
                continue; // another instance took it
            }

            // Everything the record needs is loaded before the mail server hears of the message,
            // so from its "accepted" to the commit (the one window in which a crash sends the
            // message again) only the commit itself remains.
            var record = await SentRecord.LoadAsync(db, id, cancellationToken).ConfigureAwait(false);
            var message = record.Message;
            var outgoing = new OutgoingMail(SmtpMailTransport.MessageIdFor(message.Id, mail.From), message.To, message.Subject, message.Body, message.HtmlBody);
            try
            {
                await transport.SendAsync(outgoing, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await RecordFailureAsync(db, message.Id, ex, clock, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (await RecordSentAsync(db, record, clock.Now, cancellationToken).ConfigureAwait(false))
            {
                sent++;
            }
        }

        return sent;
    }

    /// <summary>
    /// The claim covers every step of one send (connect, sign in, send, each with the transport's
    /// time-out) and a margin, so a slow mail server never lets a second instance start on the
    /// same message; longer would only delay the retry after a crash.
    /// </summary>
    internal static TimeSpan ClaimFor(MailOptions mail) => (TimeSpan.FromSeconds(Math.Max(1, mail.SendTimeoutSeconds)) * 4) + TimeSpan.FromSeconds(30);

    /// <summary>
    /// Marks the message sent and, for an acknowledgement, keeps the e-mail in the case file, in
    /// one transaction: either both are stored or neither. A clash with a staff member saving the
    /// same complaint at this moment (the timeline's next number taken) is tried again on fresh
    /// data; the e-mail has left, so giving up here would send it again after the claim.
    /// </summary>
    private async Task<bool> RecordSentAsync(GehoordDbContext db, SentRecord record, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                record.Apply(sentAt);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < RecordAttempts)
            {
                LogRecordRetried(logger, record.Message.Id, attempt, ex.GetType().Name);
                await Task.Delay(TimeSpan.FromMilliseconds(100 << (attempt - 1)), cancellationToken).ConfigureAwait(false);
                record = await SentRecord.LoadAsync(db, record.Message.Id, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Still claimed: after the claim runs out the message goes again, and its case file
                // then says it may have gone twice (OutboxMessage.MayHaveGoneTwice).
                db.ChangeTracker.Clear();
                LogRecordFailed(logger, record.Message.Id, ex.GetType().Name);
                return false;
            }
        }
    }

    /// <summary>The message and, for an acknowledgement, its complaint: tracked, ready to be marked sent.</summary>
    private sealed record SentRecord(OutboxMessage Message, Domain.Complaints.Complaint? Complaint)
    {
        public static async Task<SentRecord> LoadAsync(GehoordDbContext db, Guid id, CancellationToken cancellationToken)
        {
            db.ChangeTracker.Clear();
            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
            var complaint = message.Purpose == Intake.ComplaintIntake.AcknowledgementPurpose && message.ComplaintId is { } complaintId
                ? await db.Complaints.IgnoreQueryFilters().WithEverything().SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken).ConfigureAwait(false)
                : null;
            return new SentRecord(message, complaint);
        }

        public void Apply(DateTimeOffset sentAt)
        {
            Message.SentAt = sentAt;
            Message.LastError = null;
            Message.LockedUntil = null;
            Complaint?.RecordAcknowledgementEmail(Message.Id, Message.To, Message.Subject, Message.Body, sentAt);
        }
    }

    private const int RecordAttempts = 8;

    private async Task RecordFailureAsync(GehoordDbContext db, Guid id, Exception error, Clock clock, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        message.Attempts++;
        message.LastError = error.GetType().Name + (error is MailKit.Net.Smtp.SmtpCommandException smtp ? $" ({(int)smtp.StatusCode})" : string.Empty);
        message.GaveUp = message.Attempts >= MaxAttempts;
        message.NextAttemptAt = clock.Now + Backoff(message.Attempts);
        message.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogSendFailed(logger, message.Id, message.Attempts, message.LastError);
    }

    internal static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, Math.Max(0, attempts - 1))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox round failed: {Error}")]
    private static partial void LogRoundFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} was sent; recording it failed (attempt {Attempt}), trying again: {Error}")]
    private static partial void LogRecordRetried(ILogger logger, Guid messageId, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} was sent but could not be recorded; it goes again when its claim runs out: {Error}")]
    private static partial void LogRecordFailed(ILogger logger, Guid messageId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed (attempt {Attempts}): {Error}")]
    private static partial void LogSendFailed(ILogger logger, Guid messageId, int attempts, string error);
}
