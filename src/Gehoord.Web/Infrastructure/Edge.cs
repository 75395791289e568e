using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Gehoord.Web.Infrastructure;

/// <summary>
/// The settings of the edge (ADR 19), checked before anything starts: a wrong one stops the app
/// with a message that names it, instead of an installation that mails links to whatever host a
/// sender puts in a request, or believes anyone's X-Forwarded-For.
/// </summary>
public static class EdgeSettings
{
    private const string AllowedHostsKey = "AllowedHosts";

    /// <summary>Stops the start with every problem of <see cref="Problems"/> in one message.</summary>
    public static void Check(IConfiguration configuration, IHostEnvironment environment, GehoordOptions options)
    {
        var problems = Problems(configuration, environment, options);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"Gehoord does not start ({environment.EnvironmentName}): fix these settings first (README, \"Install for an organisation\").{Environment.NewLine}- "
                + string.Join(Environment.NewLine + "- ", problems));
        }
    }

    /// <summary>What is missing or wrong; empty when the app may start.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, IHostEnvironment environment, GehoordOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var production = environment.IsProduction();
        var baseUrl = options.BaseUrl?.Trim() ?? string.Empty;
        if (baseUrl.Length == 0)
        {
            if (production)
            {
                problems.Add("Gehoord:BaseUrl (environment variable Gehoord__BaseUrl) is not set. Every link in e-mails and letters starts with it; without it a link would take the host name from the request, which the sender chooses. Set the public https address, e.g. https://klachten.zuiderdorp.nl.");
            }
        }
        else if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && (production || uri.Scheme != Uri.UriSchemeHttp))
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            problems.Add($"Gehoord:BaseUrl (environment variable Gehoord__BaseUrl) is '{baseUrl}', which is not an absolute {(production ? "https" : "http or https")} address without query. Set the public address, e.g. https://klachten.zuiderdorp.nl.");
        }

        var hosts = (configuration[AllowedHostsKey] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (production && (hosts.Length == 0 || hosts.Contains("*")))
        {
            problems.Add($"AllowedHosts (environment variable AllowedHosts) is '{configuration[AllowedHostsKey]}'. Name the host names Gehoord answers to, separated by ';', e.g. klachten.zuiderdorp.nl; '*' or empty answers a request with any Host header.");
        }

        foreach (var proxy in Split(options.ForwardedHeaders.KnownProxies).Where(p => !IPAddress.TryParse(p, out _)))
        {
            problems.Add($"Gehoord:ForwardedHeaders:KnownProxies holds '{proxy}', which is not an IP address (e.g. 10.0.0.5).");
        }

        foreach (var network in Split(options.ForwardedHeaders.KnownNetworks).Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            problems.Add($"Gehoord:ForwardedHeaders:KnownNetworks holds '{network}', which is not a network in CIDR notation (e.g. 10.0.0.0/24).");
        }

        return problems;
    }

    /// <summary>
    /// What the forwarded-headers middleware believes: X-Forwarded-For and -Proto, only from the
    /// configured proxies, through a chain of them up to the first address that is not one.
    /// Null when no proxy is configured: the headers are then not read at all (the middleware's
    /// own defaults would believe the loopback address, and a missing remote address).
    /// </summary>
    public static ForwardedHeadersOptions? ForwardedHeadersFor(TrustedProxyOptions proxies)
    {
        ArgumentNullException.ThrowIfNull(proxies);
        var addresses = Split(proxies.KnownProxies).Select(IPAddress.Parse).ToList();
        var networks = Split(proxies.KnownNetworks).Select(n => System.Net.IPNetwork.Parse(n)).ToList();
        if (addresses.Count == 0 && networks.Count == 0)
        {
            return null;
        }

        var forwarded = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = null,
        };
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        addresses.ForEach(forwarded.KnownProxies.Add);
        networks.ForEach(forwarded.KnownIPNetworks.Add);
        return forwarded;
    }

    private static string[] Split(string? values) =>
        (values ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The edge of the app: what every response says about itself, and which cookies are Secure (ADR 19).</summary>
public static class Edge
{
    /// <summary>No camera, microphone, location, payment, USB … for any page: Gehoord asks for none of them.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), "
        + "hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), "
        + "serial=(), usb=(), xr-spatial-tracking=()";

    /// <summary>The services of the edge: Kestrel without its Server header, Secure cookies in Production.</summary>
    public static void AddGehoordEdge(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // Production is reached over https, also when a proxy in front speaks http to Gehoord, so
        // every cookie (sign-in, antiforgery, two-step sign-in, TempData) is Secure there. Elsewhere
        // Secure follows the request, so that http://localhost keeps working in development and tests.
        var secure = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        builder.Services.Configure<CookiePolicyOptions>(o => o.Secure = secure);
    }

    /// <summary>
    /// The first middleware: the real client behind a known proxy, the security headers on every
    /// response, the cookie policy. The headers are written when the response starts, because
    /// the exception handler clears the headers before it shows the error page.
    /// </summary>
    public static void UseGehoordEdge(this WebApplication app, TrustedProxyOptions proxies, string contentSecurityPolicy)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (EdgeSettings.ForwardedHeadersFor(proxies) is { } forwarded)
        {
            app.UseForwardedHeaders(forwarded);
        }

        app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                var headers = response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = PermissionsPolicy;
                headers.ContentSecurityPolicy = contentSecurityPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseCookiePolicy();
    }
}
