using System.Net;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

public abstract class StatusPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    [Fact]
    public async Task The_tracking_code_shows_stage_next_step_and_date_and_nothing_personal()
    {
        var complaint = await RegisterAsync("Mijn buurman Kees Geheim parkeert op de stoep.", new Complainant("Kees Geheim Klager", "kees@example.org"));
        using var browser = new Browser(factory);

        var (response, page) = await browser.SubmitAsync("/volgen", new Dictionary<string, string> { ["Code"] = complaint.TrackingCode.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains(complaint.Reference.ToString(), text, StringComparison.Ordinal);
        Assert.Contains("Wij hebben uw klacht ontvangen", text, StringComparison.Ordinal);
        Assert.Contains("U hoort uiterlijk op", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Kees", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kees@example.org", text, StringComparison.Ordinal);
        Assert.DoesNotContain("parkeert", text, StringComparison.Ordinal);
        Assert.Contains("0123 45 67 89", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_in_the_acknowledgement_opens_the_status_directly()
    {
        var complaint = await RegisterAsync("Te laat antwoord.", new Complainant(Email: "x@example.org"));
        using var browser = new Browser(factory);

        var (response, page) = await browser.GetAsync("/volgen?code=" + complaint.TrackingCode);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(complaint.Reference.ToString(), page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AAAA-BBBB-CCCC")]
    [InlineData("dit is geen code")]
    [InlineData("'; drop table \"Complaints\"; --")]
    public async Task A_wrong_code_gets_a_friendly_message(string code)
    {
        using var browser = new Browser(factory);

        var (response, page) = await browser.SubmitAsync("/volgen", new Dictionary<string, string> { ["Code"] = code });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wij vinden geen klacht met deze volgcode", page.QuerySelector("#Code-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(code, page.QuerySelector("#Code")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_English_status_page_speaks_English()
    {
        var complaint = await RegisterAsync("Slow answer.", new Complainant(Email: "en@example.org"));
        using var browser = new Browser(factory);

        var (_, page) = await browser.GetAsync("/en/track?code=" + complaint.TrackingCode);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("We have received your complaint", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<Complaint> RegisterAsync(string story, Complainant complainant)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<Gehoord.Web.Infrastructure.HttpOrganisationScope>().Use(DemoSeeder.OrganisationId);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == DemoSeeder.OrganisationId);
        var clock = scope.ServiceProvider.GetRequiredService<Gehoord.Web.Infrastructure.Clock>();
        return await scope.ServiceProvider.GetRequiredService<ComplaintIntake>().RegisterAsync(
            organisation,
            new ComplaintRegistration(Channel.Email, ComplaintKind.Complaint, clock.Today, story, complainant),
            [],
            [],
            Actor.System,
            CancellationToken.None);
    }
}

public sealed class StatusPageOnSqlite(SqliteFactory factory) : StatusPageTests<SqliteFactory>(factory);

public sealed class StatusPageOnPostgres(PostgresFactory factory) : StatusPageTests<PostgresFactory>(factory);

/// <summary>A host with the production limit of lookups, to prove guessing is slowed down.</summary>
public sealed class RateLimitedFactory() : GehoordFactory(PersistenceSetup.Sqlite)
{
    protected override int TrackingLookupsPerMinute => 3;
}

public sealed class StatusPageRateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Too_many_lookups_in_a_minute_get_a_friendly_wait_message()
    {
        using var browser = new Browser(factory);
        for (var i = 0; i < 3; i++)
        {
            var (ok, _) = await browser.GetAsync("/volgen?code=AAAA-BBBB-CCC" + i);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var (response, page) = await browser.GetAsync("/volgen?code=AAAA-BBBB-CCCD");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Even wachten", page.QuerySelector("h1")!.TextContent.Trim());
    }
}
