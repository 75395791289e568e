using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Gehoord.Web.Tests.Infrastructure;

/// <summary>Who "signs in" at the test provider, and what it says about them ("email_verified" only when not null).</summary>
public sealed record TestProviderUser(string Subject, string? Email, string Name = "Test Persoon", bool? EmailVerified = true, string? PreferredUsername = null);

/// <summary>
/// A real OpenID Connect provider for the single sign-on tests: OpenIddict on Kestrel at
/// 127.0.0.1 on a free port, authorization-code flow with PKCE, its store in an in-memory
/// SQLite database, ephemeral keys. The app under test fetches discovery, keys and tokens from
/// it over HTTP. Its authorize endpoint signs in <see cref="CurrentUser"/> without a page:
/// the test decides who the provider says the person is; null answers "access_denied".
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "gehoord-tests";

    private readonly WebApplication _app;
    private readonly SqliteConnection _connection;

    private TestIdentityProvider(WebApplication app, SqliteConnection connection, Uri authority, string clientSecret)
    {
        _app = app;
        _connection = connection;
        Authority = authority;
        ClientSecret = clientSecret;
    }

    /// <summary>The issuer, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Authority { get; }

    public string ClientSecret { get; }

    public TestProviderUser? CurrentUser { get; set; }

    /// <summary>Starts the provider with one confidential client that may return to <paramref name="redirectUri"/>.</summary>
    public static async Task<TestIdentityProvider> StartAsync(Uri redirectUri)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ApplicationName = typeof(TestIdentityProvider).Assembly.GetName().Name });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddDbContext<TestProviderDb>(o =>
        {
            o.UseSqlite(connection);
            o.UseOpenIddict();
        });
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<TestProviderDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.Email, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    // Plain HTTP on the loopback address, for tests only.
                    .DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        var clientSecret = "test-" + Guid.NewGuid().ToString("N");
        TestIdentityProvider? provider = null;
        app.UseAuthentication();
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) => provider!.Authorize(context));
        app.MapPost("/connect/token", (Func<HttpContext, Task<IResult>>)Exchange);

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestProviderDb>().Database.EnsureCreatedAsync();
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = ClientId,
                ClientSecret = clientSecret,
                ClientType = ClientTypes.Confidential,
                ConsentType = ConsentTypes.Implicit,
                DisplayName = "Gehoord (tests)",
                RedirectUris = { redirectUri },
                Permissions =
                {
                    Permissions.Endpoints.Authorization,
                    Permissions.Endpoints.Token,
                    Permissions.GrantTypes.AuthorizationCode,
                    Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Email,
                    Permissions.Scopes.Profile,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            });
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        provider = new TestIdentityProvider(app, connection, new Uri(address.TrimEnd('/') + "/"), clientSecret);
        return provider;
    }

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (CurrentUser is not { } user)
        {
            return Results.Forbid(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person cancelled the sign-in.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(Claims.Subject, user.Subject);
        identity.AddClaim(Claims.Name, user.Name);
        if (user.Email is not null)
        {
            identity.AddClaim(Claims.Email, user.Email);
        }

        if (user.EmailVerified is { } verified)
        {
            identity.AddClaim(Claims.EmailVerified, verified);
        }

        if (user.PreferredUsername is not null)
        {
            identity.AddClaim(Claims.PreferredUsername, user.PreferredUsername);
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(static _ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Redeems an authorization code: the principal it was issued for gets its tokens.</summary>
    private static async Task<IResult> Exchange(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType())
        {
            return Results.BadRequest();
        }

        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var principal = result.Principal ?? throw new InvalidOperationException("The authorization code carried no principal.");
        principal.SetDestinations(static _ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

/// <summary>OpenIddict's applications, authorizations, scopes and tokens, in memory.</summary>
public sealed class TestProviderDb(DbContextOptions<TestProviderDb> options) : DbContext(options);
