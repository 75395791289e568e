using System.Net;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

public abstract class SignInTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
#pragma warning disable CA1000 // xunit's MemberData must be a static member of the test class
    public static TheoryData<string, string, string> DemoAccounts
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var account in DemoSeeder.Accounts)
            {
                data.Add(account.Email, account.Password, account.Role);
            }

            return data;
        }
    }
#pragma warning restore CA1000

    /// <summary>The heading of the section that only this role's start page shows.</summary>
    private static string SectionFor(string role) => role switch
    {
        StaffRoles.Employee => "Door u geregistreerd",
        StaffRoles.Handler => "Klachten die u behandelt",
        StaffRoles.Coordinator => "Nog geen behandelaar",
        StaffRoles.Manager => "Open klachten per afdeling",
        StaffRoles.Committee => "Klachten voor de klachtadviescommissie",
        StaffRoles.Administrator => "Inrichting van Gemeente Voorbeeld",
        StaffRoles.PrivacyOfficer => "Toezicht op de dossiers",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Every_demo_account_signs_in_and_sees_a_start_page_for_its_role(string email, string password, string role)
    {
        using var browser = new Browser(factory);

        var response = await browser.SignInAsync(email, password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Staff", response.Headers.Location?.OriginalString);
        var (start, page) = await browser.GetAsync("/Staff");
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains(SectionFor(role), headings);
        foreach (var other in StaffRoles.OrganisationRoles.Where(r => r != role))
        {
            Assert.DoesNotContain(SectionFor(other), headings);
        }

        Assert.Contains(StaffRoles.DutchName(role).ToLowerInvariant(), page.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_sees_the_organisation_set_up_from_the_database()
    {
        using var browser = new Browser(factory);
        var admin = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Administrator);
        await browser.SignInAsync(admin.Email, admin.Password);

        var (_, page) = await browser.GetAsync("/Staff");

        var text = page.QuerySelector("main")!.TextContent;
        foreach (var unit in DemoSeeder.UnitNames)
        {
            Assert.Contains(unit, text, StringComparison.Ordinal);
        }

        var listed = page.QuerySelectorAll("table tbody tr td:nth-of-type(1)").Select(td => td.TextContent).ToList();
        Assert.All(DemoSeeder.Accounts, a => Assert.Contains(a.Email, listed));
        Assert.Contains("6 weken", text, StringComparison.Ordinal);
        Assert.Contains("10 weken", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_pages_send_anonymous_visitors_to_sign_in()
    {
        using var browser = new Browser(factory);

        var (response, _) = await browser.GetAsync("/Staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login?ReturnUrl=%2FStaff", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_gives_a_plain_Dutch_message_and_keeps_the_email_address()
    {
        using var browser = new Browser(factory);

        var (response, page) = await browser.SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "behandelaar@voorbeeld.nl",
            ["Input.Password"] = "niet-het-goede-wachtwoord",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het e-mailadres of het wachtwoord klopt niet", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("behandelaar@voorbeeld.nl", page.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal(string.Empty, page.QuerySelector("#Input_Password")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Empty_form_says_what_to_fill_in_next_to_each_field()
    {
        using var browser = new Browser(factory);

        var (response, page) = await browser.SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = "geen-adres",
            ["Input.Password"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.", page.QuerySelector("#Input_Email-error")!.TextContent);
        Assert.Equal("Vul uw wachtwoord in.", page.QuerySelector("#Input_Password-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#Input_Email")!.GetAttribute("aria-invalid"));
        Assert.Contains("Input_Email-error", page.QuerySelector("#Input_Email")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("geen-adres", page.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal("#Input_Email", page.QuerySelector(".gh-error-summary a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Posting_without_the_antiforgery_token_is_refused()
    {
        using var browser = new Browser(factory);

        var response = await browser.Http.PostAsync(
            new Uri("/Account/Login", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "behandelaar@voorbeeld.nl", ["Input.Password"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_out_is_a_post_and_ends_the_session()
    {
        using var browser = new Browser(factory);
        var handler = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler);
        await browser.SignInAsync(handler.Email, handler.Password);

        var (_, start) = await browser.GetAsync("/Staff");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)start.QuerySelector("form[action='/Account/Logout']")!;
        var (response, _) = await browser.SubmitAsync(form, "/Staff", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (after, _) = await browser.GetAsync("/Staff");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Two_factor_sign_in_with_an_authenticator_code()
    {
        var (email, password) = await CreateAccountAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync(email, password);

        // Enable: read the key shown on the page, answer with the app's code.
        var (_, setup) = await browser.GetAsync("/Account/Manage/TwoFactor");
        var key = setup.QuerySelector(".gh-code")!.TextContent;
        var wrong = await browser.SubmitAsync("/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        Assert.Contains("Deze code klopt niet", wrong.Document.QuerySelector("#Input_Code-error")!.TextContent, StringComparison.Ordinal);
        var (enabled, _) = await browser.SubmitAsync("/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);

        // A new session now needs the second factor.
        using var second = new Browser(factory);
        var response = await second.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/LoginWith2fa", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var (notYet, _) = await second.GetAsync("/Staff");
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);

        var (done, _) = await second.SubmitAsync(response.Headers.Location.OriginalString, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var (start, _) = await second.GetAsync("/Staff");
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
    }

    [Fact]
    public async Task The_two_step_page_shows_a_QR_code_and_a_key_that_wraps_and_switching_off_needs_a_code()
    {
        var (email, password) = await CreateAccountAsync();
        using var browser = new Browser(factory);
        await browser.SignInAsync(email, password);

        var (_, setup) = await browser.GetAsync("/Account/Manage/TwoFactor");
        var qr = setup.QuerySelector("img.gh-qr")!;
        Assert.StartsWith("data:image/png;base64,", qr.GetAttribute("src"), StringComparison.Ordinal);
        var png = Convert.FromBase64String(qr.GetAttribute("src")!["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.False(string.IsNullOrWhiteSpace(qr.GetAttribute("alt")));
        var key = setup.QuerySelector("#sleutel")!;
        Assert.Contains("gh-wrap", key.ClassList);
        var (enabled, _) = await browser.SubmitAsync("/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key.TextContent, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);

        var (_, on) = await browser.GetAsync("/Account/Manage/TwoFactor");
        var withoutCode = await browser.SubmitAsync(
            (AngleSharp.Html.Dom.IHtmlFormElement)on.QuerySelector("form[action*='Disable']")!, "/Account/Manage/TwoFactor", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, withoutCode.Response.StatusCode);
        Assert.NotNull(withoutCode.Document.QuerySelector("#Input_Code-error"));
        var wrongCode = await browser.SubmitAsync(
            (AngleSharp.Html.Dom.IHtmlFormElement)on.QuerySelector("form[action*='Disable']")!, "/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        Assert.Equal(HttpStatusCode.OK, wrongCode.Response.StatusCode);
        Assert.True(await TwoFactorEnabledAsync(email));

        var rightCode = await browser.SubmitAsync(
            (AngleSharp.Html.Dom.IHtmlFormElement)on.QuerySelector("form[action*='Disable']")!, "/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key.TextContent, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, rightCode.Response.StatusCode);
        Assert.False(await TwoFactorEnabledAsync(email));
    }

    private async Task<bool> TwoFactorEnabledAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.GetTwoFactorEnabledAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<(string Email, string Password)> CreateAccountAsync()
    {
        var email = $"test-{Guid.NewGuid():N}@voorbeeld.nl";
        const string Password = "Een-lang-testwachtwoord-1";
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, DisplayName = "Test Persoon", OrganisationId = DemoSeeder.OrganisationId };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, StaffRoles.Handler)).Succeeded);
        return (email, Password);
    }
}

public sealed class SignInOnSqlite(SqliteFactory factory) : SignInTests<SqliteFactory>(factory);

public sealed class SignInOnPostgres(PostgresFactory factory) : SignInTests<PostgresFactory>(factory);
