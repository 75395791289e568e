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
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

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
            var lockedUntil = now + ClaimFor;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockedUntil), cancellationToken)
                .ConfigureAwait(false);
            if (claimed == 0)
            {
                continue; // another instance took it
            }

            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
            try
            {
                await transport.SendAsync(message.To, message.Subject, message.Body, message.HtmlBody, cancellationToken).ConfigureAwait(false);
                message.SentAt = clock.Now;
                message.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.GetType().Name + (ex is System.Net.Mail.SmtpException smtp ? $" ({smtp.StatusCode})" : string.Empty);
                message.GaveUp = message.Attempts >= MaxAttempts;
                message.NextAttemptAt = clock.Now + Backoff(message.Attempts);
                LogSendFailed(logger, message.Id, message.Attempts, message.LastError);
            }

            message.LockedUntil = null;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

            // Only after "sent" is stored: a failure to write the case file (for example a staff
            // member saving the same complaint at this moment) must not send the e-mail again.
            if (message.SentAt is not null)
            {
                await RecordInCaseFileAsync(db, message, logger, cancellationToken).ConfigureAwait(false);
            }
        }

        return sent;
    }

    /// <summary>
    /// The acknowledgement counts as sent when it has actually left, not when it was queued; the
    /// e-mail as it left is then kept in the case file as a sent letter, under the message's id.
    /// </summary>
    private static async Task RecordInCaseFileAsync(GehoordDbContext db, OutboxMessage message, ILogger logger, CancellationToken cancellationToken)
    {
        if (message.Purpose != Intake.ComplaintIntake.AcknowledgementPurpose || message.ComplaintId is not { } complaintId)
        {
            return;
        }

        try
        {
            var complaint = await db.Complaints.IgnoreQueryFilters().WithEverything()
                .SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken).ConfigureAwait(false);
            complaint?.RecordAcknowledgementEmail(message.Id, message.To, message.Subject, message.Body, message.SentAt!.Value);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The e-mail has left and says so in the outbox; the case page still shows it there.
            db.ChangeTracker.Clear();
            LogCaseFileFailed(logger, message.Id, ex.GetType().Name);
        }
    }

    internal static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, Math.Max(0, attempts - 1))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox round failed: {Error}")]
    private static partial void LogRoundFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} was sent but not recorded in its case file: {Error}")]
    private static partial void LogCaseFileFailed(ILogger logger, Guid messageId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed (attempt {Attempts}): {Error}")]
    private static partial void LogSendFailed(ILogger logger, Guid messageId, int attempts, string error);
}
