using System.Diagnostics;
using System.Net;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Tests;

/// <summary>The app started on a restored database, as on a server after a restore: no seeding.</summary>
public sealed class RestoredHost(string provider, string connectionString) : GehoordFactory(provider)
{
    protected override bool SeedDemoData => false;

    public override Task InitializeAsync()
    {
        ConnectionString = connectionString;
        return Task.CompletedTask;
    }
}

/// <summary>
/// docs/operations.md, "Back up and restore": scripts/backup.sh of a running app, scripts/restore.sh
/// into a new database, and the app started on it finds everything, a sign-in of before the
/// backup included (the data-protection keys are in the database).
/// </summary>
public abstract class BackupTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly DemoAccount Coordinator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "gehoord-tests", "backup-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_backup_restored_into_a_new_database_has_every_complaint_letter_attachment_and_sign_in()
    {
        // A complaint with an attachment from the public form; the demo holds complaints with sent letters.
        var story = "Backup-test " + Guid.NewGuid().ToString("N") + ": de put voor ons huis loopt over.";
        using (var citizen = new Browser(factory))
        {
            var (filed, _) = await citizen.SubmitWithFilesAsync("/klacht", [new("Input.Story", story)], [("Attachments", "put.png", "image/png", TestFiles.Png)]);
            Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        }

        var cookies = new CookieContainer();
        using (var before = new Browser(factory, cookies))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await before.SignInAsync(Coordinator.Email, Coordinator.Password)).StatusCode);
        }

        var original = await ContentsAsync(factory);
        var backup = Path.Combine(_folder, "gehoord.backup");
        Directory.CreateDirectory(_folder);

        var (backedUp, backupOutput) = await RunAsync("backup.sh", backup, factory.Provider, factory.ConnectionString);
        Assert.True(backedUp == 0, backupOutput);
        var (again, againOutput) = await RunAsync("backup.sh", backup, factory.Provider, factory.ConnectionString);
        Assert.True(again != 0 && againOutput.Contains("exists", StringComparison.Ordinal), againOutput);

        // Never over a database with data: the original is refused and stays as it is.
        var (overOriginal, refusal) = await RunAsync("restore.sh", backup, factory.Provider, factory.ConnectionString);
        Assert.True(overOriginal != 0, refusal);
        Assert.Equal(original, await ContentsAsync(factory));

        var restoredDatabase = await TestDatabases.CreateAsync(factory.Provider);
        var (restoredCode, restoreOutput) = await RunAsync("restore.sh", backup, factory.Provider, restoredDatabase);
        Assert.True(restoredCode == 0, restoreOutput);

        var restored = new RestoredHost(factory.Provider, restoredDatabase);
        await ((IAsyncLifetime)restored).InitializeAsync();
        try
        {
            Assert.Equal(original, await ContentsAsync(restored));

            // Over HTTP, with the sign-in made before the backup: the keys that protect it came along.
            using var after = new Browser(restored, cookies);
            var (complaintId, attachmentId, letterComplaintId, letterId) = await PickAsync(restored, story);
            var (casePage, page) = await after.GetAsync($"/Staff/Klachten/{complaintId}");
            Assert.Equal(HttpStatusCode.OK, casePage.StatusCode);
            Assert.Contains(story, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            var attachment = await after.Http.GetAsync(new Uri($"/Staff/Klachten/{complaintId}?handler=Attachment&attachmentId={attachmentId}", UriKind.Relative));
            Assert.Equal(TestFiles.Png, await attachment.Content.ReadAsByteArrayAsync());
            var (letterPage, _) = await after.GetAsync($"/Staff/Klachten/{letterComplaintId}/brieven/{letterId}");
            Assert.Equal(HttpStatusCode.OK, letterPage.StatusCode);
            var pdf = await after.Http.GetAsync(new Uri($"/Staff/Klachten/{letterComplaintId}/brieven/{letterId}?handler=Pdf", UriKind.Relative));
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            await ((IAsyncLifetime)restored).DisposeAsync();
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>What a restore must bring back, counted and summed in every organisation.</summary>
    private static async Task<string> ContentsAsync(GehoordFactory host)
    {
        using var db = host.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var complaints = await db.Complaints.IgnoreQueryFilters().AsNoTracking().WithEverything().ToListAsync();
        var attachmentBytes = await db.AttachmentContents.IgnoreQueryFilters().SumAsync(a => (long)a.Data.Length);
        return string.Join(
            " | ",
            $"{await db.Organisations.CountAsync()} organisations",
            $"{complaints.Count} complaints",
            $"{complaints.Sum(c => c.SentLetters.Count)} sent letters",
            $"{complaints.Sum(c => c.Attachments.Count)} attachments of {attachmentBytes} bytes",
            $"{await db.Users.IgnoreQueryFilters().CountAsync()} accounts",
            $"{await db.DataProtectionKeys.CountAsync()} data-protection keys");
    }

    private static async Task<(Guid Complaint, Guid Attachment, Guid LetterComplaint, Guid Letter)> PickAsync(GehoordFactory host, string story)
    {
        using var db = host.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var mine = await db.Complaints.AsNoTracking().WithEverything().SingleAsync(c => c.Description == story);
        var withLetter = (await db.Complaints.AsNoTracking().Take(50).ToListAsync()).First(c => c.SentLetters.Count > 0);
        return (mine.Id, mine.Attachments.Single().Id, withLetter.Id, withLetter.SentLetters[0].Id);
    }

    /// <summary>Runs scripts/<paramref name="script"/> as an administrator would, with the app's own database settings.</summary>
    private static async Task<(int Code, string Output)> RunAsync(string script, string file, string provider, string connectionString)
    {
        var root = TestFiles.RepositoryRoot();
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(root, "scripts", script));
        start.ArgumentList.Add(file);
        start.Environment["Gehoord__Database__Provider"] = provider;
        start.Environment["Gehoord__Database__ConnectionString"] = connectionString;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}

public sealed class BackupOnSqlite(SqliteFactory factory) : BackupTests<SqliteFactory>(factory);

public sealed class BackupOnPostgres(PostgresFactory factory) : BackupTests<PostgresFactory>(factory);
