using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Benchmarks;

/// <summary>
/// The inbox and every role's start page over HTTP at a million complaints: the whole app in
/// process (WebApplicationFactory), the demo accounts signed in through the login form, and the
/// p50 and p95 of repeated GET requests. The data is generated once into the demo organisation
/// (<see cref="HttpData"/>) and reused by later runs.
/// </summary>
public static partial class HttpBenchmark
{
    public static async Task RunAsync(string provider, string connectionString, int complaints, int repeats)
    {
        await using var app = new BenchmarkHost(provider, connectionString);
        using (var warmup = app.CreateClient())
        {
            // Starting the host migrates, makes SQLite's search index and seeds the demo.
            await warmup.GetAsync(new Uri("/", UriKind.Relative));
        }

        var facts = await HttpData.EnsureAsync(app.Services, provider, complaints);

        async Task<string> IdOf(string role) => await UserIdAsync(app.Services, DemoSeeder.Accounts.First(a => a.Role == role).Email);
        await QueryPlans.PrintAsync(
            app.Services, provider, facts.UnitId, await IdOf(StaffRoles.Coordinator), await IdOf(StaffRoles.Handler), await IdOf(StaffRoles.Manager));
        var coordinator = await SignInAsync(app, StaffRoles.Coordinator);
        var cursor = await DeepCursorAsync(coordinator, pages: 40);
        var cases = new List<(string Name, HttpClient Client, string Url)>
        {
            ("Inbox, first page (open)", coordinator, "/Staff/Inbox"),
            ("Inbox, page 41 by cursor", coordinator, cursor),
            ("Inbox, overdue only", coordinator, "/Staff/Inbox?verlopen=true"),
            ("Inbox, unassigned", coordinator, "/Staff/Inbox?niettoegewezen=true"),
            ("Inbox, one unit", coordinator, $"/Staff/Inbox?afdeling={facts.UnitId}"),
            ("Inbox, one phase (Exploring)", coordinator, "/Staff/Inbox?status=Exploring"),
            ("Inbox, one channel (Phone)", coordinator, "/Staff/Inbox?kanaal=Phone"),
            ("Inbox, all incl. closed", coordinator, "/Staff/Inbox?status=alle"),
            ("Inbox, by handling deadline", coordinator, "/Staff/Inbox?volgorde=afhandeltermijn"),
            ("Inbox, newest first", coordinator, "/Staff/Inbox?volgorde=nieuwste"),
            ("Inbox, oldest first", coordinator, "/Staff/Inbox?volgorde=oudste"),
            ("Inbox, search one word", coordinator, $"/Staff/Inbox?zoek={HttpData.RareWord}"),
            ("Inbox, search two common words", coordinator, "/Staff/Inbox?zoek=balie+wachttijd"),
            ("Inbox, search a reference", coordinator, $"/Staff/Inbox?zoek={facts.Reference}"),
            ("Start page, coordinator", coordinator, "/Staff"),
        };
        foreach (var role in new[] { StaffRoles.Employee, StaffRoles.Handler, StaffRoles.Manager, StaffRoles.Committee })
        {
            var client = await SignInAsync(app, role);
            cases.Add(($"Start page, {role.ToLowerInvariant()}", client, "/Staff"));
            if (role == StaffRoles.Handler)
            {
                cases.Add(("Inbox, mine (handler)", client, "/Staff/Inbox?mijn=true"));
            }
        }

        // GEHOORD_BENCH_ONLY=text[,text] measures only the requests whose name holds one of them (to study a few).
        if (Environment.GetEnvironmentVariable("GEHOORD_BENCH_ONLY") is { Length: > 0 } only)
        {
            var parts = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            cases = cases.Where(c => parts.Any(p => c.Name.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();
        }

        Console.WriteLine();
        Console.WriteLine($"{provider}, {facts.Total:N0} complaints in the organisation, {repeats} requests each after 3 warm-ups:");
        Console.WriteLine();
        Console.WriteLine("| Request | Provider | p50 (ms) | p95 (ms) | max (ms) |");
        Console.WriteLine("|---|---|---:|---:|---:|");
        foreach (var (name, client, url) in cases)
        {
            var times = new List<double>(repeats);
            for (var i = 0; i < repeats + 3; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                await response.Content.ReadAsStringAsync();
                watch.Stop();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{name}: {(int)response.StatusCode} for {url}");
                }

                if (i >= 3)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {provider} | {Percentile(times, 0.50):F1} | {Percentile(times, 0.95):F1} | {times[^1]:F1} |"));
        }
    }

    private static async Task<string> UserIdAsync(IServiceProvider services, string email)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
        return (await users.FindByEmailAsync(email))?.Id ?? throw new InvalidOperationException($"No demo account {email}.");
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Follows "Volgende pagina" like a user would and returns the address of the last page reached.</summary>
    private static async Task<string> DeepCursorAsync(HttpClient client, int pages)
    {
        var url = "/Staff/Inbox";
        for (var i = 0; i < pages; i++)
        {
            var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
            var next = NextLink().Match(html);
            if (!next.Success)
            {
                break;
            }

            url = WebUtility.HtmlDecode(next.Groups[1].Value);
        }

        return url;
    }

    private static async Task<HttpClient> SignInAsync(BenchmarkHost app, string role)
    {
        var account = DemoSeeder.Accounts.First(a => a.Role == role);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        var token = Token().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = account.Email,
            ["Input.Password"] = account.Password,
            ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {role} gave {(int)response.StatusCode}.");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("rel=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex NextLink();

    private static string RepositoryRoot()
    {
        // From the build output, or (for a copy of it run elsewhere) from the working directory.
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        if (!File.Exists(Path.Combine(directory.FullName, "..", "..", "..", "..", "..", "Gehoord.slnx")))
        {
            directory = new DirectoryInfo(Directory.GetCurrentDirectory());
        }

        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gehoord.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }

    /// <summary>The app as production runs it, on the benchmark database, with the demo accounts.</summary>
    private sealed class BenchmarkHost(string provider, string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseContentRoot(Path.Combine(RepositoryRoot(), "src", "Gehoord.Web"));
            builder.UseSetting("Gehoord:Database:Provider", provider);
            builder.UseSetting("Gehoord:Database:ConnectionString", connectionString);
            builder.UseSetting("Gehoord:SeedDemoData", "true");
            builder.UseSetting("Gehoord:Mail:PickupDirectory", Path.Combine(Path.GetTempPath(), "gehoord-bench", "mail"));
            builder.UseSetting("Gehoord:Mail:DispatchIntervalSeconds", "3600");
            // No reminder round in the middle of a measurement.
            builder.UseSetting("Gehoord:Reminders:IntervalMinutes", "0");
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                // GEHOORD_BENCH_SQL=1 prints every command with its time, to find the slow one of a page.
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] =
                    Environment.GetEnvironmentVariable("GEHOORD_BENCH_SQL") == "1" ? "Information" : "Warning",
            }));
        }
    }
}
