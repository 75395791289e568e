using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.BrowserTests.Infrastructure;

/// <summary>
/// The whole app on Kestrel on a free loopback port, so that a real browser can reach it: SQLite
/// in a temp file, demo data seeded, mail written as .eml files to a temp folder.
/// </summary>
public sealed class GehoordServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gehoord-browser-tests", Guid.NewGuid().ToString("N"));

    public GehoordServer()
    {
        Directory.CreateDirectory(_folder);
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)));
    }

    /// <summary>Where the browser finds the app, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; }

    public string MailDirectory => Path.Combine(_folder, "mail");

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>The complaint of the demo organisation with this tracking code, as stored.</summary>
    public async Task<Complaint> FindComplaintAsync(string trackingCode)
    {
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<HttpOrganisationScope>().Use(DemoSeeder.OrganisationId);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var code = TrackingCode.Normalise(trackingCode);
        return await db.Complaints.AsNoTracking().WithEverything().SingleAsync(c => c.TrackingCode == code);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("Gehoord:Database:Provider", "Sqlite");
        builder.UseSetting("Gehoord:Database:ConnectionString", $"Data Source={Path.Combine(_folder, "gehoord.db")};Pooling=False");
        builder.UseSetting("Gehoord:SeedDemoData", "true");
        builder.UseSetting("Gehoord:Mail:PickupDirectory", MailDirectory);
        builder.UseSetting("Gehoord:TrackingLookupsPerMinute", "10000");
        builder.UseSetting("Gehoord:Mail:DispatchIntervalSeconds", "3600");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
