using System.Security.Cryptography;
using System.Text;
using Gehoord.Domain.Access;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Account;

/// <summary>
/// Sign-in attempts counted per key within the <see cref="SignInThrottle.Window"/>. The key is a
/// hash, so the table holds no e-mail address or IP address; the count is the same whether an
/// account exists or not.
/// </summary>
public sealed class SignInCounter
{
    public string Key { get; set; } = string.Empty;

    public int Attempts { get; set; }

    public DateTimeOffset WindowStartedAt { get; set; }
}

/// <summary>
/// The rules of <see cref="SignInThrottle"/> around a password sign-in: counting an attempt
/// before the password is checked, taking a successful one back, telling the account holder
/// once, and the "known device" cookie that lets the person themselves in while their address is
/// being guessed at elsewhere.
/// </summary>
public sealed class SignInGuard(
    GehoordDbContext db,
    Mail.Outbox outbox,
    Clock clock,
    IDataProtectionProvider protection)
{
    public const string KnownDeviceCookie = "gehoord.device";
    public const string WarningPurpose = "SignInWarning";
    private static readonly TimeSpan KnownDeviceLifetime = TimeSpan.FromDays(180);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Gehoord.SignIn.KnownDevice").ToTimeLimitedDataProtector();

    /// <summary>
    /// Counts this attempt for the client and, away from a known device, for the address; says
    /// why it may not go ahead, or null when it may. The first attempt held back for an account's
    /// address tells its holder.
    /// </summary>
    public async Task<SignInRefusal?> CountAttemptAsync(string email, string? client, StaffUser? user, bool knownDevice, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var byClient = await CountAsync(ClientKey(client), now, cancellationToken);
        if (SignInThrottle.Wait(byClient, SignInThrottle.ClientAttemptsAllowed, now) is { } clientWait)
        {
            return new SignInRefusal(false, clientWait);
        }

        if (knownDevice)
        {
            return null;
        }

        var byAddress = await CountAsync(AddressKey(email), now, cancellationToken);
        if (SignInThrottle.Wait(byAddress, SignInThrottle.AddressAttemptsAllowed, now) is not { } addressWait)
        {
            return null;
        }

        if (user is { Email.Length: > 0 } && SignInThrottle.FirstHeldBack(byAddress, SignInThrottle.AddressAttemptsAllowed))
        {
            TellHolder(user);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new SignInRefusal(true, addressWait);
    }

    /// <summary>A successful sign-in takes its attempt back: the address starts afresh, the client has one more.</summary>
    public async Task SucceededAsync(string email, string? client, CancellationToken cancellationToken)
    {
        var address = AddressKey(email);
        await db.SignInCounters.Where(c => c.Key == address).ExecuteDeleteAsync(cancellationToken);
        var byClient = ClientKey(client);
        await db.SignInCounters.Where(c => c.Key == byClient && c.Attempts > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, c => c.Attempts - 1), cancellationToken);
    }

    /// <summary>The cookie value that marks this browser as one where <paramref name="user"/> has signed in.</summary>
    public string KnownDeviceValue(StaffUser user) => Protector.Protect(user.Id, clock.Now + KnownDeviceLifetime);

    public static CookieOptions KnownDeviceCookieOptions(DateTimeOffset now) => new()
    {
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Strict,
        Path = "/Account",
        Expires = now + KnownDeviceLifetime,
    };

    /// <summary>Whether the browser's cookie says <paramref name="user"/> has signed in on it before.</summary>
    public bool IsKnownDevice(string? cookie, StaffUser? user)
    {
        if (user is null || string.IsNullOrEmpty(cookie))
        {
            return false;
        }

        try
        {
            return string.Equals(Protector.Unprotect(cookie, out _), user.Id, StringComparison.Ordinal);
        }
        catch (CryptographicException)
        {
            return false; // expired, from another installation, or tampered with
        }
    }

    private void TellHolder(StaffUser user)
    {
        var body =
            $"Beste {user.DisplayName},\n\n" +
            "Iemand heeft vandaag vaak geprobeerd in te loggen in Gehoord met uw e-mailadres, met een verkeerd wachtwoord. " +
            "Daarom moet inloggen met uw e-mailadres nu een kwartier wachten. Dat geldt niet op een computer of telefoon waarop u eerder bent ingelogd: daar kunt u gewoon inloggen.\n\n" +
            "Was u dit zelf? Dan hoeft u niets te doen.\n" +
            "Was u dit niet? Laat het de beheerder van Gehoord in uw organisatie weten. Kies een nieuw wachtwoord als u denkt dat iemand het kent.\n\n" +
            "Met vriendelijke groet,\nGehoord";
        outbox.Enqueue(user.OrganisationId, null, WarningPurpose, user.Email!, "Veel pogingen om in te loggen met uw account", body);
    }

    /// <summary>
    /// Adds one attempt in the database itself (an update of the stored count, not a read and a
    /// write), so attempts sent at the same moment are all counted.
    /// </summary>
    private async Task<SignInAttempts> CountAsync(string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var windowOpenedAfter = now - SignInThrottle.Window;
        for (var attempt = 1; ; attempt++)
        {
            var counted = await db.SignInCounters.Where(c => c.Key == key && c.WindowStartedAt > windowOpenedAfter)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, c => c.Attempts + 1), cancellationToken);
            if (counted == 0)
            {
                counted = await db.SignInCounters.Where(c => c.Key == key && c.WindowStartedAt <= windowOpenedAfter)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, 1).SetProperty(c => c.WindowStartedAt, now), cancellationToken);
            }

            if (counted == 0)
            {
                // A key's first window: also the moment to clear counters whose window ended a day ago.
                var stale = now.AddDays(-1);
                await db.SignInCounters.Where(c => c.WindowStartedAt < stale).ExecuteDeleteAsync(cancellationToken);
                db.SignInCounters.Add(new SignInCounter { Key = key, Attempts = 1, WindowStartedAt = now });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return new SignInAttempts(1, now);
                }
                catch (DbUpdateException) when (attempt < 3)
                {
                    // Another attempt for this key created the row at the same moment: count on it.
                    db.ChangeTracker.Clear();
                    continue;
                }
            }

            var stored = await db.SignInCounters.AsNoTracking().SingleAsync(c => c.Key == key, cancellationToken);
            return new SignInAttempts(stored.Attempts, stored.WindowStartedAt);
        }
    }

    private static string AddressKey(string email) => Hash("address:" + email.Trim().ToUpperInvariant());

    private static string ClientKey(string? client) => Hash("client:" + (client ?? "unknown"));

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}

/// <param name="ForAddress">True when the address waits (too many failures for it), false when the client does.</param>
/// <param name="Wait">How long until the next attempt counts.</param>
public sealed record SignInRefusal(bool ForAddress, TimeSpan Wait);
