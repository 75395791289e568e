using System.Globalization;
using System.Threading.RateLimiting;
using Gehoord.Web.Features.Account;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Features.Reminders;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

var builder = WebApplication.CreateBuilder(args);

// Outside Development, MapStaticAssets finds the compressed copies (.gz, .br) only in a published
// wwwroot; run from the build output (dotnet run, tests) they live in obj/. This reads the build's
// static-web-assets manifest when there is one, so every environment serves the style sheets; a
// published app has no such manifest and is unaffected. Without it a gzip request got an empty 200.
builder.WebHost.UseStaticWebAssets();

var options = builder.Configuration.GetSection(GehoordOptions.Section).Get<GehoordOptions>() ?? new GehoordOptions();
EdgeSettings.Check(builder.Configuration, builder.Environment, options);
builder.Services.Configure<GehoordOptions>(builder.Configuration.GetSection(GehoordOptions.Section));
builder.AddGehoordEdge();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<Clock>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton<PublicAddress>();
builder.Services.AddScoped<HttpOrganisationScope>();
builder.Services.AddScoped<IOrganisationScope>(sp => sp.GetRequiredService<HttpOrganisationScope>());

builder.Services.AddGehoordPersistence(options.Database, builder.Environment.ContentRootPath);

// Keys in the database, so that several instances behind one PostgreSQL share cookies and tokens.
builder.Services.AddDataProtection().SetApplicationName("Gehoord").PersistKeysToDbContext<GehoordDbContext>();

builder.Services
    .AddIdentity<StaffUser, IdentityRole>(o =>
    {
        o.User.RequireUniqueEmail = true;
        o.Password.RequiredLength = 12;
        o.Password.RequireNonAlphanumeric = false;
        // Identity's lockout only guards the code of step two; the password is guarded by
        // SignInGuard, per address and per client, so nobody can lock someone else out.
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        o.SignIn.RequireConfirmedAccount = false;
    })
    .AddEntityFrameworkStores<GehoordDbContext>()
    .AddDefaultTokenProviders()
    .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
    .AddSignInManager<StaffSignInManager>()
    .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
    .AddErrorDescriber<DutchIdentityErrorDescriber>();

builder.Services.ConfigureApplicationCookie(o =>
{
    o.LoginPath = "/Account/Login";
    o.LogoutPath = "/Account/Logout";

    // A refusal is a real 403 with the friendly error page (and, for a case, the policy's reason),
    // the same answer whether a role rule or the case access filter refused (ADR 10).
    o.Events.OnRedirectToAccessDenied = context =>
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    };
    o.Cookie.Name = "gehoord.auth";
    o.Cookie.HttpOnly = true;
    o.Cookie.SameSite = SameSiteMode.Lax;
    o.SlidingExpiration = true;
    o.ExpireTimeSpan = TimeSpan.FromHours(8);
});
// Every request checks the account's security stamp, so that deactivating an account, resetting
// its two-step sign-in or changing its roles takes effect at once, on every session it has.
builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
builder.Services.AddAntiforgery(o =>
{
    o.Cookie.Name = "gehoord.af";
    // Its own default is never Secure; the cookie policy (Edge) makes it Secure in Production.
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});

// Optional single sign-on for staff (ADR 11); off while Gehoord:Oidc:Authority is empty.
if (options.Oidc.Enabled)
{
    builder.Services.AddStaffSingleSignOn(options.Oidc);
}

builder.Services.Configure<RouteOptions>(o => o.ConstraintMap[OrganisationSlugRouteConstraint.Name] = typeof(OrganisationSlugRouteConstraint));
builder.Services
    .AddRazorPages(o =>
    {
        // Vertical slices: every page lives with its handler in Features/<Feature>.
        o.RootDirectory = "/Features";

        // Need-to-know (ADR 10): every case page, download and letter asks the access policy first.
        o.Conventions.ConfigureFilter(new Gehoord.Web.Features.Access.CaseAccessFilter());

        // Secure by default: every page needs a signed-in staff member unless its model says
        // [AllowAnonymous]. (Not a fallback policy: that would also send an unknown address to
        // the sign-in page instead of showing "page not found".)
        o.Conventions.AuthorizeFolder("/");
        // English versions of the public pages share the Dutch pages' code.
        o.Conventions.AddPageRoute("/Intake/ComplaintForm", "en/complaint");
        o.Conventions.AddPageRoute("/Intake/Received", "en/complaint/received");
        o.Conventions.AddPageRoute("/Tracking/Status", "en/track");
        // Every organisation's own public pages under its short name; the default organisation
        // also keeps the addresses above. The constraint keeps /en, /Staff, /Account … out.
        const string organisation = "{" + PublicOrganisation.RouteKey + ":" + OrganisationSlugRouteConstraint.Name + "}";
        o.Conventions.AddPageRoute("/Intake/ComplaintForm", organisation + "/klacht");
        o.Conventions.AddPageRoute("/Intake/Received", organisation + "/klacht/ontvangen");
        o.Conventions.AddPageRoute("/Tracking/Status", organisation + "/volgen");
        o.Conventions.AddPageRoute("/Intake/ComplaintForm", organisation + "/en/complaint");
        o.Conventions.AddPageRoute("/Intake/Received", organisation + "/en/complaint/received");
        o.Conventions.AddPageRoute("/Tracking/Status", organisation + "/en/track");
    });

// Guessing tracking codes must be slow: a handful of lookups per minute per client. Opening the
// page asks nothing and is not counted. Behind a known proxy the client is the forwarded address.
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    o.AddPolicy(Gehoord.Web.Features.Tracking.StatusModel.RateLimitPolicy, context =>
        Gehoord.Web.Features.Tracking.StatusModel.IsLookup(context.Request)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.TrackingLookupsPerMinute, Window = TimeSpan.FromMinutes(1) })
            : RateLimitPartition.GetNoLimiter("opening the page"));
    // The error page (status re-execute) says to wait a minute; Retry-After says how long exactly.
    o.OnRejected = (context, _) =>
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    };
});

builder.Services.AddHealthChecks().AddDbContextCheck<GehoordDbContext>("database");
builder.Services.AddScoped<Gehoord.Web.Features.Access.CaseAccessService>();
builder.Services.AddScoped<Gehoord.Web.Features.Access.AccessLogWriter>();
builder.Services.AddScoped<Gehoord.Web.Features.Administration.StaffAccounts>();
builder.Services.AddScoped<Gehoord.Web.Features.Installation.OrganisationSetup>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddScoped<DemoComplaints>();
builder.Services.AddScoped<PublicOrganisation>();
builder.Services.AddScoped<ComplaintIntake>();
builder.Services.AddScoped<Outbox>();
builder.Services.AddScoped<SignInGuard>();
builder.Services.AddScoped<Gehoord.Web.Features.Audit.PersonExport>();
builder.Services.AddScoped<Gehoord.Web.Features.Audit.Anonymiser>();
builder.Services.AddScoped<Gehoord.Web.Features.Letters.LetterWriter>();
builder.Services.AddSingleton<IMailTransport, SmtpMailTransport>();
builder.Services.AddSingleton<OutboxDispatcher>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
builder.Services.AddSingleton(LeaseHolder.ForThisInstance());
builder.Services.AddScoped<JobLeases>();
builder.Services.AddScoped<DeadlineReminders>();
builder.Services.AddScoped<UnreadNotifications>();
builder.Services.AddSingleton<ReminderJob>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<ReminderJob>());

var app = builder.Build();

await PersistenceSetup.MigrateAsync(app.Services);
using (var scope = app.Services.CreateScope())
{
    await StaffRoles.EnsureExistAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
}

if (args.Length > 0 && args[0] == Gehoord.Web.Features.Installation.SetupCommand.Verb)
{
    // First run in Production: create an organisation and its administrator, print the link, stop.
    Environment.ExitCode = await Gehoord.Web.Features.Installation.SetupCommand.RunAsync(app.Services, args[1..], Console.Out, Console.Error);
    return;
}

if (args.Length > 0 && args[0] == Gehoord.Web.Features.Audit.VerifyChainsCommand.Verb)
{
    // Checks every timeline and configuration history (ADR 20); non-zero when one is broken.
    Environment.ExitCode = await Gehoord.Web.Features.Audit.VerifyChainsCommand.RunAsync(app.Services, Console.Out);
    return;
}

if (options.SeedDemoData && !app.Environment.IsProduction())
{
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
}

// Chromium and Safari also check form-action against the redirect that answers a form POST, so
// the single sign-on button needs the provider's origin there (ADR 11).
var formAction = options.Oidc.Enabled ? "'self' " + SingleSignOn.FormActionSource(options.Oidc) : "'self'";
app.UseGehoordEdge(options.ForwardedHeaders, $"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action {formAction}");

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");

var cultures = new[] { new CultureInfo("nl-NL"), new CultureInfo("en-GB") };
var localization = new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture("nl-NL"),
    SupportedCultures = cultures,
    SupportedUICultures = cultures,
};

// The page's language decides how dates read, not the browser's: a Dutch page shows "3 december"
// also to a handler whose browser asks for English, and an English page shows "3 December".
localization.RequestCultureProviders.Clear();
localization.RequestCultureProviders.Add(new CustomRequestCultureProvider(context =>
    Task.FromResult<ProviderCultureResult?>(new(PublicOrganisation.IsEnglishPath(context.Request.Path) ? "en-GB" : "nl-NL"))));
app.UseRequestLocalization(localization);

app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<TwoFactorRequirement>();
app.UseRateLimiter();

app.MapHealthChecks("/health", new HealthCheckOptions { AllowCachingResponses = false }).AllowAnonymous();
// Build-time fingerprinted and compressed files with long cache lifetimes; the tag helpers'
// asp-append-version then link to the fingerprinted names (ADR "Trimmed NL Design System CSS").
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapHiddenComplaints();

app.Run();

/// <summary>Entry point; public so that WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
