using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Inbox;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>
/// The inbox over HTTP. The class shares one database, so each test makes its own unit (or
/// knows its own reference numbers) and filters on it.
/// </summary>
public abstract class InboxTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly Actor Employee = Actor.Staff("employee-1", "Mila Medewerker");
    private static readonly DemoAccount Coordinator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator);

    private Clock Clock => factory.Services.GetRequiredService<Clock>();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var browser = new Browser(factory);

        var (response, _) = await browser.GetAsync("/Staff/Inbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unit_filter_shows_only_that_units_complaints_with_their_columns_and_count()
    {
        var unit = await NewUnitAsync();
        var other = await NewUnitAsync();
        var a = await AddAsync(unit.Id, 3, channel: Channel.Letter);
        var b = await AddAsync(unit.Id, 10, channel: Channel.Phone);
        await AddAsync(other.Id, 3);
        using var browser = await factory.SignedInAsync(Coordinator);

        var (response, page) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2 klachten", page.QuerySelector("#resultaat-titel")!.TextContent.Trim());
        var rows = Rows(page);
        Assert.Equal(new[] { a.Id, b.Id }.Order(), rows.Select(r => r.Id).Order());
        var first = rows.Single(r => r.Id == a.Id);
        Assert.Equal(a.Reference.ToString(), first.Reference);
        Assert.Equal("Klacht", first.Cells[0]);
        Assert.Equal("Ontvangen", first.Cells[1]);
        Assert.Equal("Nog niet toegewezen", first.Cells[2]);
        Assert.Equal("Brief", first.Cells[4]);
        Assert.Equal(unit.Name, first.Cells[5]);
        Assert.Equal(unit.Id.ToString(), page.QuerySelector<IHtmlSelectElement>("#afdeling")!.Value);
        Assert.Equal($"/Staff/Klachten/{a.Id}", page.QuerySelector($"a[href='/Staff/Klachten/{a.Id}']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Mine_and_unassigned_filter_on_the_handler()
    {
        var unit = await NewUnitAsync();
        var coordinatorId = await factory.UserIdAsync(Coordinator.Email);
        var mine = await AddAsync(unit.Id, 3, then: c => c.AssignHandler(Actor.Staff(coordinatorId, Coordinator.DisplayName), Employee, Clock.Now));
        var someoneElses = await AddAsync(unit.Id, 3, then: c => c.AssignHandler(Actor.Staff("handler-x", "Bram Behandelaar"), Employee, Clock.Now));
        var nobodys = await AddAsync(unit.Id, 3);
        using var browser = await factory.SignedInAsync(Coordinator);

        var (_, minePage) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&mijn=true");
        var (_, unassignedPage) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&niettoegewezen=true");
        var (_, allPage) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}");

        Assert.Equal([mine.Id], Rows(minePage).Select(r => r.Id));
        Assert.Equal(Coordinator.DisplayName, Rows(minePage)[0].Cells[2]);
        Assert.True(minePage.QuerySelector<IHtmlInputElement>("#mijn")!.IsChecked);
        Assert.Equal([nobodys.Id], Rows(unassignedPage).Select(r => r.Id));
        Assert.True(unassignedPage.QuerySelector<IHtmlInputElement>("#niettoegewezen")!.IsChecked);
        Assert.Equal(3, Rows(allPage).Count);
        Assert.Contains(someoneElses.Id, Rows(allPage).Select(r => r.Id));
    }

    [Fact]
    public async Task Status_filter_defaults_to_open_and_offers_each_status_and_all()
    {
        var unit = await NewUnitAsync();
        var received = await AddAsync(unit.Id, 3);
        var exploring = await AddAsync(unit.Id, 3, then: c =>
        {
            c.AssignHandler(Actor.Staff("handler-x", "Bram Behandelaar"), Employee, Clock.Now);
            c.StartExploration(Employee, Clock.Now);
        });
        var closed = await AddAsync(unit.Id, 3, then: c => c.ResolveOnTheSpot("Lange wachttijd", "Excuses gemaakt", Employee, Clock.Now));
        using var browser = await factory.SignedInAsync(Coordinator);

        var (_, open) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}");
        var (_, closedOnly) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&status=Closed");
        var (_, exploringOnly) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&status=Exploring");
        var (_, all) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&status=alle");
        var (nonsense, nonsensePage) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&status=%3Cscript%3E");

        Assert.Equal(new[] { received.Id, exploring.Id }.Order(), Rows(open).Select(r => r.Id).Order());
        Assert.Equal("open", open.QuerySelector<IHtmlSelectElement>("#status")!.Value);
        Assert.Equal([closed.Id], Rows(closedOnly).Select(r => r.Id));
        Assert.Equal("Afgesloten", Rows(closedOnly)[0].Cells[1]);
        Assert.Equal("Closed", closedOnly.QuerySelector<IHtmlSelectElement>("#status")!.Value);
        Assert.Equal([exploring.Id], Rows(exploringOnly).Select(r => r.Id));
        Assert.Equal("2: intern", Rows(exploringOnly)[0].Cells[3]);
        Assert.Equal(3, Rows(all).Count);
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
        Assert.Equal(2, Rows(nonsensePage).Count);
    }

    [Fact]
    public async Task Overdue_filter_and_signal_in_words_and_counts_per_signal()
    {
        var unit = await NewUnitAsync();
        var overdue = await AddAsync(unit.Id, 120);
        var fresh = await AddAsync(unit.Id, 0);
        var signal = await AddAsync(unit.Id, 120, ComplaintKind.Signal, Channel.Phone);
        using var browser = await factory.SignedInAsync(Coordinator);

        var (_, all) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}");
        var (_, overdueOnly) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&verlopen=true");

        var rows = Rows(all);
        Assert.Equal([overdue.Id, fresh.Id, signal.Id], rows.Select(r => r.Id));
        var deadline = rows[0].Cells[^1];
        Assert.Contains("Termijn verlopen", deadline, StringComparison.Ordinal);
        // An icon next to the words, so the signal never rests on colour alone.
        Assert.NotNull(all.QuerySelector("tbody tr:first-child td[data-label='Eerstvolgende termijn'] .gh-deadline--overdue svg.gh-icon"));
        Assert.Equal("Geen termijn", rows[2].Cells[^1]);
        Assert.Equal("Niemand", rows[2].Cells[2]);
        Assert.Equal("Signaal", rows[2].Cells[0]);
        var freshSignal = DeadlineSignals.For(fresh.NextDueOn, Clock.Today);
        Assert.Contains(DeadlineSignals.DutchName(freshSignal), rows[1].Cells[^1], StringComparison.Ordinal);
        var counts = all.QuerySelector(".gh-inbox-counts")!.TextContent;
        Assert.Matches(@"Termijn verlopen:\s*1\b", counts);
        Assert.Matches($@"Bijna verlopen:\s*{(freshSignal == DeadlineSignal.DueSoon ? 1 : 0)}\b", counts);

        Assert.Equal([overdue.Id], Rows(overdueOnly).Select(r => r.Id));
        Assert.Equal("1 klacht", overdueOnly.QuerySelector("#resultaat-titel")!.TextContent.Trim());
        Assert.True(overdueOnly.QuerySelector<IHtmlInputElement>("#verlopen")!.IsChecked);
    }

    /// <summary>
    /// A unit's counts are read from the unit's rows, which carry copies of the complaint's open
    /// flag and nearest term (ADR 18): they must follow the complaint through a save that closes
    /// it and one that reopens it, or the counts would silently drift from the list.
    /// </summary>
    [Fact]
    public async Task A_units_counts_follow_its_complaints_when_one_is_closed_and_reopened()
    {
        var unit = await NewUnitAsync();
        await AddAsync(unit.Id, 120);
        var changing = await AddAsync(unit.Id, 120);
        using var browser = await factory.SignedInAsync(Coordinator);

        async Task<(string Total, string Counts)> UnitAsync()
        {
            var (_, page) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}");
            return (page.QuerySelector("#resultaat-titel")!.TextContent.Trim(), Text(page.QuerySelector(".gh-inbox-counts")!));
        }

        var before = await UnitAsync();
        await ChangeAsync(changing.Id, c => c.ResolveOnTheSpot("De container is niet geleegd.", "De container direct laten legen.", Employee, Clock.Now));
        var closed = await UnitAsync();
        await ChangeAsync(changing.Id, c => c.Reopen(JurisdictionProfile.NlAwb, "De container is toch weer niet geleegd.", Employee, Clock.Now));
        var reopened = await UnitAsync();

        Assert.Equal("2 klachten", before.Total);
        Assert.Matches(@"Termijn verlopen:\s*2\b", before.Counts);
        Assert.Equal("1 klacht", closed.Total);
        Assert.Matches(@"Termijn verlopen:\s*1\b", closed.Counts);
        Assert.Equal("2 klachten", reopened.Total);
        // Reopened with a new handling term from today (ADR 13), so not overdue.
        Assert.Matches(@"Termijn verlopen:\s*1\b", reopened.Counts);

        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var rows = await db.Complaints.AsNoTracking()
            .SelectMany(c => c.Units, (c, u) => new
            {
                u.UnitId,
                Open = c.Status != ComplaintStatus.Closed,
                c.NextDueOn,
                CopiedOpen = EF.Property<bool>(u, UnitCopies.IsOpen),
                CopiedNextDueOn = EF.Property<DateOnly?>(u, UnitCopies.NextDueOn),
            })
            .Where(r => r.UnitId == unit.Id)
            .ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal((r.Open, r.NextDueOn), (r.CopiedOpen, r.CopiedNextDueOn)));
    }

    private async Task ChangeAsync(Guid complaintId, Action<Complaint> change)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var complaint = await db.Complaints.WithEverything().SingleAsync(c => c.Id == complaintId);
        change(complaint);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Each_row_shows_a_subject_and_the_handling_deadline_beside_the_nearest_term()
    {
        var unit = await NewUnitAsync();
        var complaint = await AddAsync(unit.Id, 10);
        using var browser = await factory.SignedInAsync(Coordinator);

        var (_, page) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}");

        var row = page.QuerySelector($"tr[data-complaint='{complaint.Id}']")!;
        Assert.Equal("De container is al drie weken niet geleegd.", row.QuerySelector("th .gh-subject")!.TextContent.Trim());
        var handling = complaint.Deadlines.Single(d => d.Kind == DeadlineKind.Handling).DueOn;
        Assert.NotEqual(handling, complaint.NextDueOn);
        Assert.Equal(handling.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("td[data-label='Afhandeltermijn']")!.GetAttribute("data-handling"));
        var cells = Rows(page).Single(r => r.Id == complaint.Id).Cells;
        Assert.Matches(@"^\d{1,2} \S+ \d{4}$", cells[7]);
        Assert.Contains("Termijn verlopen", cells[8], StringComparison.Ordinal);
        // On a phone the cells stack with their column name, so no term needs a sideways scroll.
        Assert.NotNull(page.QuerySelector("table.gh-worklist"));
    }

    [Fact]
    public async Task Search_finds_words_of_the_story_within_the_organisation_and_the_other_filters()
    {
        var unit = await NewUnitAsync();
        var word = "vuilnisbak" + Guid.NewGuid().ToString("N")[..10];
        var found = await AddAsync(unit.Id, 3, story: $"Bij de school staat een {word} die al weken overloopt.");
        var again = await AddAsync(unit.Id, 3, story: $"Weer die {word} bij de school.");
        await AddAsync(unit.Id, 3, story: "Een heel ander verhaal over de bibliotheek.");
        var otherOrganisation = await NewOrganisationAsync();
        var theirs = await AddAsync(otherOrganisation.Units[0].Id, 3, story: $"Ook hier een {word}.", organisationId: otherOrganisation.Id);
        using var browser = await factory.SignedInAsync(Coordinator);

        var (response, page) = await browser.GetAsync($"/Staff/Inbox?zoek={Uri.EscapeDataString("School " + word.ToUpperInvariant())}");
        var (_, inUnit) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&zoek={word}");
        var (_, otherUnit) = await browser.GetAsync($"/Staff/Inbox?afdeling={(await NewUnitAsync()).Id}&zoek={word}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { found.Id, again.Id }.Order(), Rows(page).Select(r => r.Id).Order());
        Assert.DoesNotContain(theirs.Id, Rows(page).Select(r => r.Id));
        Assert.Equal("2 klachten", page.QuerySelector("#resultaat-titel")!.TextContent.Trim());

        // A search says how many it found, not how they split by term (each count reads the matches again).
        Assert.Null(page.QuerySelector(".gh-inbox-counts"));
        Assert.Equal("School " + word.ToUpperInvariant(), page.QuerySelector<IHtmlInputElement>("#zoek")!.Value);
        Assert.Equal(2, Rows(inUnit).Count);
        Assert.Empty(Rows(otherUnit));
    }

    /// <summary>
    /// SQLite keeps the hits of a search in a temporary table of the connection and reads them
    /// either from the hits (few) or from the inbox's order (many) (ADR 18): both ways give the
    /// same complaints, and a second search on the same connection sees only its own hits.
    /// </summary>
    [Fact]
    public async Task Search_finds_the_same_from_the_hits_or_in_the_inbox_order_and_forgets_the_previous_search()
    {
        var unit = await NewUnitAsync();
        var first = "gracht" + Guid.NewGuid().ToString("N")[..8];
        var second = "brug" + Guid.NewGuid().ToString("N")[..8];
        var a = await AddAsync(unit.Id, 3, story: $"De lantaarn bij de {first} is kapot.");
        var b = await AddAsync(unit.Id, 5, story: $"De {second} gaat niet meer open.");
        var both = await AddAsync(unit.Id, 8, story: $"Bij de {first} en de {second} ligt afval.");

        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var ofUnit = db.Complaints.AsNoTracking().Where(c => c.Units.Any(u => u.UnitId == unit.Id));
        foreach (var fewHits in new[] { int.MaxValue, 0 })
        {
            async Task<List<Guid>> FindAsync(params string[] words) =>
                await (await InboxQuery.SearchAsync(db, ofUnit, words, fewHits: fewHits)).OrderBy(c => c.ReceivedOn).Select(c => c.Id).ToListAsync();

            Assert.Equal([both.Id, a.Id], await FindAsync(first));
            Assert.Equal([both.Id, b.Id], await FindAsync(second));
            Assert.Equal([both.Id], await FindAsync(first, second));
        }
    }

    [Fact]
    public async Task A_reference_typed_in_the_search_box_finds_that_complaint_and_signs_alone_say_what_to_type()
    {
        var unit = await NewUnitAsync();
        var complaint = await AddAsync(unit.Id, 3);
        await AddAsync(unit.Id, 3);
        using var browser = await factory.SignedInAsync(Coordinator);

        var (_, byReference) = await browser.GetAsync($"/Staff/Inbox?zoek={complaint.Reference}");
        var (response, signs) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&zoek={Uri.EscapeDataString("!!! ???")}");

        Assert.Equal([complaint.Id], Rows(byReference).Select(r => r.Id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Er is nu niet gezocht", signs.QuerySelector("#zoek-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("!!! ???", signs.QuerySelector<IHtmlInputElement>("#zoek")!.Value);
        Assert.Equal("true", signs.QuerySelector("#zoek")!.GetAttribute("aria-invalid"));
        Assert.Equal(2, Rows(signs).Count);
    }

    [Fact]
    public async Task Channel_filter()
    {
        var unit = await NewUnitAsync();
        var phone = await AddAsync(unit.Id, 2, channel: Channel.Phone);
        await AddAsync(unit.Id, 2, channel: Channel.Email);
        using var browser = await factory.SignedInAsync(Coordinator);

        var (_, page) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&kanaal=Phone");

        Assert.Equal([phone.Id], Rows(page).Select(r => r.Id));
        Assert.Equal("Telefoon", Rows(page)[0].Cells[4]);
        Assert.Equal("Phone", page.QuerySelector<IHtmlSelectElement>("#kanaal")!.Value);
    }

    [Fact]
    public async Task Reference_filter_matches_exactly_and_a_malformed_number_is_explained()
    {
        var unit = await NewUnitAsync();
        var wanted = await AddAsync(unit.Id, 2);
        await AddAsync(unit.Id, 2);
        using var browser = await factory.SignedInAsync(Coordinator);

        var (_, page) = await browser.GetAsync($"/Staff/Inbox?nummer={wanted.Reference}");
        var (_, shortForm) = await browser.GetAsync($"/Staff/Inbox?nummer={wanted.Reference.Year}-{wanted.Reference.Sequence}");
        var (bad, badPage) = await browser.GetAsync("/Staff/Inbox?nummer=klacht-12");

        Assert.Equal([wanted.Id], Rows(page).Select(r => r.Id));
        Assert.Equal(wanted.Reference.ToString(), page.QuerySelector<IHtmlInputElement>("#nummer")!.Value);
        Assert.Equal([wanted.Id], Rows(shortForm).Select(r => r.Id));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("2026-000123", badPage.QuerySelector("#nummer-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", badPage.QuerySelector("#nummer")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Keyset_paging_walks_every_complaint_once_in_deadline_order_with_duplicates_and_nulls()
    {
        var unit = await NewUnitAsync();
        var seeded = new List<Complaint>();
        for (var i = 0; i < 62; i++)
        {
            // Four dates of receipt give many equal deadlines; every fourth is a signal without one.
            seeded.Add(i % 4 == 3
                ? await AddAsync(unit.Id, 5, ComplaintKind.Signal, Channel.Counter)
                : await AddAsync(unit.Id, (i % 4) * 30));
        }

        using var browser = await factory.SignedInAsync(Coordinator);
        var walked = new List<Guid>();
        var url = $"/Staff/Inbox?afdeling={unit.Id}";
        var pages = 0;
        while (true)
        {
            var (response, page) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("62 klachten", page.QuerySelector("#resultaat-titel")!.TextContent.Trim());
            var rows = Rows(page);
            Assert.InRange(rows.Count, 1, InboxQuery.PageSize);
            walked.AddRange(rows.Select(r => r.Id));
            pages++;
            if (pages > 1)
            {
                Assert.Equal($"/Staff/Inbox?afdeling={unit.Id}", page.QuerySelectorAll("a").Single(a => a.TextContent == "Eerste pagina").GetAttribute("href"));
            }

            var next = page.QuerySelectorAll("a").FirstOrDefault(a => a.TextContent == "Volgende pagina");
            if (next is null)
            {
                break;
            }

            Assert.Equal(InboxQuery.PageSize, rows.Count);
            url = next.GetAttribute("href")!;
            Assert.Contains("afdeling=", url, StringComparison.Ordinal);
        }

        Assert.Equal(3, pages);
        Assert.Equal(62, walked.Count);
        Assert.Equal(walked.Count, walked.Distinct().Count());

        // The databases order Guids by their text (SQLite, upper-case TEXT) or bytes (PostgreSQL
        // uuid); both equal the ordinal order of the canonical string form.
        var expected = seeded
            .OrderBy(c => c.NextDueOn is null)
            .ThenBy(c => c.NextDueOn)
            .ThenBy(c => c.Id.ToString("D"), StringComparer.Ordinal)
            .Select(c => c.Id)
            .ToList();
        Assert.Equal(expected, walked);
        Assert.Equal(15, seeded.Count(c => c.NextDueOn is null));
    }

    [Fact]
    public async Task An_urgent_complaint_comes_first_whatever_its_term_and_in_every_order()
    {
        var unit = await NewUnitAsync();
        var overdue = await AddAsync(unit.Id, 120);
        var urgent = await AddAsync(unit.Id, 0, then: c => c.MarkUrgent("Zit zonder verwarming.", Employee, Clock.Now));
        var newest = await AddAsync(unit.Id, 0);
        using var browser = await factory.SignedInAsync(Coordinator);

        foreach (var order in new[] { "", "termijn", "afhandeltermijn", "nieuwste", "oudste" })
        {
            var (response, page) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&volgorde={order}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var rows = Rows(page);
            Assert.Equal(urgent.Id, rows[0].Id);
            Assert.Equal("Spoed", page.QuerySelector($"tr[data-complaint='{urgent.Id}'] .gh-urgent")!.TextContent.Trim());
            Assert.Equal(order is "nieuwste" ? [newest.Id, overdue.Id] : new[] { overdue.Id, newest.Id }, rows.Skip(1).Select(r => r.Id));
        }
    }

    [Theory]
    [InlineData("termijn")]
    [InlineData("afhandeltermijn")]
    [InlineData("nieuwste")]
    [InlineData("oudste")]
    public async Task Each_order_sorts_and_pages_every_complaint_once_urgent_first(string order)
    {
        var unit = await NewUnitAsync();
        var seeded = new List<Complaint>();
        for (var i = 0; i < 32; i++)
        {
            // Equal dates (ties on Id), signals without any term, and three urgent complaints.
            seeded.Add(i % 5 == 4
                ? await AddAsync(unit.Id, i % 3, ComplaintKind.Signal, Channel.Counter)
                : await AddAsync(unit.Id, (i % 4) * 20, then: i % 11 == 1 ? c => c.MarkUrgent("Dringend.", Employee, Clock.Now) : null));
        }

        using var browser = await factory.SignedInAsync(Coordinator);
        var walked = new List<Guid>();
        var url = $"/Staff/Inbox?afdeling={unit.Id}&volgorde={order}";
        var pages = 0;
        while (url is not null)
        {
            var (response, page) = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(order, page.QuerySelector<IHtmlSelectElement>("#volgorde")!.Value);
            walked.AddRange(Rows(page).Select(r => r.Id));
            pages++;
            url = page.QuerySelectorAll("a").FirstOrDefault(a => a.TextContent == "Volgende pagina")?.GetAttribute("href");
            // The default order needs no word in the address; every other order stays on the next page.
            Assert.True(url is null || (order == "termijn" ? !url.Contains("volgorde=", StringComparison.Ordinal) : url.Contains($"volgorde={order}", StringComparison.Ordinal)));
        }

        DateOnly? Key(Complaint c) => order switch
        {
            "afhandeltermijn" => c.HandlingDueOn,
            "nieuwste" or "oudste" => c.ReceivedOn,
            _ => c.NextDueOn,
        };
        var urgentFirst = seeded.OrderByDescending(c => c.IsUrgent).ThenBy(c => Key(c) is null);
        var expected = (order == "nieuwste"
                ? urgentFirst.ThenByDescending(Key).ThenByDescending(c => c.Id.ToString("D"), StringComparer.Ordinal)
                : urgentFirst.ThenBy(Key).ThenBy(c => c.Id.ToString("D"), StringComparer.Ordinal))
            .Select(c => c.Id)
            .ToList();
        Assert.Equal(2, pages);
        Assert.Equal(3, seeded.Count(c => c.IsUrgent));
        Assert.Equal(expected, walked);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("%%%")]
    [InlineData("bnVsbHxub3QtYS1ndWlk")]
    [InlineData("MjAyNi0xMy00MHwwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA")]
    public async Task A_bad_cursor_shows_the_first_page(string cursor)
    {
        var unit = await NewUnitAsync();
        var only = await AddAsync(unit.Id, 1);
        using var browser = await factory.SignedInAsync(Coordinator);

        var (response, page) = await browser.GetAsync($"/Staff/Inbox?afdeling={unit.Id}&na={cursor}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([only.Id], Rows(page).Select(r => r.Id));
        Assert.Null(page.QuerySelectorAll("a").FirstOrDefault(a => a.TextContent == "Eerste pagina"));
    }

    [Fact]
    public async Task Another_organisations_complaints_are_never_shown()
    {
        var otherOrganisation = await NewOrganisationAsync();
        var otherUnit = otherOrganisation.Units[0];

        var theirs = await AddAsync(otherUnit.Id, 200, organisationId: otherOrganisation.Id);
        using var browser = await factory.SignedInAsync(Coordinator);

        var (_, byReference) = await browser.GetAsync($"/Staff/Inbox?nummer={theirs.Reference}&status=alle");
        var (_, byUnit) = await browser.GetAsync($"/Staff/Inbox?afdeling={otherUnit.Id}&status=alle");
        // Open only: the counts that read a unit's rows alone must not count another organisation's unit.
        var (_, byOpenUnit) = await browser.GetAsync($"/Staff/Inbox?afdeling={otherUnit.Id}");
        var (_, overdue) = await browser.GetAsync("/Staff/Inbox?verlopen=true&status=alle");

        Assert.DoesNotContain(theirs.Id, Rows(byReference).Select(r => r.Id));
        Assert.Empty(Rows(byUnit));
        Assert.Equal("0 klachten", byUnit.QuerySelector("#resultaat-titel")!.TextContent.Trim());
        Assert.DoesNotContain(otherUnit.Id.ToString(), byUnit.QuerySelector("#afdeling")!.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("0 klachten", byOpenUnit.QuerySelector("#resultaat-titel")!.TextContent.Trim());
        Assert.Matches(@"Termijn verlopen:\s*0\b", Text(byOpenUnit.QuerySelector(".gh-inbox-counts")!));
        Assert.DoesNotContain(theirs.Id, Rows(overdue).Select(r => r.Id));
    }

    /// <summary>The columns by their names (the page puts subject and terms first), in a fixed order for the tests.</summary>
    private static readonly string[] Columns = ["Fase", "Behandelaar", "Trede", "Kanaal", "Afdeling", "Ontvangen", "Afhandeltermijn", "Eerstvolgende termijn"];

    /// <summary>Each row: its complaint, reference, and cells as [kind, fase, behandelaar, trede, kanaal, afdeling, ontvangen, afhandeltermijn, eerstvolgende termijn].</summary>
    private static List<(Guid Id, string Reference, string[] Cells)> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("table.gh-inbox-table tbody tr")
            .Select(tr =>
            {
                var link = tr.QuerySelector("th a")!;
                var id = Guid.Parse(link.GetAttribute("href")!["/Staff/Klachten/".Length..]);
                var byLabel = tr.QuerySelectorAll("td[data-label]").ToDictionary(td => td.GetAttribute("data-label")!, td => Text(td));
                var cells = new[] { Text(tr.QuerySelector("th .gh-worklist__kind")!) }.Concat(Columns.Select(c => byLabel[c])).ToArray();
                return (id, link.TextContent.Trim(), cells);
            })
            .ToList();

    private static string Text(IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<Organisation> NewOrganisationAsync()
    {
        var organisation = new Organisation(Guid.NewGuid(), "Gemeente Elders", "elders-" + Guid.NewGuid().ToString("N")[..8], JurisdictionProfileCode.NlAwb);
        organisation.AddUnit(Guid.NewGuid(), "Burgerzaken");
        using var db = factory.CreateDbContext(organisation.Id, out var scope);
        using var _ = scope;
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    private async Task<Unit> NewUnitAsync()
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == DemoSeeder.OrganisationId);
        var unit = organisation.AddUnit(Guid.NewGuid(), "Team " + Guid.NewGuid().ToString("N")[..8]);
        await db.SaveChangesAsync();
        return unit;
    }

    private async Task<Complaint> AddAsync(
        Guid unitId,
        int receivedDaysAgo,
        ComplaintKind kind = ComplaintKind.Complaint,
        Channel channel = Channel.Letter,
        Action<Complaint>? then = null,
        Guid? organisationId = null,
        string story = "De container is al drie weken niet geleegd.")
    {
        var organisation = organisationId ?? DemoSeeder.OrganisationId;
        using var db = factory.CreateDbContext(organisation, out var scope);
        using var _ = scope;
        var now = Clock.Now;
        var complaint = Complaint.Register(
            Guid.NewGuid(),
            organisation,
            await ReferenceNumbers.NextAsync(db, organisation, now.Year),
            TrackingCode.New(),
            new ComplaintRegistration(
                channel,
                kind,
                Clock.Today.AddDays(-receivedDaysAgo),
                story,
                new Complainant("J. Jansen", "j.jansen@example.org", "0612345678")),
            JurisdictionProfile.NlAwb,
            Employee,
            now);
        complaint.AddUnit(unitId, "Afdeling", Employee, now);
        then?.Invoke(complaint);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync();
        return complaint;
    }
}

public sealed class InboxOnSqlite(SqliteFactory factory) : InboxTests<SqliteFactory>(factory);

public sealed class InboxOnPostgres(PostgresFactory factory) : InboxTests<PostgresFactory>(factory);

/// <summary>How a bounded count reads.</summary>
public sealed class InboxCountsTests
{
    [Theory]
    [InlineData(0, "0", "0 klachten")]
    [InlineData(1, "1", "1 klacht")]
    [InlineData(999, "999", "999 klachten")]
    [InlineData(1000, "1000", "1000 klachten")]
    [InlineData(1001, "meer dan 1.000", "Meer dan 1.000 klachten")]
    public void A_count_above_the_cap_reads_meer_dan_1000(int count, string text, string title)
    {
        Assert.Equal(text, InboxCounts.Text(count));
        Assert.Equal(title, InboxCounts.Complaints(count));
    }

    [Theory]
    [InlineData(200, "200 klachten")]
    [InlineData(201, "Meer dan 200 klachten")]
    public void A_search_is_counted_up_to_its_own_cap(int count, string title) =>
        Assert.Equal(title, InboxCounts.Complaints(count, InboxCounts.SearchCap));
}

/// <summary>The cursor and the keyset predicate without a database.</summary>
public sealed class InboxCursorTests
{
    [Theory]
    [InlineData("2026-05-04")]
    [InlineData(null)]
    public void A_cursor_survives_the_round_trip(string? due)
    {
        foreach (var urgent in new[] { false, true })
        {
            var cursor = new InboxCursor(due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid(), urgent);

            Assert.True(InboxCursor.TryDecode(cursor.Encode(), out var decoded));
            Assert.Equal(cursor, decoded);
            Assert.DoesNotContain('=', cursor.Encode());
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("MjAyNi0wNS0wNA")]
    [InlineData("bnVsbHxub3QtYS1ndWlk")]
    public void Anything_else_is_no_cursor(string? text) => Assert.False(InboxCursor.TryDecode(text, out _));

    [Theory]
    [InlineData(InboxSort.NearestTerm)]
    [InlineData(InboxSort.Newest)]
    public void The_keyset_predicate_continues_exactly_after_the_cursor_with_nulls_last(InboxSort sort)
    {
        var today = new DateOnly(2026, 5, 4);
        var complaints = Enumerable.Range(0, 40)
            .Select(i => (Due: i % 5 == 0 && sort != InboxSort.Newest ? (DateOnly?)null : today.AddDays(i % 3), Id: Guid.NewGuid()))
            .ToList();
        var nullsLast = complaints.OrderBy(c => c.Due is null);
        var ordered = (sort == InboxSort.Newest ? nullsLast.ThenByDescending(c => c.Due).ThenByDescending(c => c.Id) : nullsLast.ThenBy(c => c.Due).ThenBy(c => c.Id)).ToList();

        for (var i = 0; i < ordered.Count; i++)
        {
            var predicate = InboxQuery.After(new InboxCursor(ordered[i].Due, ordered[i].Id), sort).Compile();
            var after = ordered.Where(c => predicate(Entity(c.Due, c.Id, sort))).ToList();
            Assert.Equal(ordered.Skip(i + 1), after);
        }
    }

    private static Complaint Entity(DateOnly? due, Guid id, InboxSort sort)
    {
        // The predicate only reads the date of the order and Id; set them on an uninitialised instance.
        var complaint = (Complaint)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(Complaint));
        if (sort == InboxSort.Newest)
        {
            typeof(Complaint).GetProperty(nameof(Complaint.ReceivedOn))!.SetValue(complaint, due!.Value);
        }
        else
        {
            typeof(Complaint).GetProperty(nameof(Complaint.NextDueOn))!.SetValue(complaint, due);
        }

        typeof(Complaint).GetProperty(nameof(Complaint.Id))!.SetValue(complaint, id);
        return complaint;
    }
}
