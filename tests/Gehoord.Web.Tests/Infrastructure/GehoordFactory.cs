using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Gehoord.Web.Tests.Infrastructure;

/// <summary>
/// Hosts the whole app over HTTP against a fresh database of one provider. Each factory gets
/// its own database, so test classes cannot see each other's data.
/// </summary>
public abstract class GehoordFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    protected GehoordFactory(string provider)
    {
        Provider = provider;
    }

    public string Provider { get; }

    public string ConnectionString { get; protected set; } = string.Empty;

    /// <summary>Where this host writes e-mails (.eml) instead of sending them.</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "gehoord-tests", "mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>The exceptions this host logged (see <see cref="CapturedErrors"/>).</summary>
    public CapturedErrors Errors { get; } = new();

    /// <summary>The ASP.NET Core environment; tests of the Production behaviour override it.</summary>
    protected virtual string EnvironmentName => "Testing";

    protected virtual bool SeedDemoData => true;

    /// <summary>False for a host that shares another host's database: the owner drops it.</summary>
    protected virtual bool OwnsDatabase => true;

    /// <summary>Status-page lookups per minute; high by default so tests do not trip over it.</summary>
    protected virtual int TrackingLookupsPerMinute => 10_000;

    /// <summary>The public address of a Production host in tests: its Gehoord:BaseUrl and its one allowed host.</summary>
    public static Uri ProductionAddress { get; } = new("https://klachten.example/");

    private bool Production => EnvironmentName == "Production";

    /// <summary>Where this host's browsers go: a Production host answers only at its own https address.</summary>
    public Uri Address => Production ? ProductionAddress : new WebApplicationFactoryClientOptions().BaseAddress;

    /// <summary>Gehoord:BaseUrl; Production does not start without it. Null: not set.</summary>
    protected virtual string? BaseUrl => Production ? ProductionAddress.ToString() : null;

    /// <summary>AllowedHosts; Production does not start with '*'. Null: appsettings.json's '*'.</summary>
    protected virtual string? AllowedHosts => Production ? ProductionAddress.Host : null;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabases.CreateAsync(Provider);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (OwnsDatabase)
        {
            await TestDatabases.DropAsync(Provider, ConnectionString);
        }

        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }

        await DisposeResourcesAsync();
    }

    /// <summary>Stops what a subclass started beside the app (a test identity provider).</summary>
    protected virtual Task DisposeResourcesAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Gehoord:Database:Provider", Provider);
        builder.UseSetting("Gehoord:Database:ConnectionString", ConnectionString);
        builder.UseSetting("Gehoord:SeedDemoData", SeedDemoData ? "true" : "false");
        builder.UseSetting("Gehoord:Mail:PickupDirectory", MailDirectory);
        builder.UseSetting("Gehoord:TrackingLookupsPerMinute", TrackingLookupsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Tests run a dispatch round themselves when they need one.
        builder.UseSetting("Gehoord:Mail:DispatchIntervalSeconds", "3600");
        builder.UseSetting("Gehoord:Reminders:IntervalMinutes", "0");
        if (BaseUrl is not null)
        {
            builder.UseSetting("Gehoord:BaseUrl", BaseUrl);
        }

        if (AllowedHosts is not null)
        {
            builder.UseSetting("AllowedHosts", AllowedHosts);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
        }));
    }

    /// <summary>A DbContext scoped to one organisation, as a request of its staff would get.</summary>
    public GehoordDbContext CreateDbContext(Guid organisationId, out IServiceScope scope)
    {
        scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<HttpOrganisationScope>().Use(organisationId);
        return scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
    }
}

public sealed class SqliteFactory() : GehoordFactory(PersistenceSetup.Sqlite);

public sealed class PostgresFactory() : GehoordFactory(PersistenceSetup.Postgres);

/// <summary>
/// A second instance of the app on the database of <paramref name="first"/>, as a second server
/// behind one PostgreSQL would be: it neither creates, seeds nor drops the database.
/// </summary>
public sealed class SecondHost(GehoordFactory first) : GehoordFactory(first.Provider)
{
    protected override bool SeedDemoData => false;

    protected override bool OwnsDatabase => false;

    public override Task InitializeAsync()
    {
        ConnectionString = first.ConnectionString;
        return Task.CompletedTask;
    }
}

/// <summary>Creates and removes a throwaway database per test host.</summary>
public static class TestDatabases
{
    /// <summary>Set by ./test.sh, which starts a throwaway PostgreSQL server.</summary>
    public const string PostgresVariable = "GEHOORD_TEST_POSTGRES";

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: run ./test.sh, which starts one, or set {PostgresVariable} to an Npgsql connection string.");

    public static async Task<string> CreateAsync(string provider)
    {
        var name = "gehoord_test_" + Guid.NewGuid().ToString("N")[..16];
        if (provider == PersistenceSetup.Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "gehoord-tests");
            Directory.CreateDirectory(directory);
            return $"Data Source={Path.Combine(directory, name + ".db")};Pooling=False";
        }

        var server = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
    }

    public static async Task DropAsync(string provider, string connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return;
        }

        if (provider == PersistenceSetup.Sqlite)
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return;
        }

        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        var server = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
