using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Hosting;

namespace Gehoord.Web.Tests.Infrastructure;

/// <summary>
/// The app with single sign-on switched on, against its own <see cref="TestIdentityProvider"/>.
/// Browsers of these tests use <see cref="AppAddress"/> (https), because the sign-in's
/// correlation and nonce cookies are Secure.
/// </summary>
public abstract class OidcFactory(string provider) : GehoordFactory(provider)
{
    public static Uri AppAddress { get; } = new("https://localhost/");

    public const string ButtonText = "Inloggen met Testprovider";

    private TestIdentityProvider? _identityProvider;

    public TestIdentityProvider IdentityProvider => _identityProvider ?? throw new InvalidOperationException("The test identity provider has not started.");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _identityProvider = await TestIdentityProvider.StartAsync(new Uri(AppAddress, "signin-oidc"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Gehoord:Oidc:Authority", IdentityProvider.Authority.ToString());
        builder.UseSetting("Gehoord:Oidc:ClientId", TestIdentityProvider.ClientId);
        builder.UseSetting("Gehoord:Oidc:ClientSecret", IdentityProvider.ClientSecret);
        builder.UseSetting("Gehoord:Oidc:DisplayName", ButtonText);
        builder.UseSetting("Gehoord:Oidc:RequireHttpsMetadata", "false");
    }

    protected override async Task DisposeResourcesAsync()
    {
        if (_identityProvider is not null)
        {
            await _identityProvider.DisposeAsync();
        }
    }
}

public sealed class OidcSqliteFactory() : OidcFactory(PersistenceSetup.Sqlite);

public sealed class OidcPostgresFactory() : OidcFactory(PersistenceSetup.Postgres);
