using System.Net;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Gehoord.Web.Tests;

/// <summary>
/// A phone on a slow connection: the layout's stylesheets are fingerprinted, so they may be
/// cached for a year without a citizen ever seeing an old one; they travel compressed; and the
/// browser's own request for /favicon.ico finds an icon instead of a 404 page.
/// Static files do not touch the database, so SQLite alone is enough here.
/// </summary>
public sealed class StaticAssetsTests(StaticAssetsTests.PublishedAssetsFactory factory) : IClassFixture<StaticAssetsTests.PublishedAssetsFactory>
{
    private const int OneYear = 31_536_000;

    [Theory]
    [InlineData("/")]
    [InlineData("/klacht")]
    [InlineData("/volgen")]
    [InlineData("/en/complaint")]
    public async Task The_layouts_stylesheets_are_fingerprinted_and_may_be_kept_for_a_year(string address)
    {
        using var browser = new Browser(factory);

        var hrefs = await StylesheetsAsync(browser, address);

        Assert.Equal(["nl-design-system", "site"], hrefs.Select(Name));
        foreach (var href in hrefs)
        {
            // The fingerprint is in the file name (css/site.{hash}.css), not a query string that caches may ignore.
            Assert.Matches(@"^/css/[a-z-]+\.[a-z0-9]{6,}\.css$", href);
            using var response = await browser.Http.GetAsync(new Uri(href, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
            var cache = response.Headers.CacheControl!;
            Assert.True(cache.MaxAge >= TimeSpan.FromSeconds(OneYear), $"{href}: Cache-Control {cache}");
            Assert.Contains(cache.Extensions, e => e.Name == "immutable");
        }
    }

    [Theory]
    [InlineData("gzip, deflate, br, zstd")] // what Chromium sends
    [InlineData("gzip")]
    public async Task Stylesheets_travel_compressed_when_the_browser_accepts_it(string acceptEncoding)
    {
        using var browser = new Browser(factory);
        var href = (await StylesheetsAsync(browser, "/")).Single(h => Name(h) == "nl-design-system");
        using var plain = await browser.Http.GetAsync(new Uri(href, UriKind.Relative));
        var plainLength = (await plain.Content.ReadAsByteArrayAsync()).Length;

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(href, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await browser.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A build precompresses with gzip, a publish also with Brotli (scripts/lighthouse.sh measures that one).
        string[] acceptable = acceptEncoding.Contains("br", StringComparison.Ordinal) ? ["br", "gzip"] : ["gzip"];
        Assert.Contains(Assert.Single(response.Content.Headers.ContentEncoding), acceptable);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = (await response.Content.ReadAsByteArrayAsync()).Length;
        Assert.True(compressed * 4 < plainLength, $"{compressed} bytes compressed against {plainLength} plain");
    }

    [Fact]
    public async Task Without_accept_encoding_the_stylesheet_is_plain_css()
    {
        using var browser = new Browser(factory);
        var href = (await StylesheetsAsync(browser, "/")).Single(h => Name(h) == "site");

        using var response = await browser.Http.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains(".gh-header", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Favicon_is_an_icon_not_a_404()
    {
        using var browser = new Browser(factory);

        using var response = await browser.Http.GetAsync(new Uri("/favicon.ico", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // An ICO file starts with reserved 0 and type 1 (icon).
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
    }

    [Fact]
    public async Task The_layout_links_the_icons_and_they_are_served()
    {
        using var browser = new Browser(factory);

        var (_, page) = await browser.GetAsync("/");
        var icons = page.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.Equal(2, icons.Count);
        foreach (var icon in icons)
        {
            using var response = await browser.Http.GetAsync(new Uri(icon, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task<List<string>> StylesheetsAsync(Browser browser, string address)
    {
        var (response, page) = await browser.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelectorAll("head link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
    }

    private static string Name(string href) => Path.GetFileName(href).Split('.')[0];

    /// <summary>
    /// The app as a server runs it. Tests host the build output, whose static-asset manifest
    /// switches on the developer's "files may change while running" handling (no-cache, files
    /// compared with disk on every request); a publish does not, and the setting turns it off.
    /// The build keeps its precompressed files under obj/, where only the static web assets
    /// map finds them; a publish puts them in wwwroot.
    /// </summary>
    public sealed class PublishedAssetsFactory() : GehoordFactory(PersistenceSetup.Sqlite)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
            builder.UseStaticWebAssets();
        }
    }
}
