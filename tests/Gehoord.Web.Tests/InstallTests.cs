using System.Diagnostics;
using System.Net;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>Production, an empty database, no demo: what README's "Install for an organisation" says.</summary>
public abstract class InstallFactory(string provider) : GehoordFactory(provider)
{
    protected override string EnvironmentName => "Production";

    protected override bool SeedDemoData => false;
}

public sealed class SqliteInstallFactory() : InstallFactory(PersistenceSetup.Sqlite);

public sealed class PostgresInstallFactory() : InstallFactory(PersistenceSetup.Postgres);

/// <summary>
/// README's install section, followed as an administrator would: the <c>setup</c> command (run
/// as its own process, as on a server), the one-time link, a unit and a handler, the handler
/// signed in, and a complaint from the organisation's public form in the handler's inbox.
/// </summary>
public abstract class InstallTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : InstallFactory
{
    private const string Password = "Zuiderdorp-Beheer-2027";

    [Fact]
    public async Task The_install_section_brings_a_new_organisation_into_service_from_an_empty_database()
    {
        // 1. The set-up command, twice: the second run is refused and changes nothing.
        var (code, output, error) = await SetupAsync("--organisation", "Gemeente Zuiderdorp", "--profile", "NL-Awb", "--admin", "beheer@zuiderdorp.nl");
        Assert.True(code == 0, output + error);
        var link = new Uri(output.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/Account/Activeren?", StringComparison.Ordinal))).PathAndQuery;
        var (again, _, refusal) = await SetupAsync("--organisation", "Gemeente Zuiderdorp", "--profile", "NL-Awb", "--admin", "ander@zuiderdorp.nl");
        Assert.Equal(2, again);
        Assert.Contains("Er is al een organisatie", refusal, StringComparison.Ordinal);

        // 2. The administrator follows the link, sets a password and is signed in.
        using var admin = new Browser(factory);
        var (_, activate) = await admin.GetAsync(link);
        var (activated, _) = await admin.SubmitLikeBrowserAsync(activate, link, "main form", "button", new Dictionary<string, string> { ["Input.Password"] = Password, ["Input.Repeat"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal("/Account/Manage/TwoFactor", activated.Headers.Location!.OriginalString);

        // A new organisation asks two-step sign-in of its administrators: nothing else opens first.
        var (notYet, _) = await admin.GetAsync("/Staff/Beheer");
        Assert.Equal("/Account/Manage/TwoFactor?verplicht=1", notYet.Headers.Location!.OriginalString);
        var (_, twoStep) = await admin.GetAsync("/Account/Manage/TwoFactor");
        var (twoStepOn, _) = await admin.SubmitAsync("/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(twoStep.QuerySelector("#sleutel")!.TextContent, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, twoStepOn.StatusCode);
        var (beheer, _) = await admin.GetAsync("/Staff/Beheer");
        Assert.Equal(HttpStatusCode.OK, beheer.StatusCode);
        var (installation, _) = await admin.GetAsync("/Staff/Installatie");
        Assert.Equal(HttpStatusCode.OK, installation.StatusCode);

        // 3. A unit and a handler.
        var (_, units) = await admin.GetAsync("/Staff/Beheer/Afdelingen");
        var (unitMade, _) = await admin.SubmitLikeBrowserAsync(units, "/Staff/Beheer/Afdelingen", "#afdeling-toevoegen", "button", new Dictionary<string, string> { ["Input.Name"] = "Burgerzaken" });
        Assert.Equal(HttpStatusCode.Redirect, unitMade.StatusCode);
        var (_, staff) = await admin.GetAsync("/Staff/Beheer/Medewerkers");
        var (invited, _) = await admin.SubmitLikeBrowserAsync(staff, "/Staff/Beheer/Medewerkers", "#uitnodigen-form", "button.utrecht-button--primary-action", new Dictionary<string, string>
        {
            ["Invite.Name"] = "Hans Behandelaar",
            ["Invite.Email"] = "h.behandelaar@zuiderdorp.nl",
            ["Invite.Roles"] = StaffRoles.Handler,
        });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        // 4. The handler's link comes by e-mail; the handler sets a password and is signed in.
        var handlerLink = await factory.InvitationLinkAsync("h.behandelaar@zuiderdorp.nl");

        using var handler = new Browser(factory);
        var (_, handlerActivate) = await handler.GetAsync(handlerLink);
        var (handlerActivated, _) = await handler.SubmitLikeBrowserAsync(handlerActivate, handlerLink, "main form", "button", new Dictionary<string, string> { ["Input.Password"] = Password + "-h", ["Input.Repeat"] = Password + "-h" });
        Assert.Equal(HttpStatusCode.Redirect, handlerActivated.StatusCode);

        // 5. A citizen complains on the organisation's own public form.
        using var citizen = new Browser(factory);
        var (form, formPage) = await citizen.GetAsync("/gemeente-zuiderdorp/klacht");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Burgerzaken", formPage.QuerySelector("#Input_UnitId")!.TextContent, StringComparison.Ordinal);
        var (filed, _) = await citizen.SubmitWithFilesAsync("/gemeente-zuiderdorp/klacht", [new("Input.Story", "De stoep voor ons huis ligt al maanden open."), new("Input.Contact", "Email"), new("Input.Email", "bewoner@example.org")], []);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);

        // 6. It is in the handler's inbox, with the Awb's six weeks.
        var (inbox, inboxPage) = await handler.GetAsync("/Staff/Inbox");
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        var row = inboxPage.QuerySelectorAll("main table tbody tr").Single();
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
            var complaint = await db.Complaints.IgnoreQueryFilters().Include(c => c.Deadlines).SingleAsync();
            Assert.Contains(complaint.Reference.ToString(), row.TextContent, StringComparison.Ordinal);
            Assert.Equal(JurisdictionProfile.NlAwb.HandlingDeadline(complaint.ReceivedOn, false).DueOn, complaint.Deadlines.Single(d => d.Kind == Gehoord.Domain.Deadlines.DeadlineKind.Handling).DueOn);
        }
    }

    [Fact]
    public async Task The_setup_command_explains_what_it_needs()
    {
        var (code, _, error) = await SetupAsync("--profile", "NL-Awb");
        var (badProfile, _, profileError) = await SetupAsync("--organisation", "Waterschap Test", "--profile", "Belgisch", "--admin", "a@b.nl");

        Assert.Equal(1, code);
        Assert.Contains("--organisation", error, StringComparison.Ordinal);
        Assert.Equal(1, badProfile);
        Assert.Contains("Onbekende regeling", profileError, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>Gehoord.Web setup …</c> as README says, on this factory's database, in Production.</summary>
    private async Task<(int Code, string Output, string Error)> SetupAsync(params string[] args)
    {
        _ = factory.Server; // the factory's database exists before the command runs
        var web = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(web);
        start.ArgumentList.Add("setup");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Gehoord__Database__Provider"] = factory.Provider;
        start.Environment["Gehoord__Database__ConnectionString"] = factory.ConnectionString;
        start.Environment["Gehoord__BaseUrl"] = "https://klachten.zuiderdorp.nl";
        start.Environment["AllowedHosts"] = "klachten.zuiderdorp.nl";
        start.Environment["Gehoord__Mail__PickupDirectory"] = factory.MailDirectory;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}

public sealed class InstallOnSqlite(SqliteInstallFactory factory) : InstallTests<SqliteInstallFactory>(factory);

public sealed class InstallOnPostgres(PostgresInstallFactory factory) : InstallTests<PostgresInstallFactory>(factory);
