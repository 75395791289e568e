namespace Gehoord.Web.Infrastructure;

/// <summary>The "Gehoord" section of configuration; see README for every setting.</summary>
public sealed class GehoordOptions
{
    public const string Section = "Gehoord";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>
    /// Public address used in every link of e-mails and letters, e.g. https://klachten.voorbeeld.nl
    /// (see <see cref="PublicAddress"/>). Required in Production.
    /// </summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public TrustedProxyOptions ForwardedHeaders { get; set; } = new();

    public string TimeZone { get; set; } = "Europe/Amsterdam";

    public MailOptions Mail { get; set; } = new();

    public ReminderOptions Reminders { get; set; } = new();

    /// <summary>Optional single sign-on for staff through the organisation's OpenID Connect provider (ADR 11).</summary>
    public OidcOptions Oidc { get; set; } = new();

    /// <summary>Seeds the demo organisation and demo accounts. Never honoured in Production.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// Short name (slug) of the organisation whose public complaint form this installation
    /// shows. Empty: the first organisation by name.
    /// </summary>
    public string PublicOrganisation { get; set; } = string.Empty;

    /// <summary>Status-page lookups allowed per minute from one address (against guessing codes).</summary>
    public int TrackingLookupsPerMinute { get; set; } = 10;
}

/// <summary>
/// Gehoord behind a reverse proxy: the addresses of the proxies, separated by ';'. Both empty
/// (the default): the forwarded headers are ignored, since anyone can send them.
/// </summary>
public sealed class TrustedProxyOptions
{
    /// <summary>IP addresses of the proxies, e.g. "10.0.0.5;10.0.0.6".</summary>
    public string KnownProxies { get; set; } = string.Empty;

    /// <summary>Networks of the proxies in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public string KnownNetworks { get; set; } = string.Empty;
}

public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (default, a file under ./data) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";

    public string ConnectionString { get; set; } = string.Empty;
}

public sealed class MailOptions
{
    public string From { get; set; } = "klachten@voorbeeld.nl";

    /// <summary>Where e-mails are written as .eml files when no SMTP host is set.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    public string SmtpHost { get; set; } = string.Empty;

    public int SmtpPort { get; set; } = 587;

    public bool SmtpUseTls { get; set; } = true;

    public string SmtpUserName { get; set; } = string.Empty;

    /// <summary>Set through an environment variable or user secrets, never in a committed file.</summary>
    public string SmtpPassword { get; set; } = string.Empty;

    /// <summary>How often the outbox looks for e-mails to send.</summary>
    public int DispatchIntervalSeconds { get; set; } = 5;

    /// <summary>
    /// How long one step of talking to the mail server (connect, sign in, send) may take. The
    /// outbox claims a message for four such steps and half a minute more, so a slow server never
    /// makes a second instance send the same message while the first is still busy.
    /// </summary>
    public int SendTimeoutSeconds { get; set; } = 30;
}

public sealed class ReminderOptions
{
    /// <summary>
    /// How often the deadline reminders are made. 0 switches the timer off (tests run each round
    /// themselves).
    /// </summary>
    public int IntervalMinutes { get; set; } = 15;
}

public sealed class OidcOptions
{
    /// <summary>
    /// The provider's issuer address, e.g. https://login.microsoftonline.com/{tenant-id}/v2.0 or
    /// https://sso.voorbeeld.nl/realms/gemeente. Empty: single sign-on is off.
    /// </summary>
    public string Authority { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    /// <summary>Set through an environment variable or user secrets, never in a committed file.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The text of the button on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Inloggen met uw organisatieaccount";

    /// <summary>Scopes to ask for, separated by spaces; "openid" is always asked for.</summary>
    public string Scopes { get; set; } = "openid profile email";

    /// <summary>Only false for a provider on the loopback address in tests.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
