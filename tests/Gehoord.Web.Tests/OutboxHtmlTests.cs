using System.Collections.Concurrent;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Gehoord.Web.Tests;

/// <summary>An e-mail with an HTML version keeps both bodies from the outbox to the transport.</summary>
public abstract class OutboxHtmlTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    [Fact]
    public async Task A_queued_message_with_html_reaches_the_transport_with_both_bodies()
    {
        var transport = new RecordingTransport();
        await using var host = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IMailTransport>(transport)));
        var to = $"html-{Guid.NewGuid():N}@example.org";

        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
            outbox.Enqueue(DemoSeeder.OrganisationId, null, "Test", to, "Met HTML", "Platte tekst", "<p>HTML-tekst</p>");
            outbox.Enqueue(DemoSeeder.OrganisationId, null, "Test", to, "Zonder HTML", "Alleen tekst");
            await db.SaveChangesAsync();
        }

        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        var sent = transport.Sent.Where(m => m.Recipient == to).OrderBy(m => m.Subject, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [("Met HTML", "Platte tekst", (string?)"<p>HTML-tekst</p>"), ("Zonder HTML", "Alleen tekst", null)],
            sent.Select(m => (m.Subject, m.Body, m.HtmlBody)));
    }

    private sealed class RecordingTransport : IMailTransport
    {
        public ConcurrentBag<(string Recipient, string Subject, string Body, string? HtmlBody)> Sent { get; } = [];

        public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
        {
            Sent.Add((mail.Recipient, mail.Subject, mail.Body, mail.HtmlBody));
            return Task.CompletedTask;
        }
    }
}

public sealed class OutboxHtmlTestsOnSqlite(SqliteFactory factory) : OutboxHtmlTests<SqliteFactory>(factory);

public sealed class OutboxHtmlTestsOnPostgres(PostgresFactory factory) : OutboxHtmlTests<PostgresFactory>(factory);

/// <summary>What the SMTP transport writes: one message a mail program can show as HTML or as text.</summary>
public sealed class OutboxSmtpTransportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gehoord-tests", "smtp-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Html_goes_out_as_an_alternative_to_the_plain_text()
    {
        await Transport().SendAsync(new OutgoingMail("een@voorbeeld.nl", "noor@example.org", "Onderwerp", "Platte tekst", "<p>HTML-tekst</p>"), CancellationToken.None);

        var mail = File.ReadAllText(Directory.GetFiles(_directory, "*.eml").Single());
        Assert.Contains("multipart/alternative", mail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Type: text/plain; charset=utf-8", mail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Content-Type: text/html; charset=utf-8", mail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_html_the_message_is_plain_text_only()
    {
        await Transport().SendAsync(new OutgoingMail("twee@voorbeeld.nl", "noor@example.org", "Onderwerp", "Platte tekst", null), CancellationToken.None);

        var mail = File.ReadAllText(Directory.GetFiles(_directory, "*.eml").Single());
        Assert.DoesNotContain("multipart", mail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("text/html", mail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("text/plain", mail, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private SmtpMailTransport Transport() => new(
        Options.Create(new GehoordOptions { Mail = { PickupDirectory = _directory } }),
        new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
}
