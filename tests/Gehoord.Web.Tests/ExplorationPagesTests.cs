using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

public abstract class ExplorationPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly Actor Employee = Actor.Staff("employee-test", "Mila Medewerker");
    private static readonly DemoAccount HandlerAccount = DemoSeeder.Accounts.Single(a => a.Role == Identity.StaffRoles.Handler);
    private static readonly DemoAccount EmployeeAccount = DemoSeeder.Accounts.Single(a => a.Role == Identity.StaffRoles.Employee);

    private static CancellationToken Ct => CancellationToken.None;

    private Clock Clock => factory.Services.GetRequiredService<Clock>();

    private DateOnly Today => Clock.Today;

    [Fact]
    public async Task The_core_is_saved_prefilled_and_shown_in_the_timeline()
    {
        var complaint = await ExploringComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Explore(complaint);

        var (response, _) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Core.Core"] = "De klager is drie keer niet teruggebeld over de lekkage.",
            ["Core.CitizenWants"] = "Excuses en een vaste contactpersoon.",
        }, "#kern-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.Headers.Location!.OriginalString);
        var (_, page) = await browser.GetAsync(url);
        Assert.Equal("Vastgelegd: de kern van de klacht.", Normalise(page.QuerySelector("[role=status]")!.TextContent));
        Assert.Equal("De klager is drie keer niet teruggebeld over de lekkage.", page.QuerySelector("#Core_Core")!.TextContent);
        Assert.Equal("Excuses en een vaste contactpersoon.", page.QuerySelector("#Core_CitizenWants")!.TextContent);

        var (_, casePage) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}");
        var last = casePage.QuerySelectorAll("#tijdlijn-lijst > li")[^1];
        Assert.Equal(
            "Kern van de klacht: De klager is drie keer niet teruggebeld over de lekkage. De klager wil: Excuses en een vaste contactpersoon.",
            last.QuerySelector(".gh-timeline__what")!.TextContent);
        Assert.EndsWith("· Bram Behandelaar", Normalise(last.QuerySelector(".gh-timeline__meta")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_core_is_refused_next_to_the_field_with_the_other_text_kept()
    {
        var complaint = await ExploringComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);

        var (response, page) = await browser.SubmitAsync(Explore(complaint), new Dictionary<string, string>
        {
            ["Core.Core"] = "  ",
            ["Core.CitizenWants"] = "Uitleg.",
        }, "#kern-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Beschrijf in uw eigen woorden", page.QuerySelector("#Core_Core-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Uitleg.", page.QuerySelector("#Core_CitizenWants")!.TextContent);

        // Only the posted form is checked: the empty part and respondent forms show no error.
        Assert.Null(page.QuerySelector("#Part_Description-error"));
        Assert.Null(page.QuerySelector("#Investigation_Reason-error"));
    }

    [Fact]
    public async Task Adding_the_handler_as_respondent_shows_the_9_7_message_and_keeps_the_input()
    {
        var complaint = await ExploringComplaintAsync();
        var handlerId = await factory.UserIdAsync(HandlerAccount.Email);
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Explore(complaint);
        var (_, before) = await browser.GetAsync(url);
        var unit = before.QuerySelectorAll("#Respondent_UnitId option").First(o => o.GetAttribute("value") is { Length: > 0 });

        var (response, page) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Respondent.Name"] = "Bram B.",
            ["Respondent.StaffUserId"] = handlerId,
            ["Respondent.UnitId"] = unit.GetAttribute("value")!,
        }, "#beklaagde-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Bram B. behandelt deze klacht en kan daarom niet ook beklaagde zijn (Awb 9:7).",
            page.QuerySelector("[role=alert]")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal("Bram B.", ((IHtmlInputElement)page.QuerySelector("#Respondent_Name")!).Value);
        Assert.Equal(handlerId, ((IHtmlSelectElement)page.QuerySelector("#Respondent_StaffUserId")!).Value);
        Assert.Equal(unit.GetAttribute("value"), ((IHtmlSelectElement)page.QuerySelector("#Respondent_UnitId")!).Value);
        Assert.Empty((await factory.StoredComplaintAsync(complaint.Id)).Respondents);
    }

    [Fact]
    public async Task A_respondent_is_added_gets_a_copy_and_gives_a_view()
    {
        var complaint = await ExploringComplaintAsync();
        var employeeId = await factory.UserIdAsync(EmployeeAccount.Email);
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Explore(complaint);

        var (added, _) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Respondent.Name"] = string.Empty,
            ["Respondent.StaffUserId"] = employeeId,
        }, "#beklaagde-form");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var (_, page) = await browser.GetAsync(url);
        var respondent = Assert.Single((await factory.StoredComplaintAsync(complaint.Id)).Respondents);
        Assert.Equal(EmployeeAccount.DisplayName, respondent.Name);
        Assert.Equal(respondent.Id.ToString(), page.QuerySelector("input[name='RespondentRows[0].RespondentId']")!.GetAttribute("value"));

        // The copy and the respondent's view in one save.
        var (informed, _) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["RespondentRows[0].CopySentOn"] = Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            ["RespondentRows[0].View"] = "Ik heb twee keer teruggebeld.",
        }, "#verkennen-form");
        Assert.Equal(HttpStatusCode.Redirect, informed.StatusCode);

        var stored = Assert.Single((await factory.StoredComplaintAsync(complaint.Id)).Respondents);
        Assert.Equal(Today, stored.InformedOn);
        Assert.Equal("Ik heb twee keer teruggebeld.", stored.View);
    }

    [Fact]
    public async Task The_exploration_page_is_one_form_that_saves_every_typed_part_at_once_or_keeps_all_of_it()
    {
        var complaint = await ExploringComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Explore(complaint);
        var typed = new Dictionary<string, string>
        {
            ["Core.Core"] = "De container is drie keer niet geleegd.",
            ["Core.CitizenWants"] = string.Empty,
            ["Preference.PrefersWritten"] = "true",
            ["Part.Description"] = "Niet teruggebeld",
            ["Respondent.Name"] = "Afvalinzameling",
        };

        // One part refused (what the complainant wants is empty): nothing is saved, everything typed comes back.
        var (refused, page) = await browser.SubmitAsync(url, typed, "#verkennen-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Schrijf op wat de klager wil.", page.QuerySelector("#Core_CitizenWants-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("De container is drie keer niet geleegd.", page.QuerySelector("#Core_Core")!.TextContent);
        Assert.Equal("Niet teruggebeld", page.QuerySelector("#Part_Description")!.TextContent);
        Assert.Equal("Afvalinzameling", ((IHtmlInputElement)page.QuerySelector("#Respondent_Name")!).Value);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#Preference_PrefersWritten_true")!).IsChecked);
        var untouched = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Null(untouched.Core);
        Assert.Empty(untouched.Parts);
        Assert.Empty(untouched.Respondents);
        Assert.False(untouched.PrefersWrittenContact);

        typed["Core.CitizenWants"] = "Dat de container wordt geleegd.";
        var (saved, _) = await browser.SubmitAsync(url, typed, "#verkennen-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, after) = await browser.GetAsync(url);
        Assert.Contains(
            "Vastgelegd: de kern van de klacht, de klager wil alleen schriftelijk contact, het klachtonderdeel, de beklaagde.",
            after.QuerySelector("[role=status]")!.TextContent,
            StringComparison.Ordinal);
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal("Dat de container wordt geleegd.", stored.CitizenWants);
        Assert.Equal("Niet teruggebeld", Assert.Single(stored.Parts).Description);
        Assert.Equal("Afvalinzameling", Assert.Single(stored.Respondents).Name);
        Assert.True(stored.PrefersWrittenContact);

        // Saving again with the same values adds nothing: the filled-in parts are unchanged, the new ones empty.
        var (again, _) = await browser.SubmitLikeBrowserAsync(after, url, "#verkennen-form", "button[type=submit]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var (_, same) = await browser.GetAsync(url);
        Assert.Contains("Er was niets nieuws om op te slaan.", same.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(stored.Timeline.Count, (await factory.StoredComplaintAsync(complaint.Id)).Timeline.Count);
    }

    [Fact]
    public async Task A_respondents_view_that_is_too_long_is_refused_beside_the_field_with_everything_kept()
    {
        var complaint = await ExploringComplaintAsync(c => c.AddRespondent(Guid.NewGuid(), "Baliemedewerker P.", null, null, Employee, DateTimeOffset.UtcNow));
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Explore(complaint);
        var view = new string('x', 4001);

        var (refused, page) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["RespondentRows[0].View"] = view,
            ["Part.Description"] = "Niet teruggebeld",
        }, "#verkennen-form");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Houd de reactie korter dan 4000 tekens.", page.QuerySelector("#RespondentRows_0__View-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(view, page.QuerySelector("#RespondentRows_0__View")!.TextContent);
        Assert.Equal("Niet teruggebeld", page.QuerySelector("#Part_Description")!.TextContent);
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Null(Assert.Single(stored.Respondents).View);
        Assert.Empty(stored.Parts);
    }

    [Fact]
    public async Task Start_resolving_is_refused_with_the_missing_items_then_allowed()
    {
        var complaint = await ExploringComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Explore(complaint);
        var (_, before) = await browser.GetAsync(url);

        var checklist = before.QuerySelectorAll("#stap-oplossen-lijst li").Select(li => Normalise(li.TextContent)).ToList();
        Assert.Equal(["☐ Nog nodig: De kern van de klacht en wat de klager wil, zijn beschreven"], checklist);
        var button = (IHtmlButtonElement)before.QuerySelector("#opslaan-en-oplossen")!;
        Assert.False(button.IsDisabled);

        var (refused, page) = await browser.SubmitAsync(url, new Dictionary<string, string>(), "#opslaan-en-oplossen");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "'Naar oplossen' kan nog niet. Nog nodig: de kern van de klacht en wat de klager wil, zijn beschreven.",
            page.QuerySelector("[role=alert]")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Exploring, (await factory.StoredComplaintAsync(complaint.Id)).Status);

        await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Core.Core"] = "Lekkage niet verholpen.",
            ["Core.CitizenWants"] = "Dat het lek wordt gerepareerd.",
        }, "#kern-form");
        var (_, ready) = await browser.GetAsync(url);
        Assert.Equal(
            ["☑ In orde: De kern van de klacht en wat de klager wil, zijn beschreven"],
            ready.QuerySelectorAll("#stap-oplossen-lijst li").Select(li => Normalise(li.TextContent)));
        Assert.Contains("Nog nodig: Er is minstens één klachtonderdeel", Normalise(ready.QuerySelector("#stap-onderzoek-lijst")!.TextContent), StringComparison.Ordinal);

        var (allowed, _) = await browser.SubmitAsync(url, new Dictionary<string, string>(), "#opslaan-en-oplossen");

        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(ComplaintStatus.Resolving, stored.Status);
        Assert.Equal(TimelineEventKind.ResolvingStarted, stored.Timeline.OrderBy(e => e.Sequence).Last().Kind);

        // From solving, the step to solving is no longer offered.
        var (_, after) = await browser.GetAsync(url);
        Assert.Null(after.QuerySelector("#opslaan-en-oplossen"));
    }

    [Fact]
    public async Task Parts_and_a_unit_are_added_and_the_investigation_needs_a_reason()
    {
        var complaint = await ExploringComplaintAsync(c => c.DescribeCore("Lekkage.", "Een oordeel.", Employee, DateTimeOffset.UtcNow));
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Explore(complaint);
        var (_, before) = await browser.GetAsync(url);
        var unit = before.QuerySelectorAll("#Unit_UnitId option").First(o => o.GetAttribute("value") is { Length: > 0 });

        await browser.SubmitAsync(url, new Dictionary<string, string> { ["Part.Description"] = "Niet teruggebeld" }, "#onderdeel-form");
        var (unitAdded, unitPage) = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Unit.UnitId"] = unit.GetAttribute("value")! }, "#afdeling-form");
        Assert.Equal(HttpStatusCode.Redirect, unitAdded.StatusCode);
        Assert.Null(unitPage.QuerySelector("[role=alert]"));
        var (noReason, page) = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Investigation.Reason"] = string.Empty }, "#opslaan-en-onderzoek");

        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Equal(["Niet teruggebeld"], page.QuerySelectorAll("#klachtonderdelen li").Select(li => Normalise(li.TextContent)));
        Assert.Equal([Normalise(unit.TextContent)], page.QuerySelectorAll("#afdelingen li").Select(li => Normalise(li.TextContent)));
        Assert.Contains("Schrijf op waarom de klacht een oordeel nodig heeft", page.QuerySelector("#Investigation_Reason-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Exploring, (await factory.StoredComplaintAsync(complaint.Id)).Status);

        var (withReason, _) = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Investigation.Reason"] = "De klager wil een oordeel." }, "#opslaan-en-onderzoek");

        Assert.Equal(HttpStatusCode.Redirect, withReason.StatusCode);
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(ComplaintStatus.Investigating, stored.Status);
        Assert.Equal("De klager wil een oordeel.", stored.Timeline.OrderBy(e => e.Sequence).Last().Why);
    }

    [Fact]
    public async Task A_held_phone_contact_meets_the_personal_contact_deadline()
    {
        var complaint = await ExploringComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Contact(complaint);
        var (_, before) = await browser.GetAsync(url);
        Assert.Contains("Nog geen persoonlijk contact met de klager", Normalise(before.QuerySelector("#termijn-stand")!.TextContent), StringComparison.OrdinalIgnoreCase);

        var (response, _) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Held.PlannedId"] = string.Empty,
            ["Held.Party"] = nameof(ContactParty.Complainant),
            ["Held.Form"] = nameof(ContactForm.Phone),
            ["Held.Date"] = Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            ["Held.Time"] = "00:01",
            ["Held.Summary"] = "Lekkage besproken; morgen komt de loodgieter.",
            ["Held.SoundRecordingAnnounced"] = "true",
        }, "#record-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(Today, stored.Deadlines.Single(d => d.Kind == DeadlineKind.PersonalContact).MetOn);
        var moment = Assert.Single(stored.ContactMoments);
        Assert.True(moment.SoundRecordingAnnounced);

        var (_, page) = await browser.GetAsync(url);
        Assert.Contains("Persoonlijk contact op", Normalise(page.QuerySelector("#termijn-stand")!.TextContent), StringComparison.Ordinal);
        var cells = page.QuerySelectorAll("#momenten-tabel tbody tr th, #momenten-tabel tbody tr td").Select(c => Normalise(c.TextContent)).ToList();
        Assert.Equal("Klager", cells[0]);
        Assert.Equal("Telefoon", cells[1]);
        Assert.Equal("Lekkage besproken; morgen komt de loodgieter.", cells[4]);
        Assert.Equal("Ja", cells[5]);
    }

    [Fact]
    public async Task No_personal_contact_within_the_term_is_signalled_in_words_and_a_bad_choice_gets_a_Dutch_message()
    {
        var complaint = await ExploringComplaintAsync(receivedOn: Today.AddDays(-21));
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Contact(complaint);

        var (_, page) = await browser.GetAsync(url);

        var state = Normalise(page.QuerySelector("#termijn-stand")!.TextContent);
        Assert.Contains("Termijn verlopen: er is binnen de termijn geen persoonlijk contact geweest met de klager.", state, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#termijn-stand .gh-deadline--overdue svg"));

        var (response, refused) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Plan.Party"] = "Buurman",
            ["Plan.Form"] = nameof(ContactForm.Phone),
            ["Plan.Date"] = "31-02-2026",
            ["Plan.Time"] = "10:00",
        }, "#plan-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Normalise(refused.QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("Kies een van de mogelijkheden op de pagina.", errors, StringComparison.Ordinal);
        Assert.Contains("Vul de datum van het gesprek in als dag-maand-jaar", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("The value", errors, StringComparison.Ordinal);
        Assert.Equal("31-02-2026", ((IHtmlInputElement)refused.QuerySelector("#Plan_Date")!).Value);
    }

    [Fact]
    public async Task A_planned_contact_is_recorded_as_held_under_the_same_id()
    {
        var complaint = await ExploringComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Contact(complaint);

        var (planned, _) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Plan.Party"] = nameof(ContactParty.Complainant),
            ["Plan.Form"] = nameof(ContactForm.Meeting),
            ["Plan.Date"] = Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            ["Plan.Time"] = "00:00",
        }, "#plan-form");
        Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
        var plannedId = Assert.Single((await factory.StoredComplaintAsync(complaint.Id)).ContactMoments).Id;

        var (held, _) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Held.PlannedId"] = plannedId.ToString(),
            ["Held.Date"] = Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            ["Held.Time"] = "00:00",
            ["Held.Summary"] = "Gesprek aan de balie.",
        }, "#record-form");

        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        var moment = Assert.Single((await factory.StoredComplaintAsync(complaint.Id)).ContactMoments);
        Assert.Equal(plannedId, moment.Id);
        Assert.Equal(ContactForm.Meeting, moment.Form);
        Assert.True(moment.IsHeld);
    }

    [Fact]
    public async Task The_contact_page_saves_a_report_and_the_next_call_in_one_press_or_keeps_both()
    {
        var complaint = await ExploringComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Contact(complaint);
        var today = Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var typed = new Dictionary<string, string>
        {
            ["Held.Party"] = nameof(ContactParty.Complainant),
            ["Held.Form"] = nameof(ContactForm.Phone),
            ["Held.Date"] = today,
            // The first minute of today: a call that was held cannot be later than now, whenever the test runs.
            ["Held.Time"] = "00:00",
            ["Held.Summary"] = "Mevrouw gebeld; ze stuurt de foto's nog op.",
            ["Plan.Party"] = nameof(ContactParty.Complainant),
            ["Plan.Form"] = nameof(ContactForm.Phone),
            ["Plan.Date"] = "31-02-2026",
            ["Plan.Time"] = "10:00",
        };

        // The next call has an impossible date: neither is saved, the report comes back as typed.
        var (refused, page) = await browser.SubmitAsync(url, typed, "#contact-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull(page.QuerySelector("#Plan_Date-error"));
        Assert.Equal("Mevrouw gebeld; ze stuurt de foto's nog op.", page.QuerySelector("#Held_Summary")!.TextContent);
        Assert.Empty((await factory.StoredComplaintAsync(complaint.Id)).ContactMoments);

        typed["Plan.Date"] = Today.AddDays(2).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var (saved, _) = await browser.SubmitAsync(url, typed, "#contact-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var moments = (await factory.StoredComplaintAsync(complaint.Id)).ContactMoments;
        Assert.Equal(2, moments.Count);
        Assert.Single(moments, m => m.IsHeld && m.Summary == "Mevrouw gebeld; ze stuurt de foto's nog op.");
        Assert.Single(moments, m => !m.IsHeld);
    }

    [Fact]
    public async Task Planning_a_phone_call_when_the_complainant_prefers_written_contact_is_refused()
    {
        var complaint = await ExploringComplaintAsync(c => c.SetWrittenContactPreference(true, Employee, DateTimeOffset.UtcNow));
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = Contact(complaint);
        var (_, before) = await browser.GetAsync(url);
        Assert.Contains("De klager wil alleen schriftelijk contact.", before.QuerySelector("#voorkeur-nu")!.TextContent, StringComparison.Ordinal);

        var date = Today.AddDays(1).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var (response, page) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Plan.Party"] = nameof(ContactParty.Complainant),
            ["Plan.Form"] = nameof(ContactForm.Phone),
            ["Plan.Date"] = date,
            ["Plan.Time"] = "10:30",
        }, "#plan-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De klager wil alleen schriftelijk contact. Kies brief of e-mail.", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#Plan_Form_Phone")!).IsChecked);
        Assert.Equal(date, ((IHtmlInputElement)page.QuerySelector("#Plan_Date")!).Value);
        Assert.Equal("10:30", ((IHtmlInputElement)page.QuerySelector("#Plan_Time")!).Value);
        Assert.Empty((await factory.StoredComplaintAsync(complaint.Id)).ContactMoments);
    }

    [Fact]
    public async Task Another_handler_may_read_but_not_post_and_an_employee_may_not_read()
    {
        var complaint = await ExploringComplaintAsync();
        using var handler = await factory.SignedInAsync(HandlerAccount);
        var (_, handlerPage) = await handler.GetAsync(Explore(complaint));
        var form = (IHtmlFormElement)handlerPage.QuerySelector("#verkennen-form")!;
        using (var employee = await factory.SignedInAsync(EmployeeAccount))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync(Explore(complaint))).Response.StatusCode);
        }

        using var browser = await factory.SignedInAsync(await factory.NewStaffAsync("Tweede Behandelaar", null, Identity.StaffRoles.Handler));

        var (read, page) = await browser.GetAsync(Explore(complaint));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains("U kunt deze klacht lezen, maar hier niet wijzigen.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#kern-form"));

        // The employee's own antiforgery token (from the sign-out form), on a form only the handler sees.
        var token = (IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token.Value,
            ["Core.Core"] = "Poging van een medewerker.",
            ["Core.CitizenWants"] = "Niets.",
        };

        var (response, _) = await browser.SubmitAsync(form, Explore(complaint), fields);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await factory.StoredComplaintAsync(complaint.Id)).Core);
    }

    [Fact]
    public async Task A_complaint_of_another_organisation_is_not_found()
    {
        var theirs = await RegisterAsync((await factory.NewOrganisationAsync()).Id);
        using var browser = await factory.SignedInAsync(HandlerAccount);

        var (explore, _) = await browser.GetAsync(Explore(theirs));
        var (contact, _) = await browser.GetAsync(Contact(theirs));

        Assert.Equal(HttpStatusCode.NotFound, explore.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, contact.StatusCode);
    }

    private static string Explore(Complaint complaint) => $"/Staff/Klachten/{complaint.Id}/verkennen";

    private static string Contact(Complaint complaint) => $"/Staff/Klachten/{complaint.Id}/contact";

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A phone complaint handled by the demo handler, in the exploration stage.</summary>
    private async Task<Complaint> ExploringComplaintAsync(Action<Complaint>? then = null, DateOnly? receivedOn = null)
    {
        var handlerId = await factory.UserIdAsync(HandlerAccount.Email);
        return await RegisterAsync(DemoSeeder.OrganisationId, receivedOn, c =>
        {
            c.AssignHandler(Actor.Staff(handlerId, HandlerAccount.DisplayName), Employee, DateTimeOffset.UtcNow);
            c.StartExploration(Employee, DateTimeOffset.UtcNow);
            then?.Invoke(c);
        });
    }

    private async Task<Complaint> RegisterAsync(Guid organisationId, DateOnly? receivedOn = null, Action<Complaint>? then = null)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<HttpOrganisationScope>().Use(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == organisationId, Ct);
        var complaint = await scope.ServiceProvider.GetRequiredService<ComplaintIntake>().RegisterAsync(
            organisation,
            new ComplaintRegistration(Channel.Phone, ComplaintKind.Complaint, receivedOn ?? Today, "Mijn lekkage is na drie telefoontjes nog niet verholpen.", new Complainant("K. de Boer", Phone: "06 1111 2222")),
            [],
            [],
            Employee,
            Ct);
        if (then is not null)
        {
            then(complaint);
            await db.SaveChangesAsync(Ct);
        }

        return complaint;
    }
}

public sealed class ExplorationPagesOnSqlite(SqliteFactory factory) : ExplorationPagesTests<SqliteFactory>(factory);

public sealed class ExplorationPagesOnPostgres(PostgresFactory factory) : ExplorationPagesTests<PostgresFactory>(factory);
