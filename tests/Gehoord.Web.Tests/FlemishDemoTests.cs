using System.Net;
using AngleSharp.Html.Dom;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Tests;

/// <summary>
/// The Flemish demo organisation next to the Dutch one: its accounts work, its complaints follow
/// the Bestuursdecreet, and neither organisation sees the other's complaints.
/// </summary>
public abstract class FlemishDemoTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly JurisdictionProfile Flemish = JurisdictionProfile.VlBestuursdecreet;

#pragma warning disable CA1000 // xunit's MemberData must be a static member of the test class
    public static TheoryData<string, string, string> FlemishAccounts
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var account in DemoSeeder.FlemishAccounts)
            {
                data.Add(account.Email, account.Password, account.Role);
            }

            return data;
        }
    }
#pragma warning restore CA1000

    private static DemoAccount FlemishAccount(string role) => DemoSeeder.FlemishAccounts.Single(a => a.Role == role);

    /// <summary>The heading of the section that only this role's start page shows.</summary>
    private static string SectionFor(string role) => role switch
    {
        StaffRoles.Employee => "Door u geregistreerd",
        StaffRoles.Handler => "Klachten die u behandelt",
        StaffRoles.Coordinator => "Nog geen behandelaar",
        StaffRoles.Manager => "Open klachten per afdeling",
        StaffRoles.Committee => "Klachten voor de klachtadviescommissie",
        StaffRoles.Administrator => "Inrichting van Stad Voorbeeldstad",
        StaffRoles.PrivacyOfficer => "Toezicht op de dossiers",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    [Fact]
    public void The_Flemish_demo_has_its_own_account_for_every_role_and_keeps_the_Dutch_ones()
    {
        Assert.Equal(StaffRoles.OrganisationRoles.Order(), DemoSeeder.FlemishAccounts.Select(a => a.Role).Order());
        Assert.Equal(StaffRoles.OrganisationRoles.Order(), DemoSeeder.Accounts.Select(a => a.Role).Order());
        Assert.Empty(DemoSeeder.FlemishAccounts.Select(a => a.Email).Intersect(DemoSeeder.Accounts.Select(a => a.Email)));
        Assert.All(DemoSeeder.FlemishAccounts, a => Assert.EndsWith("@voorbeeldstad.be", a.Email, StringComparison.Ordinal));
        Assert.NotEqual(DemoSeeder.OrganisationId, DemoSeeder.FlemishOrganisationId);
    }

    [Theory]
    [MemberData(nameof(FlemishAccounts))]
    public async Task Every_Flemish_demo_account_signs_in_and_sees_its_start_page_and_the_Flemish_organisation(string email, string password, string role)
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

        var intro = page.QuerySelector("main p")!.TextContent;
        Assert.Contains("Stad Voorbeeldstad", intro, StringComparison.Ordinal);
        Assert.Contains(Flemish.DisplayName, intro, StringComparison.Ordinal);
        Assert.Contains(StaffRoles.DutchName(role).ToLowerInvariant(), intro, StringComparison.Ordinal);
        Assert.DoesNotContain("Gemeente Voorbeeld", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Flemish_administrator_sees_the_Flemish_units_accounts_and_terms_only()
    {
        using var browser = await factory.SignedInAsync(FlemishAccount(StaffRoles.Administrator));

        var (_, page) = await browser.GetAsync("/Staff");

        var units = page.QuerySelectorAll("#inrichting ~ ul li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(DemoSeeder.FlemishUnitNames.Order(StringComparer.Ordinal), units.Order(StringComparer.Ordinal));
        var listed = page.QuerySelectorAll("table tbody tr td:nth-of-type(1)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(DemoSeeder.FlemishAccounts.Select(a => a.Email).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        var terms = page.QuerySelector("dl.gh-terms")!.TextContent;
        Assert.Contains("45 dagen", terms, StringComparison.Ordinal);
        Assert.Contains("Alleen met toestemming van de klager", terms, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Flemish_manager_leads_two_units()
    {
        using var browser = await factory.SignedInAsync(FlemishAccount(StaffRoles.Manager));

        var (_, page) = await browser.GetAsync("/Staff");

        var units = page.QuerySelectorAll("#afdelingen ~ div tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(DemoSeeder.FlemishManagedUnitNames.Order(StringComparer.Ordinal), units.Order(StringComparer.Ordinal));
        Assert.Equal(2, units.Count);
    }

    [Fact]
    public async Task A_Flemish_handlers_inbox_shows_only_Flemish_complaints_and_a_Dutch_handlers_none_of_them()
    {
        var flemishIds = (await ComplaintsAsync(DemoSeeder.FlemishOrganisationId)).Select(c => c.Id).ToHashSet();
        var dutchIds = (await ComplaintsAsync(DemoSeeder.OrganisationId)).Select(c => c.Id).ToHashSet();
        Assert.InRange(flemishIds.Count, 8, 15);
        Assert.True(dutchIds.Count > 30, $"The Dutch demo has {dutchIds.Count} complaints.");

        using var flemishHandler = await factory.SignedInAsync(FlemishAccount(StaffRoles.Handler));
        var (flemishResponse, flemishInbox) = await flemishHandler.GetAsync("/Staff/Inbox?status=alle");
        Assert.Equal(HttpStatusCode.OK, flemishResponse.StatusCode);
        Assert.Equal($"{flemishIds.Count} klachten", flemishInbox.QuerySelector("#resultaat-titel")!.TextContent.Trim());
        Assert.Equal(flemishIds.Order(), InboxIds(flemishInbox).Order());

        using var dutchHandler = await factory.SignedInAsync(DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler));
        var (dutchResponse, dutchInbox) = await dutchHandler.GetAsync("/Staff/Inbox?status=alle");
        Assert.Equal(HttpStatusCode.OK, dutchResponse.StatusCode);
        Assert.Equal($"{dutchIds.Count} klachten", dutchInbox.QuerySelector("#resultaat-titel")!.TextContent.Trim());
        var dutchRows = InboxIds(dutchInbox);
        Assert.NotEmpty(dutchRows);
        Assert.All(dutchRows, id => Assert.Contains(id, dutchIds));

        // Nor does a case page of the other organisation open.
        var (dutchCase, _) = await flemishHandler.GetAsync($"/Staff/Klachten/{dutchIds.First()}");
        Assert.Equal(HttpStatusCode.NotFound, dutchCase.StatusCode);
        var (flemishCase, _) = await dutchHandler.GetAsync($"/Staff/Klachten/{flemishIds.First()}");
        Assert.Equal(HttpStatusCode.NotFound, flemishCase.StatusCode);
    }

    [Fact]
    public async Task Flemish_demo_complaints_are_due_45_days_after_receipt_by_the_Belgian_calendar()
    {
        // A signal needs no reply and has no handling term.
        var complaints = (await ComplaintsAsync(DemoSeeder.FlemishOrganisationId)).Where(c => c.Kind == ComplaintKind.Complaint).ToList();
        Assert.True(complaints.Count >= 8, $"The Flemish demo has {complaints.Count} complaints.");
        var calendar = new BelgianHolidayCalendar(includeFlemishCommunityHoliday: true);

        foreach (var complaint in complaints)
        {
            var handling = complaint.Deadlines.Single(d => d.Kind == DeadlineKind.Handling);
            var expected = complaint.ExtensionDays == 0
                ? Flemish.HandlingDeadline(complaint.ReceivedOn, complaint.AdvisoryCommittee).DueOn
                : Flemish.ExtendedHandlingDeadline(complaint.ReceivedOn, complaint.AdvisoryCommittee, Term.Days(complaint.ExtensionDays), writtenConsentOfComplainant: true);
            Assert.Equal(expected, handling.DueOn);
            Assert.True(handling.DueOn >= complaint.ReceivedOn.AddDays(45 + complaint.ExtensionDays), $"{complaint.Reference} is due on {handling.DueOn}.");
            Assert.False(calendar.IsPublicHoliday(handling.DueOn), $"{complaint.Reference} is due on a Belgian holiday.");
            Assert.NotEqual(DayOfWeek.Saturday, handling.DueOn.DayOfWeek);
            Assert.NotEqual(DayOfWeek.Sunday, handling.DueOn.DayOfWeek);
            // Only written complaints are acknowledged (II.83): ten days.
            if (complaint.Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.Acknowledgement) is { } acknowledgement)
            {
                Assert.Equal(Flemish.DeadlinesFor(complaint.ReceivedOn, complaint.AdvisoryCommittee).Single(d => d.Kind == DeadlineKind.Acknowledgement).DueOn, acknowledgement.DueOn);
            }
        }

        Assert.Contains(complaints, c => c.Deadlines.Any(d => d.Kind == DeadlineKind.Acknowledgement));

        Assert.Contains(complaints, c => c.ExtensionDays == 0 && c.Deadlines.Single(d => d.Kind == DeadlineKind.Handling).TermDescription == "45 dagen");
        // The decree knows no postponement: the demo's longer term rests on the complainant's written consent.
        var longer = Assert.Single(complaints, c => c.ExtensionDays > 0);
        Assert.NotNull(longer.ExtensionConsentOn);
    }

    [Fact]
    public async Task Flemish_demo_complaints_use_the_II77_grounds_the_ombudsnormen_and_the_Vlaamse_Ombudsdienst()
    {
        var complaints = await ComplaintsAsync(DemoSeeder.FlemishOrganisationId);

        var notHandled = Assert.Single(complaints, c => c.NotHandledGroundCode is not null);
        Assert.Contains(Flemish.NotHandledGrounds, g => g.Code == notHandled.NotHandledGroundCode);
        Assert.StartsWith("II.77", notHandled.NotHandledGroundCode, StringComparison.Ordinal);
        Assert.Contains("II.77", notHandled.SentLetters.Single(l => l.Kind == LetterKind.NotHandledNotice).Body, StringComparison.Ordinal);

        var assessed = complaints.Where(c => c.Assessments.Count > 0).ToList();
        Assert.True(assessed.Count >= 2, "The Flemish demo has judged complaints.");
        Assert.All(assessed.SelectMany(c => c.Assessments), a => Assert.Equal(Flemish.StandardFor(a.StandardNumber).Name, a.StandardName));

        var closingLetter = complaints.SelectMany(c => c.SentLetters).Single(l => l.Kind == LetterKind.ClosingAfterInvestigation);
        Assert.Contains("Vlaamse Ombudsdienst", closingLetter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Nationale ombudsman", closingLetter.Body, StringComparison.OrdinalIgnoreCase);

        // Every stage of the short list is there.
        foreach (var status in new[] { ComplaintStatus.Received, ComplaintStatus.Exploring, ComplaintStatus.Investigating, ComplaintStatus.Judged, ComplaintStatus.Closed })
        {
            Assert.Contains(complaints, c => c.Status == status);
        }

        Assert.True(complaints.Select(c => c.Channel).Distinct().Count() >= 6, "The Flemish demo comes in through many channels.");
    }

    [Fact]
    public async Task Flemish_handling_pages_cite_the_decree_and_the_ombudsnormen_and_never_the_Awb()
    {
        using var browser = await factory.SignedInAsync(FlemishAccount(StaffRoles.Coordinator));
        var investigating = (await ComplaintsAsync(DemoSeeder.FlemishOrganisationId)).First(c => c.Status == ComplaintStatus.Investigating);

        var texts = new Dictionary<string, string>();
        foreach (var page in new[] { "verkennen", "toewijzen", "termijnen", "onderzoek", "oplossen" })
        {
            var (response, document) = await browser.GetAsync($"/Staff/Klachten/{investigating.Id}/{page}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            texts[page] = document.QuerySelector("main")!.TextContent;
            Assert.DoesNotContain("Awb", texts[page], StringComparison.Ordinal);
            Assert.DoesNotContain("behoorlijkheidsnorm", texts[page], StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("(art. II.86 Bestuursdecreet)", texts["toewijzen"], StringComparison.Ordinal);
        Assert.Contains("Toetsen aan de ombudsnormen", texts["onderzoek"], StringComparison.Ordinal);
        Assert.DoesNotContain("45 dagen in plaats van 45 dagen", texts["termijnen"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Flemish_term_moved_past_21_July_says_why()
    {
        using var browser = await factory.SignedInAsync(FlemishAccount(StaffRoles.Coordinator));

        // Received Thursday 6 June 2024: 45 days end on Sunday 21 July 2024, the national holiday.
        var (registered, _) = await browser.SubmitAsync("/Staff/Registreren", new Dictionary<string, string>
        {
            ["Input.Channel"] = "Phone",
            ["Input.Story"] = "Meneer belt: de subsidieaanvraag is nooit beantwoord.",
            ["Input.ReceivedOn"] = "06-06-2024",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var (response, page) = await browser.GetAsync(registered.Headers.Location!.OriginalString + "/termijnen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var handlingRow = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Afhandeling");
        Assert.Contains("22 juli 2024", handlingRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("verschoven naar maandag 22 juli 2024 omdat 21 juli 2024 een zondag is en een feestdag (Nationale feestdag)", handlingRow.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Flemish_public_form_lists_the_Flemish_units_and_the_default_form_stays_the_Dutch_demos()
    {
        using var browser = new Browser(factory);

        var (flemish, flemishForm) = await browser.GetAsync("/" + DemoSeeder.FlemishOrganisationSlug + "/klacht");
        var (dutch, dutchForm) = await browser.GetAsync("/klacht");
        var (_, home) = await browser.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, flemish.StatusCode);
        Assert.Equal(DemoSeeder.FlemishUnitNames.Order(StringComparer.Ordinal), UnitOptions(flemishForm).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, dutch.StatusCode);
        Assert.Equal(DemoSeeder.UnitNames.Order(StringComparer.Ordinal), UnitOptions(dutchForm).Order(StringComparer.Ordinal));
        // The home page offers both; the Dutch demo keeps the installation's own addresses.
        Assert.Equal("Stad Voorbeeldstad", home.QuerySelector($"#organisatie-lijst a[href='/{DemoSeeder.FlemishOrganisationSlug}/klacht']")?.TextContent.Trim());
        Assert.Equal("Gemeente Voorbeeld", home.QuerySelector("#organisatie-lijst a[href='/klacht']")?.TextContent.Trim());
    }

    private static List<string> UnitOptions(IHtmlDocument form) =>
        form.QuerySelectorAll("#Input_UnitId option")
            .Where(o => !string.IsNullOrEmpty(o.GetAttribute("value")))
            .Select(o => o.TextContent.Trim())
            .ToList();

    private static List<Guid> InboxIds(IHtmlDocument page) =>
        page.QuerySelectorAll("table.gh-inbox-table tbody tr th a")
            .Select(a => Guid.Parse(a.GetAttribute("href")!["/Staff/Klachten/".Length..]))
            .ToList();

    private async Task<List<Complaint>> ComplaintsAsync(Guid organisationId)
    {
        using var db = factory.CreateDbContext(organisationId, out var scope);
        using var _ = scope;
        return await db.Complaints.AsNoTracking().WithEverything().ToListAsync();
    }
}

public sealed class FlemishDemoOnSqlite(SqliteFactory factory) : FlemishDemoTests<SqliteFactory>(factory);

public sealed class FlemishDemoOnPostgres(PostgresFactory factory) : FlemishDemoTests<PostgresFactory>(factory);
