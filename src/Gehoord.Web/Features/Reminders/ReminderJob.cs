using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gehoord.Web.Features.Reminders;

/// <summary>
/// Reminds staff of deadlines (who hears what: <see cref="Gehoord.Domain.Deadlines.ReminderRule"/>)
/// at start-up and then every interval, in the list at /Staff/Meldingen and in an e-mail
/// digest. Every instance runs the timer, but a round only works while this instance holds the database lease, so with several
/// instances on one PostgreSQL the reminders are made once (ADR 6).
/// </summary>
public sealed partial class ReminderJob(
    IServiceScopeFactory scopes,
    IOptions<GehoordOptions> options,
    ILogger<ReminderJob> logger) : BackgroundService
{
    public const string LeaseName = "reminders";

    /// <summary>
    /// The holder renews the lease every round; it lasts two intervals, so a missed round does
    /// not hand it over, while a stopped instance is replaced within two intervals.
    /// </summary>
    public TimeSpan LeaseDuration => TimeSpan.FromMinutes(2 * Math.Max(1, options.Value.Reminders.IntervalMinutes));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.Reminders.IntervalMinutes;
        if (minutes <= 0)
        {
            return; // switched off; tests call RunOnceAsync themselves
        }

        // A round at start-up first: waiting a whole interval left everyone's reminders empty
        // for the first quarter of an hour after every restart.
        var interval = TimeSpan.FromMinutes(minutes);
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The loop must survive a database hiccup; the next round tries again.
                    LogRoundFailed(logger, ex.GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    /// <summary>
    /// One round. Null when another instance holds the lease and this one did nothing. Public so
    /// tests can run a round directly.
    /// </summary>
    public async Task<ReminderRound?> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<Guid> organisations;
        using (var scope = scopes.CreateScope())
        {
            var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
            if (!await leases.TryAcquireAsync(LeaseName, LeaseDuration, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
            organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var notifications = 0;
        var digests = 0;
        foreach (var organisationId in organisations)
        {
            // A scope per organisation: its query filters then guard every statement of the round.
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<HttpOrganisationScope>().Use(organisationId);
            try
            {
                var (made, mailed) = await scope.ServiceProvider.GetRequiredService<DeadlineReminders>()
                    .RunAsync(organisationId, cancellationToken)
                    .ConfigureAwait(false);
                notifications += made;
                digests += mailed;
            }
            catch (DbUpdateException)
            {
                // A round that outlived its lease can meet another instance's reminders (the unique
                // index refuses the copy). That organisation is done by the other instance; go on.
                LogOrganisationSkipped(logger, organisationId);
            }
        }

        if (notifications > 0)
        {
            LogRound(logger, notifications, digests);
        }

        return new ReminderRound(notifications, digests);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders of organisation {OrganisationId} were already made by another instance")]
    private static partial void LogOrganisationSkipped(ILogger logger, Guid organisationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder round failed: {Error}")]
    private static partial void LogRoundFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder round: {Notifications} reminders, {Digests} e-mail digests")]
    private static partial void LogRound(ILogger logger, int notifications, int digests);
}

/// <summary>What one round made, when this instance held the lease.</summary>
public sealed record ReminderRound(int Notifications, int Digests);
