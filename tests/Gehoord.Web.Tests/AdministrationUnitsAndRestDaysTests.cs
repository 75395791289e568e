using System.Net;
using AngleSharp.Html.Dom;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>
/// The administrator's units and extra rest days, over HTTP: each change through the domain,
/// recorded in the configuration history with old and new value; refusals in Dutch with the
/// input kept; a rest day's effect on open deadlines shown before anything is saved.
/// </summary>
public abstract class AdministrationUnitsAndRestDaysTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private const string UnitsUrl = "/Staff/Beheer/Afdelingen";
    private const string RestDaysUrl = "/Staff/Beheer/Vrije-dagen";

    private static readonly DemoAccount Administrator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Administrator);

    [Fact]
    public async Task A_unit_is_added_under_another_renamed_given_a_manager_and_abolished_and_each_change_is_in_the_history()
    {
        using var admin = await factory.SignedInAsync(Administrator);
        var suffix = Suffix();
        var parentName = "Sociaal Domein " + suffix;
        var childName = "Team Schulden " + suffix;
        var newName = "Team Geldzaken " + suffix;
        var parentId = await AddUnitAsync(admin, parentName);
        var childId = await AddUnitAsync(admin, childName, parentId);
        var managerName = "Mirjam Manager " + suffix;
        var manager = await factory.NewStaffAsync(managerName, null, StaffRoles.Manager);
        var managerId = await factory.UserIdAsync(manager.Email);

        var (_, tree) = await admin.GetAsync(UnitsUrl);
        Assert.NotNull(tree.QuerySelector($"li[data-unit='{parentId}'] li[data-unit='{childId}']"));

        var unitUrl = $"{UnitsUrl}/{childId}";
        var (_, unitPage) = await admin.GetAsync(unitUrl);
        Assert.Equal(childName, ((IHtmlInputElement)unitPage.QuerySelector("#Input_Name")!).Value);
        var managerBox = unitPage.QuerySelectorAll("input[name='Input.ManagerIds']").OfType<IHtmlInputElement>().SingleOrDefault(i => i.Value == managerId);
        Assert.NotNull(managerBox);
        var (saved, _) = await admin.SubmitLikeBrowserAsync(unitPage, unitUrl, "#afdeling-form", "#opslaan", new Dictionary<string, string>
        {
            ["Input.Name"] = newName,
            ["Input.ManagerIds"] = managerId,
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        (_, unitPage) = await admin.GetAsync(unitUrl);
        Assert.Contains(newName, unitPage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.True(((IHtmlInputElement)unitPage.QuerySelectorAll("input[name='Input.ManagerIds']").Single(i => ((IHtmlInputElement)i).Value == managerId)).IsChecked);
        var (abolished, _) = await admin.SubmitLikeBrowserAsync(unitPage, unitUrl, "#afdeling-form", "#opheffen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, abolished.StatusCode);

        var today = HandlingInput.Date(factory.Services.GetRequiredService<Clock>().Today);
        (_, tree) = await admin.GetAsync(UnitsUrl);
        var item = tree.QuerySelector($"li[data-unit='{parentId}'] li[data-unit='{childId}']")!;
        Assert.Contains($"opgeheven op {today}", item.TextContent, StringComparison.Ordinal);
        Assert.Contains(managerName, item.TextContent, StringComparison.Ordinal);
        Assert.Contains(newName, item.TextContent, StringComparison.Ordinal);

        var history = await HistoryAsync();
        Assert.Contains(history, c => c.Subject == $"Afdeling {childName}" && c.Setting == "Naam" && c.OldValue is null && c.NewValue == childName);
        Assert.Contains(history, c => c.Subject == $"Afdeling {childName}" && c.Setting == "Valt onder" && c.OldValue is null && c.NewValue == parentName);
        Assert.Contains(history, c => c.Subject == $"Afdeling {childName}" && c.Setting == "Naam" && c.OldValue == childName && c.NewValue == newName);
        Assert.Contains(history, c => c.Subject == $"Afdeling {childName}" && c.Setting == "Leidinggevenden" && c.OldValue is null && c.NewValue == managerName);
        Assert.Contains(history, c => c.Subject == $"Afdeling {newName}" && c.Setting == "Opgeheven" && c.OldValue is null && c.NewValue == today);
        Assert.All(history.Where(c => c.Subject.EndsWith(suffix, StringComparison.Ordinal)), c => Assert.Equal(Administrator.DisplayName, c.ActorName));

        // An abolished unit offers restoring it, not abolishing it again.
        (_, unitPage) = await admin.GetAsync(unitUrl);
        Assert.NotNull(unitPage.QuerySelector("#heractiveren"));
        Assert.Null(unitPage.QuerySelector("#opheffen"));
    }

    [Fact]
    public async Task A_loop_or_a_duplicate_name_is_refused_in_Dutch_and_what_was_typed_stays()
    {
        using var admin = await factory.SignedInAsync(Administrator);
        var suffix = Suffix();
        var topName = "Ruimte " + suffix;
        var topId = await AddUnitAsync(admin, topName);
        var childId = await AddUnitAsync(admin, "Groen " + suffix, topId);

        // The top unit under its own sub-unit: a loop.
        var topUrl = $"{UnitsUrl}/{topId}";
        var (_, page) = await admin.GetAsync(topUrl);
        var (loop, loopPage) = await admin.SubmitLikeBrowserAsync(page, topUrl, "#afdeling-form", "#opslaan", new Dictionary<string, string>
        {
            ["Input.Name"] = "Ruimte en Groen " + suffix,
            ["Input.ParentId"] = childId.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, loop.StatusCode);
        Assert.Contains("kan niet onder zichzelf of onder een eigen onderdeel vallen", loopPage.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Ruimte en Groen " + suffix, ((IHtmlInputElement)loopPage.QuerySelector("#Input_Name")!).Value);

        // A name another unit has (in other letters), on the unit page and on the add form.
        var childUrl = $"{UnitsUrl}/{childId}";
        (_, page) = await admin.GetAsync(childUrl);
        var (duplicate, duplicatePage) = await admin.SubmitLikeBrowserAsync(page, childUrl, "#afdeling-form", "#opslaan", new Dictionary<string, string> { ["Input.Name"] = topName.ToUpperInvariant() });
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains($"Er is al een afdeling met de naam '{topName.ToUpperInvariant()}'.", duplicatePage.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(topName.ToUpperInvariant(), ((IHtmlInputElement)duplicatePage.QuerySelector("#Input_Name")!).Value);

        (_, page) = await admin.GetAsync(UnitsUrl);
        var (added, addedPage) = await admin.SubmitLikeBrowserAsync(page, UnitsUrl, "#afdeling-toevoegen", "#toevoegen-knop", new Dictionary<string, string>
        {
            ["Input.Name"] = " " + topName + " ",
            ["Input.ParentId"] = topId.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains($"Er is al een afdeling met de naam '{topName}'.", addedPage.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(topId.ToString(), ((IHtmlSelectElement)addedPage.QuerySelector("#Input_ParentId")!).Value);

        var organisation = await OrganisationAsync();
        Assert.Equal(topName, organisation.UnitById(topId).Name);
        Assert.Null(organisation.UnitById(topId).ParentId);
        Assert.Single(organisation.Units, u => string.Equals(u.Name, topName, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(await HistoryAsync(), c => c.NewValue == "Ruimte en Groen " + suffix);
    }

    [Fact]
    public async Task Only_an_administrator_may_open_the_pages()
    {
        var organisation = await OrganisationAsync();
        foreach (var account in DemoSeeder.Accounts.Where(a => a.Role != StaffRoles.Administrator))
        {
            using var browser = await factory.SignedInAsync(account);
            foreach (var url in new[] { UnitsUrl, $"{UnitsUrl}/{organisation.Units[0].Id}", RestDaysUrl })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(url)).Response.StatusCode);
            }
        }
    }

    [Fact]
    public async Task Another_organisations_units_are_never_shown_nor_usable()
    {
        var elsewhere = await factory.NewOrganisationAsync(unitName: "Elders Archief " + Suffix());
        var theirs = elsewhere.Units.Single();
        using var admin = await factory.SignedInAsync(Administrator);

        var (_, list) = await admin.GetAsync(UnitsUrl);
        Assert.DoesNotContain(theirs.Name, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{UnitsUrl}/{theirs.Id}")).Response.StatusCode);

        var (refused, refusedPage) = await admin.SubmitLikeBrowserAsync(list, UnitsUrl, "#afdeling-toevoegen", "#toevoegen-knop", new Dictionary<string, string>
        {
            ["Input.Name"] = "Onder een vreemde " + Suffix(),
            ["Input.ParentId"] = theirs.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("bestaat niet (meer) in uw organisatie", refusedPage.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bridge_day_shows_which_deadlines_move_saves_nothing_until_Opslaan_and_then_moves_them()
    {
        var complaint = await AddComplaintReceivedTodayAsync();
        var (day, expected) = await ADayThatMovesAsync(complaint);
        var dateText = HandlingInput.Date(day);
        using var admin = await factory.SignedInAsync(Administrator);

        // Typed without leading zeros: read with the same rules as every other date.
        var (_, page) = await admin.GetAsync(RestDaysUrl);
        var typed = $"{day.Day}-{day.Month}-{day.Year}";
        var (previewed, preview) = await admin.SubmitLikeBrowserAsync(page, RestDaysUrl, "#vrije-dagen-form", "#bekijk-gevolgen", new Dictionary<string, string>
        {
            ["Input.Date"] = typed,
            ["Input.Name"] = "Brugdag na Hemelvaart",
        });
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        Assert.Equal(typed, ((IHtmlInputElement)preview.QuerySelector("#Input_Date")!).Value);
        Assert.Equal("Brugdag na Hemelvaart", ((IHtmlInputElement)preview.QuerySelector("#Input_Name")!).Value);
        var rows = preview.QuerySelectorAll($"#verschuivingen tr[data-complaint='{complaint.Id}']").Select(Cells).ToList();
        Assert.Equal(
            expected.OrderBy(m => m.From).Select(m => new[] { complaint.Reference.ToString(), DeadlineFacts.DutchName(m.Kind), $"was {HandlingInput.Date(m.From)}, wordt {HandlingInput.Date(m.To)}" }),
            rows);
        Assert.Contains("Er is nog niets opgeslagen.", preview.QuerySelector("#gevolgen-samenvatting")!.TextContent, StringComparison.Ordinal);

        // Seen, not saved.
        Assert.DoesNotContain((await OrganisationAsync()).ExtraRestDays, d => d.Date == day);
        Assert.Equal(complaint.Deadlines.Select(d => (d.Kind, d.DueOn)).Order(), (await factory.StoredComplaintAsync(complaint.Id)).Deadlines.Select(d => (d.Kind, d.DueOn)).Order());

        var (savedResponse, _) = await admin.SubmitLikeBrowserAsync(preview, RestDaysUrl, "#vrije-dagen-form", "#opslaan", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, savedResponse.StatusCode);

        var stored = await factory.StoredComplaintAsync(complaint.Id);
        foreach (var move in expected)
        {
            Assert.Equal(move.To, stored.Deadlines.Single(d => d.Kind == move.Kind).DueOn);
        }

        var moved = Assert.Single(stored.Timeline, e => e.Kind == TimelineEventKind.DeadlinesMoved);
        Assert.Contains($"Extra vrije dag {dateText} toegevoegd", moved.Why, StringComparison.Ordinal);
        Assert.Equal(Administrator.DisplayName, moved.ActorName);
        Assert.Contains((await OrganisationAsync()).ExtraRestDays, d => d.Date == day && d.Name == "Brugdag na Hemelvaart");
        Assert.Contains(await HistoryAsync(), c => c.Subject == "Extra vrije dagen" && c.Setting == dateText && c.OldValue is null && c.NewValue == "Brugdag na Hemelvaart");

        var (_, list) = await admin.GetAsync(RestDaysUrl);
        Assert.Contains("is een termijn verschoven", list.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Brugdag na Hemelvaart", list.QuerySelector($"#vrije-dagen-{day.Year} tr[data-date='{dateText}']")!.TextContent, StringComparison.Ordinal);

        // Removing it: the same preview, then the confirmation; the deadlines move back.
        var removeButton = $"#vrije-dagen-{day.Year} tr[data-date='{dateText}'] button";
        var (_, removePreview) = await admin.SubmitLikeBrowserAsync(list, RestDaysUrl, "#vrije-dagen-form", removeButton, new Dictionary<string, string> { ["Remove"] = dateText });
        var back = removePreview.QuerySelectorAll($"#verschuivingen tr[data-complaint='{complaint.Id}']").Select(Cells).ToList();
        Assert.Equal(expected.OrderBy(m => m.From).Select(m => new[] { complaint.Reference.ToString(), DeadlineFacts.DutchName(m.Kind), $"was {HandlingInput.Date(m.To)}, wordt {HandlingInput.Date(m.From)}" }), back);
        Assert.Contains((await OrganisationAsync()).ExtraRestDays, d => d.Date == day);

        var (removed, _) = await admin.SubmitLikeBrowserAsync(removePreview, RestDaysUrl, "#vrije-dagen-form", "#verwijderen-bevestigen", new Dictionary<string, string> { ["Remove"] = dateText });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(complaint.Deadlines.Select(d => (d.Kind, d.DueOn)).Order(), stored.Deadlines.Select(d => (d.Kind, d.DueOn)).Order());
        Assert.Equal(2, stored.Timeline.Count(e => e.Kind == TimelineEventKind.DeadlinesMoved));
        Assert.DoesNotContain((await OrganisationAsync()).ExtraRestDays, d => d.Date == day);
        Assert.Contains(await HistoryAsync(), c => c.Subject == "Extra vrije dagen" && c.Setting == dateText && c.OldValue == "Brugdag na Hemelvaart" && c.NewValue is null);
    }

    [Theory]
    [InlineData("31-02-2027", "#bekijk-gevolgen")]
    [InlineData("morgen", "#bekijk-gevolgen")]
    [InlineData("", "#bekijk-gevolgen")]
    public async Task A_date_that_cannot_be_read_gets_a_Dutch_message_and_is_kept(string typed, string button)
    {
        using var admin = await factory.SignedInAsync(Administrator);
        var (_, page) = await admin.GetAsync(RestDaysUrl);
        var (response, result) = await admin.SubmitLikeBrowserAsync(page, RestDaysUrl, "#vrije-dagen-form", button, new Dictionary<string, string>
        {
            ["Input.Date"] = typed,
            ["Input.Name"] = "Sluitingsdag",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("bijvoorbeeld", result.QuerySelector("#Input_Date-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typed, ((IHtmlInputElement)result.QuerySelector("#Input_Date")!).Value);
        Assert.Equal("Sluitingsdag", ((IHtmlInputElement)result.QuerySelector("#Input_Name")!).Value);
        Assert.Null(result.QuerySelector("#opslaan"));

        // Posting "Opslaan" with such a date directly is refused the same way, never a server error.
        var form = (IHtmlFormElement)result.QuerySelector("#vrije-dagen-form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var (direct, directPage) = await admin.SubmitAsync(form, RestDaysUrl + "?handler=Save", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Date"] = typed,
            ["PreviewedDate"] = typed,
        });
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.NotNull(directPage.QuerySelector("#Input_Date-error"));
    }

    private static string[] Cells(AngleSharp.Dom.IElement row) =>
        [.. row.QuerySelectorAll("th, td").Select(c => string.Join(' ', c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6];

    private async Task<Guid> AddUnitAsync(Browser admin, string name, Guid? parentId = null)
    {
        var (_, page) = await admin.GetAsync(UnitsUrl);
        var fields = new Dictionary<string, string> { ["Input.Name"] = name };
        if (parentId is { } parent)
        {
            fields["Input.ParentId"] = parent.ToString();
        }

        var (response, _) = await admin.SubmitLikeBrowserAsync(page, UnitsUrl, "#afdeling-toevoegen", "#toevoegen-knop", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unit = (await OrganisationAsync()).Units.Single(u => u.Name == name);
        Assert.Equal(parentId, unit.ParentId);
        return unit.Id;
    }

    private async Task<Organisation> OrganisationAsync()
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return await db.Organisations.AsNoTracking().Include(o => o.Units).SingleAsync(o => o.Id == DemoSeeder.OrganisationId);
    }

    private async Task<List<ConfigurationChange>> HistoryAsync()
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return await db.ConfigurationChanges.AsNoTracking().ToListAsync();
    }

    /// <summary>A letter received today in the demo organisation, under the organisation's own rules.</summary>
    private async Task<Complaint> AddComplaintReceivedTodayAsync()
    {
        var clock = factory.Services.GetRequiredService<Clock>();
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == DemoSeeder.OrganisationId);
        var now = clock.Now;
        var complaint = Complaint.Register(
            Guid.NewGuid(),
            DemoSeeder.OrganisationId,
            await ReferenceNumbers.NextAsync(db, DemoSeeder.OrganisationId, now.Year),
            TrackingCode.New(),
            new ComplaintRegistration(Channel.Letter, ComplaintKind.Complaint, clock.Today, "De stoep voor nummer 12 ligt al weken open.", new Complainant("Jorien Brugman", "j.brugman@example.org")),
            organisation.Profile(),
            Actor.Staff("employee-1", "Mila Medewerker"),
            now);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync();
        return complaint;
    }

    /// <summary>
    /// A day within the next two weeks that, made a rest day, moves one of the complaint's
    /// working-day terms (the acknowledgement or the personal contact): the test clock is the
    /// real one, so the day is found, not fixed.
    /// </summary>
    private async Task<(DateOnly Day, IReadOnlyList<DeadlineMove> Moves)> ADayThatMovesAsync(Complaint complaint)
    {
        var organisation = await OrganisationAsync();
        for (var day = complaint.ReceivedOn.AddDays(1); day <= complaint.ReceivedOn.AddDays(14); day = day.AddDays(1))
        {
            if (organisation.ExtraRestDays.Any(d => d.Date == day))
            {
                continue;
            }

            var moves = complaint.DeadlineMovesUnder(organisation.ProfileWith([.. organisation.ExtraRestDays, new ExtraRestDay(day, "Brugdag")]));
            if (moves.Count > 0)
            {
                return (day, moves);
            }
        }

        throw new InvalidOperationException("No day in the next two weeks moves a deadline of a complaint received today.");
    }
}

public sealed class AdministrationUnitsAndRestDaysTestsOnSqlite(SqliteFactory factory) : AdministrationUnitsAndRestDaysTests<SqliteFactory>(factory);

public sealed class AdministrationUnitsAndRestDaysTestsOnPostgres(PostgresFactory factory) : AdministrationUnitsAndRestDaysTests<PostgresFactory>(factory);
