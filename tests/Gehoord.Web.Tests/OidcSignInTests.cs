using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gehoord.Web.Features.Account;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>
/// Staff single sign-on (ADR 11) against a real OpenID Connect provider started for the test
/// run: the app fetches discovery, keys and tokens from it over HTTP, and the test carries the
/// browser's part (button, provider, back to the app) with the app's cookies.
/// </summary>
public abstract class OidcSignInTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : OidcFactory
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task An_invited_staff_member_signs_in_through_the_provider_and_reaches_the_start_page()
    {
        var handler = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler);
        // The provider's spelling of the address need not match the account's.
        factory.IdentityProvider.CurrentUser = new("sub-bram", handler.Email.ToUpperInvariant(), "Bram Behandelaar");
        using var browser = new Browser(factory, OidcFactory.AppAddress);

        var (end, page) = await SignInThroughProviderAsync(browser);

        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        Assert.Equal("/Staff", end.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Klachten die u behandelt", page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("Bram Behandelaar", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_email_address_is_refused_in_plain_Dutch_and_no_account_is_created()
    {
        var before = await CountAccountsAsync();
        factory.IdentityProvider.CurrentUser = new("sub-onbekend", "nieuw.persoon@voorbeeld.nl");
        using var browser = new Browser(factory, OidcFactory.AppAddress);

        var (end, page) = await SignInThroughProviderAsync(browser);

        AssertRefused(end, page, "Er is geen account voor dit e-mailadres in Gehoord. Vraag de beheerder van uw organisatie om u uit te nodigen.");
        Assert.Equal(before, await CountAccountsAsync());
        Assert.Null(await FindAccountAsync("nieuw.persoon@voorbeeld.nl"));
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task A_locked_out_account_is_refused()
    {
        var email = await CreateAccountAsync(async (users, user) =>
            Assert.True((await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1))).Succeeded));
        factory.IdentityProvider.CurrentUser = new("sub-locked", email);
        using var browser = new Browser(factory, OidcFactory.AppAddress);

        var (end, page) = await SignInThroughProviderAsync(browser);

        AssertRefused(end, page, SingleSignOnRefusal.Message(SingleSignOnRefusal.LockedOut)!);
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task An_address_the_provider_has_not_verified_is_refused_even_for_an_existing_account()
    {
        var handler = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler);
        factory.IdentityProvider.CurrentUser = new("sub-unverified", handler.Email, EmailVerified: false);
        using var browser = new Browser(factory, OidcFactory.AppAddress);

        var (end, page) = await SignInThroughProviderAsync(browser);

        AssertRefused(end, page, SingleSignOnRefusal.Message(SingleSignOnRefusal.Unverified)!);
        await AssertSignedOutAsync(browser);
    }

    [Fact]
    public async Task Without_an_email_claim_an_e_mail_shaped_preferred_username_is_used()
    {
        var coordinator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator);
        factory.IdentityProvider.CurrentUser = new("sub-carla", Email: null, EmailVerified: null, PreferredUsername: coordinator.Email);
        using var browser = new Browser(factory, OidcFactory.AppAddress);

        var (end, page) = await SignInThroughProviderAsync(browser);

        Assert.Equal("/Staff", end.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Nog geen behandelaar", page.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task Gehoord_does_not_ask_its_own_second_factor_after_single_sign_on()
    {
        const string Password = "Een-lang-testwachtwoord-1";
        var email = await CreateAccountAsync(async (users, user) =>
        {
            Assert.True((await users.AddPasswordAsync(user, Password)).Succeeded);
            Assert.True((await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
            Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        });

        // With a password the second factor is asked …
        using (var withPassword = new Browser(factory, OidcFactory.AppAddress))
        {
            var (response, _) = await withPassword.SubmitAsync("/Account/Login", new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = Password,
            }, "form.gh-password-sign-in");
            Assert.StartsWith("/Account/LoginWith2fa", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        // … through the provider, which does MFA itself, it is not.
        factory.IdentityProvider.CurrentUser = new("sub-2fa", email);
        using var browser = new Browser(factory, OidcFactory.AppAddress);
        var (end, _) = await SignInThroughProviderAsync(browser);

        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        Assert.Equal("/Staff", end.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Cancelling_at_the_provider_returns_to_the_sign_in_page_with_a_message()
    {
        factory.IdentityProvider.CurrentUser = null;
        using var browser = new Browser(factory, OidcFactory.AppAddress);

        var (end, page) = await SignInThroughProviderAsync(browser);

        AssertRefused(end, page, SingleSignOnRefusal.Message(SingleSignOnRefusal.Failed)!);
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_provider_in_a_form_and_lets_it_through_form_action()
    {
        using var browser = new Browser(factory, OidcFactory.AppAddress);

        var (response, page) = await browser.GetAsync("/Account/Login?ReturnUrl=%2FStaff%2FInbox");

        var form = (IHtmlFormElement)page.QuerySelector("form.gh-single-sign-on")!;
        Assert.Equal("post", form.Method);
        Assert.Equal(OidcFactory.ButtonText, form.QuerySelector("button[type=submit]")!.TextContent.Trim());
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("/Staff/Inbox", ((IHtmlInputElement)form.QuerySelector("input[name=ReturnUrl]")!).Value);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var authority = factory.IdentityProvider.Authority.GetLeftPart(UriPartial.Authority);
        Assert.Contains($"form-action 'self' {authority};", response.Headers.GetValues("Content-Security-Policy").Single() + ";", StringComparison.Ordinal);

        // The button's POST needs the antiforgery token like every other form.
        var forged = await browser.Http.PostAsync(new Uri("/Account/Login?handler=SingleSignOn", UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // The way back keeps the page the person asked for.
        factory.IdentityProvider.CurrentUser = new("sub-bram", DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler).Email);
        var (end, _) = await SignInThroughProviderAsync(browser, "/Account/Login?ReturnUrl=%2FStaff%2FInbox");
        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        Assert.Equal("/Staff/Inbox", end.RequestMessage!.RequestUri!.AbsolutePath);
    }

    /// <summary>
    /// Presses the single sign-on button, lets the provider answer (its form_post page), submits
    /// that page as a browser would, to the app with the app's cookies (correlation, nonce), and
    /// follows the app's redirects to the page where the person ends.
    /// </summary>
    private async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SignInThroughProviderAsync(Browser browser, string loginUrl = "/Account/Login")
    {
        var (_, login) = await browser.GetAsync(loginUrl);
        var button = (IHtmlFormElement?)login.QuerySelector("form.gh-single-sign-on") ?? throw new InvalidOperationException("No single sign-on button on the sign-in page.");
        var (challenge, _) = await browser.SubmitAsync(button, loginUrl, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(new Uri(factory.IdentityProvider.Authority, "connect/authorize").ToString(), authorize.ToString(), StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", authorize.Query, StringComparison.Ordinal);
        Assert.Contains("response_type=code", authorize.Query, StringComparison.Ordinal);
        Assert.Contains("response_mode=form_post", authorize.Query, StringComparison.Ordinal);

        // The provider is another site: a client of its own, without the app's cookies.
        using var providerClient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var answer = await providerClient.GetAsync(authorize);

        // response_mode=form_post: the provider's page posts the code back to the app.
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var form = (IHtmlFormElement?)(await Parser.ParseDocumentAsync(await answer.Content.ReadAsStringAsync())).QuerySelector("form")
            ?? throw new InvalidOperationException("The provider answered without a form_post form.");
        var action = new Uri(form.GetAttribute("action")!);
        Assert.Equal(new Uri(OidcFactory.AppAddress, SingleSignOn.CallbackPath), action);
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .ToList();
        Assert.Contains(fields, f => f.Key == (factory.IdentityProvider.CurrentUser is null ? "error" : "code"));
        var back = await browser.Http.PostAsync(action, new FormUrlEncodedContent(fields));
        return await FollowAsync(browser, back);
    }

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> FollowAsync(Browser browser, HttpResponseMessage response)
    {
        for (var hop = 0; hop < 5 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hop++)
        {
            var location = response.Headers.Location!;
            Assert.True(!location.IsAbsoluteUri || location.Host == OidcFactory.AppAddress.Host, $"The app sent the browser away to {location}.");
            response = await browser.Http.GetAsync(location);
        }

        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    private static void AssertRefused(HttpResponseMessage end, IHtmlDocument page, string message)
    {
        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        Assert.Equal("/Account/Login", end.RequestMessage!.RequestUri!.AbsolutePath);
        var alert = page.QuerySelector("[role=alert]") ?? throw new InvalidOperationException("No message on the sign-in page.");
        Assert.Contains(message, alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("Inloggen is niet gelukt", alert.TextContent, StringComparison.Ordinal);
    }

    private static async Task AssertSignedOutAsync(Browser browser)
    {
        var (staff, _) = await browser.GetAsync("/Staff");
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode);
        Assert.Contains("/Account/Login", staff.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private async Task<int> CountAccountsAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().Users.IgnoreQueryFilters().CountAsync();
    }

    private async Task<StaffUser?> FindAccountAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email);
    }

    /// <summary>A new handler account without a password, set up further by <paramref name="prepare"/>.</summary>
    private async Task<string> CreateAccountAsync(Func<UserManager<StaffUser>, StaffUser, Task> prepare)
    {
        var email = $"sso-{Guid.NewGuid():N}@voorbeeld.nl";
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, DisplayName = "Test Persoon", OrganisationId = DemoSeeder.OrganisationId };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, StaffRoles.Handler)).Succeeded);
        await prepare(users, user);
        return email;
    }
}

public sealed class OidcSignInOnSqlite(OidcSqliteFactory factory) : OidcSignInTests<OidcSqliteFactory>(factory);

public sealed class OidcSignInOnPostgres(OidcPostgresFactory factory) : OidcSignInTests<OidcPostgresFactory>(factory);
