using System.Globalization;
using System.Net;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Tests.Infrastructure;

namespace Gehoord.Web.Tests;

/// <summary>The page's language decides how dates read, whatever language the browser asks for.</summary>
public abstract class PageLanguageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly string[] EnglishMonths = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.MonthNames.Where(m => m.Length > 0).ToArray();
    private static readonly string[] DutchMonths = CultureInfo.GetCultureInfo("nl-NL").DateTimeFormat.MonthNames.Where(m => m.Length > 0).ToArray();

    [Fact]
    public async Task A_Dutch_staff_page_shows_Dutch_dates_to_an_English_browser()
    {
        using var browser = await factory.SignedInAsync(DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler));
        browser.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        var (response, page) = await browser.GetAsync("/Staff");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var intro = page.QuerySelector("main p")!.TextContent;
        var today = intro[intro.IndexOf("Vandaag is het", StringComparison.Ordinal)..];
        Assert.Contains(DutchMonths, m => today.Contains(" " + m + " ", StringComparison.Ordinal));
        Assert.DoesNotContain(EnglishMonths, m => today.Contains(m, StringComparison.Ordinal));
    }
}

public sealed class PageLanguageOnSqlite(SqliteFactory factory) : PageLanguageTests<SqliteFactory>(factory);

public sealed class PageLanguageOnPostgres(PostgresFactory factory) : PageLanguageTests<PostgresFactory>(factory);
