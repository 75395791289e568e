namespace Gehoord.Domain.Access;

/// <summary>
/// Sign-in attempts counted for one key (an e-mail address, or one client) within a window.
/// </summary>
/// <param name="Attempts">Attempts since <paramref name="WindowStartedAt"/>, this one included.</param>
/// <param name="WindowStartedAt">The first attempt of the window.</param>
public sealed record SignInAttempts(int Attempts, DateTimeOffset WindowStartedAt)
{
    public DateTimeOffset WindowEndsAt => WindowStartedAt + SignInThrottle.Window;
}

/// <summary>
/// Protection against guessing passwords that cannot be turned into a way to lock someone out.
/// Two counters: one per e-mail address (known or not, so the answer never tells whether an
/// account exists) and one per client. The address counter does not apply on a device where the
/// account has signed in before: an attacker elsewhere can slow down guessing for an address,
/// but the person themselves signs in as usual. The client counter stops one client from trying
/// many addresses.
/// An attempt is counted before the password is checked, and a successful one is taken back:
/// counting failures afterwards would let fifty requests sent at once all through the check.
/// </summary>
public static class SignInThrottle
{
    /// <summary>How long attempts count; the first attempt opens the window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Failed attempts for one address within the window before it waits (OWASP ASVS 2.2.1: at most 100 an hour).</summary>
    public const int AddressAttemptsAllowed = 5;

    /// <summary>Failed attempts from one client within the window, whatever the address; room for a colleague's typos at a shared desk.</summary>
    public const int ClientAttemptsAllowed = 20;

    /// <summary>The count with one more attempt at <paramref name="at"/>: a window that has ended starts again.</summary>
    public static SignInAttempts Count(SignInAttempts? current, DateTimeOffset at) =>
        current is null || at >= current.WindowEndsAt
            ? new SignInAttempts(1, at)
            : current with { Attempts = current.Attempts + 1 };

    /// <summary>How long to wait before an attempt may go ahead; null when this attempt may.</summary>
    public static TimeSpan? Wait(SignInAttempts counted, int allowed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(counted);
        return counted.Attempts > allowed && now < counted.WindowEndsAt ? counted.WindowEndsAt - now : null;
    }

    /// <summary>
    /// Whether this attempt is the first one held back: then, and only then, the account holder
    /// hears of it, so a long attack sends one message per window, not hundreds.
    /// </summary>
    public static bool FirstHeldBack(SignInAttempts counted, int allowed)
    {
        ArgumentNullException.ThrowIfNull(counted);
        return counted.Attempts == allowed + 1;
    }

    /// <summary>Whole minutes to wait, as a person reads them: 30 seconds is "1 minuut", never "0".</summary>
    public static int MinutesToWait(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
}
