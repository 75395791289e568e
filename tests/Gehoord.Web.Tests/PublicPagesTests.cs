using System.Net;
using Gehoord.Web.Tests.Infrastructure;

namespace Gehoord.Web.Tests;

public abstract class PublicPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    [Fact]
    public async Task Home_page_is_Dutch_has_a_skip_link_and_says_what_happens_and_how_long_it_takes()
    {
        using var browser = new Browser(factory);

        var (response, page) = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        var skip = page.QuerySelector("a.utrecht-skip-link")!;
        Assert.Equal("#inhoud", skip.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#inhoud"));
        Assert.NotNull(page.QuerySelector("header nav[aria-label]"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Contains("Gemeente Voorbeeld", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("6 weken", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_sign_in_is_linked_from_the_public_pages()
    {
        using var browser = new Browser(factory);

        var (_, page) = await browser.GetAsync("/");

        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/Account/Login");
    }

    [Fact]
    public async Task NL_Design_System_styles_are_served()
    {
        using var browser = new Browser(factory);

        var (_, page) = await browser.GetAsync("/");
        var href = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("nl-design-system", StringComparison.Ordinal));
        var css = await browser.Http.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        var text = await css.Content.ReadAsStringAsync();
        Assert.Contains(".utrecht-button", text, StringComparison.Ordinal);
        Assert.Contains("--utrecht-document-font-family", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoint_reports_a_reachable_database()
    {
        using var browser = new Browser(factory);

        var response = await browser.Http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_page_gives_a_friendly_Dutch_404()
    {
        using var browser = new Browser(factory);

        var (response, page) = await browser.GetAsync("/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Pages_are_sent_with_security_headers()
    {
        using var browser = new Browser(factory);

        var (response, _) = await browser.GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}

public sealed class PublicPagesOnSqlite(SqliteFactory factory) : PublicPagesTests<SqliteFactory>(factory);

public sealed class PublicPagesOnPostgres(PostgresFactory factory) : PublicPagesTests<PostgresFactory>(factory);
