using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gehoord.Web.Features.Administration;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>
/// The hosts of the edge tests (ADR 19): two lookups a minute per client, every request from a
/// peer address (<see cref="TestPeer"/>), and any page asked with <c>?fout=ja</c> failing as a
/// bug would, so that the exception handler's answer can be looked at.
/// </summary>
public abstract class EdgeFactory(string provider) : GehoordFactory(provider)
{
    protected override int TrackingLookupsPerMinute => 2;

    protected virtual string KnownProxies => string.Empty;

    protected virtual string KnownNetworks => string.Empty;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Gehoord:ForwardedHeaders:KnownProxies", KnownProxies);
        builder.UseSetting("Gehoord:ForwardedHeaders:KnownNetworks", KnownNetworks);
        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, TestPeer>();
            services.Configure<MvcOptions>(o => o.Filters.Add(new FailingPage()));
        });
    }

    private sealed class FailingPage : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            context.HttpContext.Request.Query.ContainsKey("fout") && !context.HttpContext.Request.Path.StartsWithSegments("/Error", StringComparison.OrdinalIgnoreCase)
                ? throw new InvalidOperationException("Test: this page fails.")
                : next();
    }
}

/// <summary>Production with its required settings (<see cref="GehoordFactory.ProductionAddress"/>), reached directly.</summary>
public abstract class EdgeProductionFactory(string provider) : EdgeFactory(provider)
{
    protected override string EnvironmentName => "Production";
}

/// <summary>Outside Production, with a configured base URL and the demo data, reached directly.</summary>
public abstract class EdgeDirectFactory(string provider) : EdgeFactory(provider)
{
    public const string ConfiguredAddress = "https://klachten.gemeente-voorbeeld.example";

    protected override string? BaseUrl => ConfiguredAddress;
}

/// <summary>Behind a reverse proxy: one known proxy address and one known network.</summary>
public abstract class EdgeProxiedFactory(string provider) : EdgeFactory(provider)
{
    public const string Proxy = "192.0.2.10";

    public const string ProxyInNetwork = "198.51.100.7";

    protected override string KnownProxies => Proxy;

    protected override string KnownNetworks => "198.51.100.0/24";
}

public sealed class EdgeProductionOnSqlite() : EdgeProductionFactory(PersistenceSetup.Sqlite);

public sealed class EdgeProductionOnPostgres() : EdgeProductionFactory(PersistenceSetup.Postgres);

public sealed class EdgeDirectOnSqlite() : EdgeDirectFactory(PersistenceSetup.Sqlite);

public sealed class EdgeDirectOnPostgres() : EdgeDirectFactory(PersistenceSetup.Postgres);

public sealed class EdgeProxiedOnSqlite() : EdgeProxiedFactory(PersistenceSetup.Sqlite);

public sealed class EdgeProxiedOnPostgres() : EdgeProxiedFactory(PersistenceSetup.Postgres);

/// <summary>
/// The findings of the security review of the public edge, each as it was found: links built
/// from a forged Host header, one rate limit for everyone behind a proxy, a status page whose
/// opening counted as a lookup, a 429 without Retry-After, and missing headers and Secure flags.
/// </summary>
/// (The class fixtures are declared on each provider's class: C# does not let one generic class
/// name three of them.)
public abstract class EdgeTests<TProduction, TDirect, TProxied>(TProduction production, TDirect direct, TProxied proxied)
    where TProduction : EdgeProductionFactory
    where TDirect : EdgeDirectFactory
    where TProxied : EdgeProxiedFactory
{
    private const string ForgedHost = "klachten-voorbeeld.example";

    private static readonly HtmlParser Parser = new();

    private static int _lastAddress;

    /// <summary>A client address no other test uses, so that no test spends another's lookups.</summary>
    private static string NewAddress(string network) => $"{network}.{Interlocked.Increment(ref _lastAddress)}";

    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    // --- Links come from the configured base URL, never from the Host header -----------------

    [Fact]
    public async Task In_Production_a_form_posted_with_a_forged_Host_header_is_refused_and_mails_nothing()
    {
        var organisation = await production.NewOrganisationAsync();
        var email = $"{Guid.NewGuid():N}@example.org";
        using var citizen = new Browser(production);
        var form = $"/{organisation.Slug}/klacht";
        var (page, document) = await citizen.GetAsync(form);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        citizen.Http.DefaultRequestHeaders.Host = ForgedHost;
        var (response, _) = await citizen.PostMultipartAsync(
            (IHtmlFormElement)document.QuerySelector("main form")!,
            form,
            [F("Input.Story", "De lantaarnpaal in onze straat is al weken kapot."), F("Input.Contact", "Email"), F("Input.Email", email)],
            []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var db = production.CreateDbContext(organisation.Id, out var scope);
        using var _ = scope;
        Assert.False(await db.OutboxMessages.IgnoreQueryFilters().AnyAsync(m => m.To == email));
    }

    [Fact]
    public async Task Every_mailed_link_starts_with_the_configured_address_whatever_the_Host_header_says()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        using var citizen = new Browser(direct);
        var (_, formPage) = await citizen.GetAsync("/klacht");
        citizen.Http.DefaultRequestHeaders.Host = ForgedHost;
        var (filed, _) = await citizen.PostMultipartAsync(
            (IHtmlFormElement)formPage.QuerySelector("main form")!,
            "/klacht",
            [F("Input.Story", "Mijn melding over de stoep is nooit beantwoord."), F("Input.Contact", "Email"), F("Input.Email", email)],
            []);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);

        var invited = $"{Guid.NewGuid():N}@test.example";
        using var admin = await direct.SignedInAsync(DemoSeeder.Accounts.First(a => a.Role == StaffRoles.Administrator));
        var (_, staffPage) = await admin.GetAsync("/Staff/Beheer/Medewerkers");
        admin.Http.DefaultRequestHeaders.Host = ForgedHost;
        var (invitation, _) = await admin.SubmitLikeBrowserAsync(staffPage, "/Staff/Beheer/Medewerkers", "#uitnodigen-form", "button.utrecht-button--primary-action", new Dictionary<string, string>
        {
            ["Invite.Name"] = "Ilse Uitgenodigd",
            ["Invite.Email"] = invited,
            ["Invite.Roles"] = StaffRoles.Handler,
        });
        Assert.Equal(HttpStatusCode.Redirect, invitation.StatusCode);

        using var db = direct.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var acknowledgement = await db.OutboxMessages.SingleAsync(m => m.To == email && m.Purpose == ComplaintIntake.AcknowledgementPurpose);
        var invitationMail = await db.OutboxMessages.SingleAsync(m => m.To == invited && m.Purpose == StaffAccounts.InvitationPurpose);
        Assert.Contains(EdgeDirectFactory.ConfiguredAddress + "/volgen?code=", acknowledgement.Body, StringComparison.Ordinal);
        Assert.Contains(EdgeDirectFactory.ConfiguredAddress + "/Account/Activeren?id=", invitationMail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgedHost, acknowledgement.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(ForgedHost, invitationMail.Body, StringComparison.Ordinal);
    }

    // --- Forwarded headers only from known proxies -------------------------------------------

    [Theory]
    [InlineData(EdgeProxiedFactory.Proxy)]
    [InlineData(EdgeProxiedFactory.ProxyInNetwork)]
    public async Task Behind_a_known_proxy_every_forwarded_client_has_a_limit_of_its_own(string proxy)
    {
        var first = NewAddress("203.0.113");
        var second = NewAddress("203.0.113");

        Assert.Equal(HttpStatusCode.OK, (await LookUpAsync(proxied, proxy, first)).Status);
        Assert.Equal(HttpStatusCode.OK, (await LookUpAsync(proxied, proxy, first)).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LookUpAsync(proxied, proxy, first)).Status);

        Assert.Equal(HttpStatusCode.OK, (await LookUpAsync(proxied, proxy, second)).Status);
    }

    /// <summary>
    /// From an address that is no known proxy, or on a host without proxies, every forwarded
    /// client is the peer itself: they share its limit.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Forwarded_for_is_ignored_unless_a_known_proxy_sends_it(bool proxiesConfigured)
    {
        GehoordFactory host = proxiesConfigured ? proxied : direct;
        var peer = NewAddress("192.0.2");

        Assert.Equal(HttpStatusCode.OK, (await LookUpAsync(host, peer, NewAddress("203.0.113"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await LookUpAsync(host, peer, NewAddress("203.0.113"))).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LookUpAsync(host, peer, NewAddress("203.0.113"))).Status);
    }

    [Fact]
    public async Task A_known_proxy_tells_the_scheme_and_a_stranger_does_not()
    {
        var fromProxy = await SendAsync(proxied, HttpMethod.Get, "/klacht", EdgeProxiedFactory.Proxy, ("X-Forwarded-Proto", "https"));
        var fromStranger = await SendAsync(proxied, HttpMethod.Get, "/klacht", NewAddress("192.0.2"), ("X-Forwarded-Proto", "https"));

        Assert.Contains("secure", Cookie(fromProxy, "gehoord.af"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", Cookie(fromStranger, "gehoord.af"), StringComparison.OrdinalIgnoreCase);
    }

    // --- Rate-limit answers --------------------------------------------------------------------

    [Fact]
    public async Task Opening_the_status_page_is_no_lookup_and_only_lookups_are_counted()
    {
        using var citizen = new Browser(direct);
        citizen.Http.DefaultRequestHeaders.Add(TestPeer.Header, NewAddress("192.0.2"));
        for (var i = 0; i < 5; i++)
        {
            var (opened, _) = await citizen.GetAsync("/volgen");
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        for (var i = 0; i < 2; i++)
        {
            var (looked, _) = await citizen.SubmitAsync("/volgen", new Dictionary<string, string> { ["Code"] = "AAAA-BBBB-CCCC" });
            Assert.Equal(HttpStatusCode.OK, looked.StatusCode);
        }

        var (refused, _) = await citizen.SubmitAsync("/volgen", new Dictionary<string, string> { ["Code"] = "AAAA-BBBB-CCCC" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Theory]
    [InlineData("/volgen", "nl", "Even wachten", "U hebt te vaak achter elkaar geprobeerd. Wacht een minuut en probeer het dan opnieuw.")]
    [InlineData("/en/track", "en", "Please wait", "You have tried too many times in a row. Wait a minute and then try again.")]
    public async Task Too_many_lookups_are_answered_with_Retry_After_and_plain_words_in_the_page_language(string path, string language, string heading, string explanation)
    {
        var peer = NewAddress("192.0.2");
        await LookUpAsync(direct, peer, path: path);
        await LookUpAsync(direct, peer, path: path);

        var (status, headers, page) = await LookUpAsync(direct, peer, path: path);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        var wait = Assert.Single(headers["Retry-After"]);
        Assert.InRange(int.Parse(wait, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(explanation, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    // --- Headers and cookies -------------------------------------------------------------------

    [Fact]
    public async Task Every_answer_in_Production_carries_the_security_headers_also_a_missing_page_an_error_and_a_refusal()
    {
        var peer = NewAddress("192.0.2");
        var answers = new List<(HttpStatusCode Status, Dictionary<string, string[]> Headers, IHtmlDocument Page)>
        {
            await SendAsync(production, HttpMethod.Get, "/", peer),
            await SendAsync(production, HttpMethod.Get, "/bestaat-niet", peer),
            await SendAsync(production, HttpMethod.Get, "/volgen?fout=ja", peer),
        };
        await LookUpAsync(production, peer);
        await LookUpAsync(production, peer);
        answers.Add(await LookUpAsync(production, peer));

        Assert.Equal(new[] { HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.InternalServerError, HttpStatusCode.TooManyRequests }, answers.Select(a => a.Status));
        Assert.Equal("Er ging iets mis", answers[2].Page.QuerySelector("h1")!.TextContent.Trim());
        foreach (var (status, headers, _) in answers)
        {
            var permissions = Assert.Single(headers["Permissions-Policy"]);
            foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()" })
            {
                Assert.Contains(feature, permissions, StringComparison.Ordinal);
            }

            Assert.StartsWith("max-age=", Assert.Single(headers["Strict-Transport-Security"]), StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", Assert.Single(headers["Content-Security-Policy"]), StringComparison.Ordinal);
            Assert.Equal("DENY", Assert.Single(headers["X-Frame-Options"]));
            Assert.Equal("nosniff", Assert.Single(headers["X-Content-Type-Options"]));
            Assert.Equal("same-origin", Assert.Single(headers["Referrer-Policy"]));
            Assert.False(headers.ContainsKey("Server"), $"{status}: {string.Join(", ", headers.Keys)}");
        }
    }

    [Fact]
    public async Task Production_cookies_are_Secure_even_when_the_proxy_in_front_speaks_http()
    {
        var organisation = await production.NewOrganisationAsync();
        var staff = await production.NewStaffAsync("Sanne Secure", organisation.Id, StaffRoles.Handler);
        var http = new UriBuilder(GehoordFactory.ProductionAddress) { Scheme = "http", Port = 80 }.Uri;
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = http, AllowAutoRedirect = false, HandleCookies = false });

        using var login = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        var antiforgery = Cookie(login, "gehoord.af");
        var token = (await Parser.ParseDocumentAsync(await login.Content.ReadAsStringAsync()))
            .QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent([F("__RequestVerificationToken", token), F("Input.Email", staff.Email), F("Input.Password", staff.Password)]),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        using var signedIn = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", Cookie(signedIn, "gehoord.auth"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Outside_Production_a_cookie_is_Secure_when_the_request_is()
    {
        var overHttp = await SendAsync(direct, HttpMethod.Get, "/klacht", NewAddress("192.0.2"));
        var overHttps = await SendAsync(direct, HttpMethod.Get, "/klacht", NewAddress("192.0.2"), baseAddress: new Uri("https://localhost/"));

        Assert.DoesNotContain("secure", Cookie(overHttp, "gehoord.af"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", Cookie(overHttps, "gehoord.af"), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A lookup by the link of the acknowledgement: the status page with a (wrong) code.</summary>
    private static Task<(HttpStatusCode Status, Dictionary<string, string[]> Headers, IHtmlDocument Page)> LookUpAsync(
        GehoordFactory factory, string peer, string? forwardedFor = null, string path = "/volgen") =>
        SendAsync(factory, HttpMethod.Get, path + "?code=AAAA-BBBB-CCCC", peer, forwardedFor is null ? default : ("X-Forwarded-For", forwardedFor));

    private static async Task<(HttpStatusCode Status, Dictionary<string, string[]> Headers, IHtmlDocument Page)> SendAsync(
        GehoordFactory factory, HttpMethod method, string path, string peer, (string Name, string Value) header = default, Uri? baseAddress = null)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = baseAddress ?? factory.Address, AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add(TestPeer.Header, peer);
        if (header.Name is not null)
        {
            request.Headers.Add(header.Name, header.Value);
        }

        using var response = await client.SendAsync(request);
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => h.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        return (response.StatusCode, headers, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    private static string Cookie((HttpStatusCode Status, Dictionary<string, string[]> Headers, IHtmlDocument Page) answer, string name) =>
        answer.Headers.GetValueOrDefault("Set-Cookie", []).Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    private static string Cookie(HttpResponseMessage response, string name) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));
}

public sealed class EdgeOnSqlite(EdgeProductionOnSqlite production, EdgeDirectOnSqlite direct, EdgeProxiedOnSqlite proxied)
    : EdgeTests<EdgeProductionOnSqlite, EdgeDirectOnSqlite, EdgeProxiedOnSqlite>(production, direct, proxied),
    IClassFixture<EdgeProductionOnSqlite>, IClassFixture<EdgeDirectOnSqlite>, IClassFixture<EdgeProxiedOnSqlite>;

public sealed class EdgeOnPostgres(EdgeProductionOnPostgres production, EdgeDirectOnPostgres direct, EdgeProxiedOnPostgres proxied)
    : EdgeTests<EdgeProductionOnPostgres, EdgeDirectOnPostgres, EdgeProxiedOnPostgres>(production, direct, proxied),
    IClassFixture<EdgeProductionOnPostgres>, IClassFixture<EdgeDirectOnPostgres>, IClassFixture<EdgeProxiedOnPostgres>;

/// <summary>Kestrel itself, for what the TestServer does not do: the Server header.</summary>
public sealed class EdgeKestrelFactory : GehoordFactory
{
    public EdgeKestrelFactory()
        : base(PersistenceSetup.Sqlite) => UseKestrel(0);

    protected override string EnvironmentName => "Production";

    /// <summary>Where Kestrel listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri KestrelAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseUrls("http://127.0.0.1:0");
    }
}

/// <summary>What Production needs before it starts, and Kestrel's own header.</summary>
public sealed class EdgeStartupTests(EdgeKestrelFactory kestrel) : IClassFixture<EdgeKestrelFactory>
{
    [Theory]
    [InlineData(null, null, "", "Gehoord:BaseUrl|AllowedHosts")]
    [InlineData("http://klachten.example", "klachten.example", "", "Gehoord:BaseUrl")]
    [InlineData("/klachten", "klachten.example", "", "Gehoord:BaseUrl")]
    [InlineData("https://klachten.example", null, "", "AllowedHosts")]
    [InlineData("https://klachten.example", "", "", "AllowedHosts")]
    [InlineData("https://klachten.example", "klachten.example;*", "", "AllowedHosts")]
    [InlineData("https://klachten.example", "klachten.example", "proxy.example", "KnownProxies")]
    public async Task Production_does_not_start_without_its_settings_and_says_which_one_is_missing(string? baseUrl, string? allowedHosts, string knownProxies, string named)
    {
        var factory = new MisconfiguredFactory(baseUrl, allowedHosts, knownProxies);
        await ((IAsyncLifetime)factory).InitializeAsync();
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => factory.Server).ToString();

            Assert.Contains("Gehoord does not start (Production)", error, StringComparison.Ordinal);
            foreach (var setting in new[] { "Gehoord:BaseUrl", "AllowedHosts", "KnownProxies" })
            {
                Assert.Equal(named.Split('|').Contains(setting), error.Contains(setting + " ", StringComparison.Ordinal));
            }
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
        }
    }

    [Fact]
    public async Task Kestrel_does_not_announce_itself()
    {
        using var client = new HttpClient { BaseAddress = kestrel.KestrelAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = GehoordFactory.ProductionAddress.Host;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Select(h => h.Key)));
        Assert.True(response.Headers.Contains("Permissions-Policy"));
    }

    private sealed class MisconfiguredFactory(string? baseUrl, string? allowedHosts, string knownProxies) : GehoordFactory(PersistenceSetup.Sqlite)
    {
        protected override string EnvironmentName => "Production";

        protected override string? BaseUrl => baseUrl;

        protected override string? AllowedHosts => allowedHosts;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Gehoord:ForwardedHeaders:KnownProxies", knownProxies);
        }
    }
}
