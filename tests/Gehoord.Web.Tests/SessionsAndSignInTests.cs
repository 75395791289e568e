using System.Net;
using Gehoord.Web.Features.Account;
using Microsoft.AspNetCore.Builder;
using Gehoord.Web.Identity;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>
/// Sessions end on the server, and sign-in protects against guessing without telling which
/// accounts exist or letting anyone lock a person out (issue "Trust", part 1).
/// </summary>
public abstract class SessionsAndSignInTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private const string ClientHeader = "X-Test-Client";
    private const string WrongPasswordMessage = "Het e-mailadres of het wachtwoord klopt niet";

    [Fact]
    public async Task A_copied_session_cookie_stops_working_when_its_owner_signs_out()
    {
        var account = await factory.NewStaffAsync("Sam Sessie", null, StaffRoles.Handler);
        using var browser = new Browser(factory);
        var signIn = await browser.SignInAsync(account.Email, account.Password);
        using var copy = WithCookieOf(signIn);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(new Uri("/Staff", UriKind.Relative))).StatusCode);

        var (_, start) = await browser.GetAsync("/Staff");
        await browser.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)start.QuerySelector("form[action='/Account/Logout']")!, "/Staff", new Dictionary<string, string>());

        var after = await copy.GetAsync(new Uri("/Staff", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var twoStep = await copy.GetAsync(new Uri("/Account/Manage/TwoFactor", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, twoStep.StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var (account, here, elsewhere) = await TwoSessionsAsync("Pim Wachtwoord");
        using var _ = here;
        using var __ = elsewhere;

        var (_, security) = await here.GetAsync("/Account/Manage/TwoFactor");
        Assert.Equal("/Account/Manage/Password", security.QuerySelector("#wachtwoord-wijzigen")!.GetAttribute("href"));
        var wrong = await here.SubmitAsync("/Account/Manage/Password", new Dictionary<string, string>
        {
            ["Input.Current"] = "niet-mijn-wachtwoord",
            ["Input.New"] = "Een-nieuw-wachtwoord-2026",
            ["Input.Repeat"] = "Een-nieuw-wachtwoord-2026",
        });
        Assert.Equal(HttpStatusCode.OK, wrong.Response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(wrong.Document.QuerySelector("#Input_Current-error")?.TextContent));

        var (changed, _) = await here.SubmitAsync("/Account/Manage/Password", new Dictionary<string, string>
        {
            ["Input.Current"] = account.Password,
            ["Input.New"] = "Een-nieuw-wachtwoord-2026",
            ["Input.Repeat"] = "Een-nieuw-wachtwoord-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/Staff")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/Staff")).Response.StatusCode);
        using var again = new Browser(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(account.Email, "Een-nieuw-wachtwoord-2026")).StatusCode);
    }

    [Fact]
    public async Task Switching_two_step_sign_in_on_ends_the_other_sessions()
    {
        var (_, here, elsewhere) = await TwoSessionsAsync("Tess Tweestaps");
        using var _ = here;
        using var __ = elsewhere;

        var (_, setup) = await here.GetAsync("/Account/Manage/TwoFactor");
        var key = setup.QuerySelector("#sleutel")!.TextContent;
        var (enabled, _) = await here.SubmitAsync("/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/Staff")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/Staff")).Response.StatusCode);
    }

    [Fact]
    public async Task A_known_and_an_unknown_address_get_the_same_answers_and_the_same_password_check()
    {
        var hasher = new CountingHasher();
        await using var host = Host(services => services.AddSingleton<IPasswordHasher<StaffUser>>(hasher));
        var account = await factory.NewStaffAsync("Kim Bekend", null, StaffRoles.Handler);
        var unknown = $"niemand-{Guid.NewGuid():N}@voorbeeld.nl";

        var known = new List<(HttpStatusCode, string)>();
        var stranger = new List<(HttpStatusCode, string)>();
        for (var attempt = 0; attempt < 7; attempt++)
        {
            var before = hasher.Verifications;
            known.Add(await TryAsync(host, "10.0.1.1", account.Email, "fout-" + attempt));
            var forKnown = hasher.Verifications - before;
            before = hasher.Verifications;
            stranger.Add(await TryAsync(host, "10.0.1.2", unknown, "fout-" + attempt));
            var forUnknown = hasher.Verifications - before;

            // The cost that made an unknown address answer in 3 ms and a known one in 80 ms or
            // more: a password hash, now checked for both, and for neither once they wait.
            Assert.Equal(forKnown, forUnknown);
            Assert.Equal(attempt < SignInThrottleRules.Allowed ? 1 : 0, forKnown);
        }

        Assert.Equal(known, stranger);
        Assert.All(known.Take(5), answer =>
        {
            Assert.Equal(HttpStatusCode.OK, answer.Item1);
            Assert.Contains(WrongPasswordMessage, answer.Item2, StringComparison.Ordinal);
        });
        Assert.All(known.Skip(5), answer => Assert.Equal(HttpStatusCode.TooManyRequests, answer.Item1));
        Assert.Contains("te vaak geprobeerd in te loggen met dit e-mailadres", known[5].Item2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guessing_an_address_cannot_lock_its_owner_out_on_a_device_they_used_and_the_owner_hears_of_it_once()
    {
        await using var host = Host();
        var account = await factory.NewStaffAsync("Olga Eigenaar", null, StaffRoles.Handler);

        // The owner signed in on this browser yesterday: it holds the known-device cookie.
        using var owners = Client(host, "10.0.2.1");
        Assert.Equal(HttpStatusCode.Redirect, (await owners.SignInAsync(account.Email, account.Password)).StatusCode);
        await owners.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)(await owners.GetAsync("/Staff")).Document.QuerySelector("form[action='/Account/Logout']")!, "/Staff", new Dictionary<string, string>());

        for (var attempt = 0; attempt < 9; attempt++)
        {
            await TryAsync(host, "10.0.2." + (10 + attempt), account.Email, "raden-" + attempt);
        }

        // Elsewhere the right password waits too: the answer does not tell it was right.
        var (status, message) = await TryAsync(host, "10.0.2.50", account.Email, account.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Contains("Probeer het over", message, StringComparison.Ordinal);

        // The owner's own browser goes in as usual.
        var owner = await owners.SignInAsync(account.Email, account.Password);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Equal("/Staff", owner.Headers.Location!.OriginalString);

        using var db = factory.CreateDbContext(Guid.Empty, out var scope);
        using var _ = scope;
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.To == account.Email && m.Purpose == SignInGuard.WarningPurpose));
    }

    [Fact]
    public async Task A_refusal_says_how_long_to_wait_in_plain_Dutch_with_Retry_After()
    {
        await using var host = Host();
        var address = $"wachten-{Guid.NewGuid():N}@voorbeeld.nl";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await TryAsync(host, "10.0.3.1", address, "fout");
        }

        using var browser = Client(host, "10.0.3.1");
        var (response, page) = await browser.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = address, ["Input.Password"] = "fout" });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(seconds, 1, 15 * 60);
        Assert.Contains("Probeer het over 15 minuten opnieuw", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(address, page.QuerySelector("#Input_Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Fifty_attempts_sent_at_once_for_one_address_get_five_password_checks_at_most()
    {
        await using var host = Host();
        var account = await factory.NewStaffAsync("Rik Tegelijk", null, StaffRoles.Handler);

        // Each request has its page and token first, so all fifty posts reach the check together.
        var clients = Enumerable.Range(0, 50).Select(i => Client(host, "10.0.4." + (i + 1))).ToList();
        var forms = await Task.WhenAll(clients.Select(c => c.GetAsync("/Account/Login")));
        var answers = await Task.WhenAll(clients.Select((c, i) => c.SubmitAsync(
            (AngleSharp.Html.Dom.IHtmlFormElement)forms[i].Document.QuerySelector("form:not([action*='SingleSignOn'])")!,
            "/Account/Login",
            new Dictionary<string, string> { ["Input.Email"] = account.Email, ["Input.Password"] = "gok-" + i })));
        clients.ForEach(c => c.Dispose());

        Assert.All(answers, a => Assert.Contains(a.Response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        // Counted in the database itself, so no more than five go through; one that reads the
        // count just after a sixth was added may wait a little early, which is the safe side.
        Assert.InRange(answers.Count(a => a.Response.StatusCode == HttpStatusCode.OK), 1, SignInThrottleRules.Allowed);
    }

    [Fact]
    public async Task One_client_trying_many_addresses_waits_after_twenty()
    {
        await using var host = Host();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var (status, _) = await TryAsync(host, "10.0.5.1", $"adres-{attempt}-{Guid.NewGuid():N}@voorbeeld.nl", "fout");
            Assert.Equal(HttpStatusCode.OK, status);
        }

        var (refused, message) = await TryAsync(host, "10.0.5.1", $"nog-een-{Guid.NewGuid():N}@voorbeeld.nl", "fout");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused);
        Assert.Contains("vanaf deze computer te vaak geprobeerd", message, StringComparison.Ordinal);

        // Another client is not held back by it.
        Assert.Equal(HttpStatusCode.OK, (await TryAsync(host, "10.0.5.2", $"ander-{Guid.NewGuid():N}@voorbeeld.nl", "fout")).Item1);
    }

    /// <summary>A new account, signed in on two browsers.</summary>
    private async Task<(Features.Demo.DemoAccount Account, Browser Here, Browser Elsewhere)> TwoSessionsAsync(string name)
    {
        var account = await factory.NewStaffAsync(name, null, StaffRoles.Handler);
        var here = new Browser(factory);
        await here.SignInAsync(account.Email, account.Password);
        var elsewhere = new Browser(factory);
        await elsewhere.SignInAsync(account.Email, account.Password);
        return (account, here, elsewhere);
    }

    /// <summary>One more host on the same database, where a test header sets the client's address.</summary>
    private WebApplicationFactory<Program> Host(Action<IServiceCollection>? services = null) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
            services?.Invoke(s);
        }));

    private static Browser Client(WebApplicationFactory<Program> host, string address)
    {
        var browser = new Browser(host);
        browser.Http.DefaultRequestHeaders.Add(ClientHeader, address);
        return browser;
    }

    private static async Task<(HttpStatusCode Status, string Message)> TryAsync(WebApplicationFactory<Program> host, string client, string email, string password)
    {
        using var browser = Client(host, client);
        var (response, page) = await browser.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        return (response.StatusCode, page.QuerySelector("[role=alert]")?.TextContent.Trim() ?? string.Empty);
    }

    /// <summary>A second client that sends the first one's sign-in cookie, as someone who copied it would.</summary>
    private HttpClient WithCookieOf(HttpResponseMessage signIn)
    {
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("gehoord.auth=", StringComparison.Ordinal)).Split(';')[0];
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static class SignInThrottleRules
    {
        public const int Allowed = Gehoord.Domain.Access.SignInThrottle.AddressAttemptsAllowed;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, go) =>
            {
                if (context.Request.Headers.TryGetValue(ClientHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return go(context);
            });
            next(app);
        };
    }

    /// <summary>Identity's hasher, counting how often a password is checked against a hash.</summary>
    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(StaffUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

public sealed class SessionsAndSignInOnSqlite(SqliteFactory factory) : SessionsAndSignInTests<SqliteFactory>(factory);

public sealed class SessionsAndSignInOnPostgres(PostgresFactory factory) : SessionsAndSignInTests<PostgresFactory>(factory);
