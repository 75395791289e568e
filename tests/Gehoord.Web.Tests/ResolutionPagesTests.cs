using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

public abstract class ResolutionPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly Actor Employee = Actor.Staff("employee-test", "Mila Medewerker");
    private static readonly DemoAccount HandlerAccount = DemoSeeder.Accounts.Single(a => a.Role == Identity.StaffRoles.Handler);

    private static CancellationToken Ct => CancellationToken.None;

    private DateOnly Today => factory.Services.GetRequiredService<Clock>().Today;

    private DateTimeOffset Now => factory.Services.GetRequiredService<Clock>().Now;

    [Fact]
    public async Task A_complaint_is_solved_checked_learned_from_closed_as_resolved_and_closed()
    {
        var complaint = await ComplaintAsync(Stage.Resolving);
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var page = $"/Staff/Klachten/{complaint.Id}/oplossen";

        await AssertRedirectsAsync(browser, page, "Save", page, new()
        {
            ["Solution.Measures"] = nameof(SolutionMeasures.Compensation),
            ["Solution.Description"] = "Excuses gemaakt en de kosten van de schoonmaak vergoed.",
            ["Solution.CompensationAmount"] = "12,50",
        });
        await AssertRedirectsAsync(browser, page, "Save", page, new()
        {
            ["Check.CheckedOn"] = Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            ["Check.Satisfied"] = "true",
            ["Check.EverythingCovered"] = "true",
            ["Check.Note"] = "Blij dat er is gebeld.",
        });
        await AssertRedirectsAsync(browser, page, "Save", page, new()
        {
            ["Lesson.OthersCouldBeHelped"] = "true",
            ["Lesson.CanBePrevented"] = "false",
            ["Lesson.Text"] = "Bij rioolwerk bellen we bewoners vooraf.",
            ["Lesson.Level"] = nameof(LessonLevel.WorkingMethod),
        });
        var (_, ready) = await browser.GetAsync(page);
        Assert.All(ready.QuerySelectorAll("#checklist-closeasresolved li"), li => Assert.Contains("In orde:", li.TextContent, StringComparison.Ordinal));
        Assert.Contains("€ 12,50", ready.QuerySelector("#huidige-oplossing")!.TextContent, StringComparison.Ordinal);

        await AssertRedirectsAsync(browser, page, "CloseAsResolved", $"/Staff/Klachten/{complaint.Id}/afronden", []);
        Assert.Equal(ComplaintStatus.Closing, (await factory.StoredComplaintAsync(complaint.Id)).Status);

        var closePage = $"/Staff/Klachten/{complaint.Id}/afronden";
        var (_, closing) = await browser.GetAsync(closePage);
        var letter = Assert.Single(closing.QuerySelectorAll("#brieven-open + p + ul > li"));
        var letterText = Normalise(letter.TextContent);
        Assert.StartsWith("Afsluitende brief na oplossing aan de klager", letterText, StringComparison.Ordinal);
        Assert.Contains(", niet verplicht.", letterText, StringComparison.Ordinal);
        Assert.StartsWith($"/Staff/Klachten/{complaint.Id}/brieven/nieuw?taak=", letter.QuerySelector("a.gh-compose-link")!.GetAttribute("href"), StringComparison.Ordinal);
        await AssertRedirectsAsync(browser, closePage, "Close", closePage, []);

        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(ComplaintStatus.Closed, stored.Status);
        Assert.Equal(12.50m, stored.CompensationAmount);
        Assert.Equal(LessonLevel.WorkingMethod, stored.LessonLevel);
        Assert.True(stored.OthersCouldBeHelped);
        Assert.False(stored.CanBePrevented);
        var (_, casePage) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}");
        var timeline = casePage.QuerySelectorAll("#tijdlijn-lijst .gh-timeline__what").Select(e => e.TextContent).ToList();
        Assert.Contains(timeline, t => t.StartsWith("Oplossing: Vergoeding gegeven.", StringComparison.Ordinal) && t.Contains("€ 12,50", StringComparison.Ordinal));
        Assert.Contains(timeline, t => t.StartsWith("Controlevraag gesteld op", StringComparison.Ordinal));
        Assert.Contains("Les (werkwijze): Bij rioolwerk bellen we bewoners vooraf.", timeline);
        Assert.Contains("Opgelost naar tevredenheid van de klager.", timeline);
        Assert.Contains("Afgesloten: opgelost naar tevredenheid.", timeline);
        var (_, closed) = await browser.GetAsync(closePage);
        Assert.Contains("Opgelost naar tevredenheid", closed.QuerySelector("section[aria-labelledby='samenvatting']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_solving_page_is_one_form_so_a_refusal_in_one_part_saves_nothing_and_keeps_every_part_typed()
    {
        var complaint = await ComplaintAsync(Stage.Resolving);
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var page = $"/Staff/Klachten/{complaint.Id}/oplossen";
        var (_, before) = await browser.GetAsync(page);
        Assert.Single(before.QuerySelectorAll("main form"));

        // The solution and the lesson are fine; the check lacks an answer. Nothing is saved.
        var (response, refused) = await SubmitAsync(browser, page, "Save", new()
        {
            ["Solution.Measures"] = nameof(SolutionMeasures.Explanation),
            ["Solution.Description"] = "Uitgelegd waarom de straat openlag.",
            ["Check.CheckedOn"] = Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            ["Check.Satisfied"] = "true",
            ["Lesson.Text"] = "Bewoners vooraf een brief sturen.",
            ["Lesson.Level"] = nameof(LessonLevel.WorkingMethod),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies of alles is besproken.", refused.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Er is niets opgeslagen", refused.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Uitgelegd waarom de straat openlag.", refused.QuerySelector("#Solution_Description")!.TextContent);
        Assert.Equal("Bewoners vooraf een brief sturen.", refused.QuerySelector("#Lesson_Text")!.TextContent);
        Assert.True(((IHtmlInputElement)refused.QuerySelector("#Check_Satisfied_true")!).IsChecked);
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Null(stored.SolutionRecordedOn);
        Assert.Null(stored.LessonText);

        // With the answer added, one press saves all three and closes as resolved.
        var (closed, _) = await SubmitAsync(browser, page, "CloseAsResolved", new()
        {
            ["Solution.Measures"] = nameof(SolutionMeasures.Explanation),
            ["Solution.Description"] = "Uitgelegd waarom de straat openlag.",
            ["Check.CheckedOn"] = Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
            ["Check.Satisfied"] = "true",
            ["Check.EverythingCovered"] = "true",
            ["Lesson.Text"] = "Bewoners vooraf een brief sturen.",
            ["Lesson.Level"] = nameof(LessonLevel.WorkingMethod),
        });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal($"/Staff/Klachten/{complaint.Id}/afronden", closed.Headers.Location!.OriginalString);
        stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(ComplaintStatus.Closing, stored.Status);
        Assert.Equal("Bewoners vooraf een brief sturen.", stored.LessonText);

        // Saving the same again adds nothing to the timeline.
        var events = stored.Timeline.Count;
        var (again, _) = await SubmitAsync(browser, page, "Save", new() { ["Lesson.Text"] = "Bewoners vooraf een brief sturen.", ["Lesson.Level"] = nameof(LessonLevel.WorkingMethod) });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(events, (await factory.StoredComplaintAsync(complaint.Id)).Timeline.Count);
    }

    [Fact]
    public async Task Closing_as_resolved_is_refused_while_the_complainant_is_not_satisfied()
    {
        var complaint = await ComplaintAsync(Stage.Resolving, c =>
        {
            var now = Now;
            c.RecordSolution(SolutionMeasures.Explanation, "Uitgelegd hoe het werkt.", null, null, null, null, null, Employee, now);
            c.RecordSatisfactionCheck(false, true, "Wil nog een gesprek.", Today, Employee, now);
            c.RecordLesson("Beter uitleggen.", LessonLevel.Case, null, null, Employee, now);
        });
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var page = $"/Staff/Klachten/{complaint.Id}/oplossen";
        var (_, before) = await browser.GetAsync(page);
        Assert.Contains("Nog nodig:", before.QuerySelector("#checklist-closeasresolved")!.TextContent, StringComparison.Ordinal);

        var (response, refused) = await SubmitAsync(browser, page, "CloseAsResolved", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("controlevraag: de klager is tevreden", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.True(((IHtmlInputElement)refused.QuerySelector("#Check_Satisfied_false")!).IsChecked);
        Assert.Equal(ComplaintStatus.Resolving, (await factory.StoredComplaintAsync(complaint.Id)).Status);

        // A wrong date in the check comes back with a field message and what was typed.
        var (badDate, dateRefused) = await SubmitAsync(browser, page, "Save", new()
        {
            ["Check.CheckedOn"] = "31-02-2026",
            ["Check.Satisfied"] = "true",
            ["Check.EverythingCovered"] = "true",
            ["Check.Note"] = "Nu wel tevreden.",
        });
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Contains("dag-maand-jaar", dateRefused.QuerySelector("#Check_CheckedOn-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("31-02-2026", ((IHtmlInputElement)dateRefused.QuerySelector("#Check_CheckedOn")!).Value);
        Assert.Equal("Nu wel tevreden.", dateRefused.QuerySelector("#Check_Note")!.TextContent);
    }

    [Fact]
    public async Task A_compensation_amount_that_is_not_a_number_gets_a_Dutch_message_and_keeps_the_input()
    {
        var complaint = await ComplaintAsync(Stage.Resolving);
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var page = $"/Staff/Klachten/{complaint.Id}/oplossen";

        var (response, refused) = await SubmitAsync(browser, page, "Save", new()
        {
            ["Solution.Measures"] = nameof(SolutionMeasures.Compensation),
            ["Solution.Description"] = "Schade vergoed.",
            ["Solution.CompensationAmount"] = "abc",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul het bedrag in euro's in", refused.QuerySelector("#Solution_CompensationAmount-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("abc", ((IHtmlInputElement)refused.QuerySelector("#Solution_CompensationAmount")!).Value);
        Assert.Equal("Schade vergoed.", refused.QuerySelector("#Solution_Description")!.TextContent);
        Assert.True(((IHtmlInputElement)refused.QuerySelector("input[name='Solution.Measures'][value='Compensation']")!).IsChecked);
        Assert.Null((await factory.StoredComplaintAsync(complaint.Id)).SolutionRecordedOn);

        await AssertRedirectsAsync(browser, page, "Save", page, new()
        {
            ["Solution.Measures"] = nameof(SolutionMeasures.Compensation),
            ["Solution.Description"] = "Schade vergoed.",
            ["Solution.CompensationAmount"] = "12.50",
        });
        Assert.Equal(12.50m, (await factory.StoredComplaintAsync(complaint.Id)).CompensationAmount);

        // Dots alone before groups of three are the Dutch thousands separator.
        await AssertRedirectsAsync(browser, page, "Save", page, new()
        {
            ["Solution.Measures"] = nameof(SolutionMeasures.Compensation),
            ["Solution.Description"] = "Schade vergoed.",
            ["Solution.CompensationAmount"] = "€ 1.250",
        });
        Assert.Equal(1250m, (await factory.StoredComplaintAsync(complaint.Id)).CompensationAmount);
    }

    [Fact]
    public async Task Not_handling_needs_personal_contact_then_a_letter_before_closing()
    {
        var complaint = await ComplaintAsync(Stage.Exploring);
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var page = $"/Staff/Klachten/{complaint.Id}/afronden";
        var (_, before) = await browser.GetAsync(page);
        Assert.Equal(Profile.OmbudsmanName, ((IHtmlInputElement)before.QuerySelector("#NotHandled_Ombudsman")!).Value);
        Assert.Equal(Profile.OmbudsmanTerm, ((IHtmlInputElement)before.QuerySelector("#NotHandled_OmbudsmanTerm")!).Value);
        Assert.Contains("Nog nodig: Er is persoonlijk contact geweest met de klager", Normalise(before.QuerySelector("#checklist-nothandle")!.TextContent), StringComparison.Ordinal);
        Assert.Contains("4 weken", before.QuerySelector("#termijn-niet-behandelen")!.TextContent, StringComparison.Ordinal);
        var notHandled = new Dictionary<string, string>
        {
            ["NotHandled.GroundCode"] = "9:8-2",
            ["NotHandled.Motivation"] = "Het gaat om een kleine vergissing die al is hersteld.",
            ["NotHandled.Ombudsman"] = Profile.OmbudsmanName,
            ["NotHandled.OmbudsmanTerm"] = Profile.OmbudsmanTerm,
        };

        var (response, refused) = await SubmitAsync(browser, page, "NotHandled", notHandled);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("persoonlijk contact", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(notHandled["NotHandled.Motivation"], refused.QuerySelector("#NotHandled_Motivation")!.TextContent);
        Assert.True(((IHtmlInputElement)refused.QuerySelector("input[name='NotHandled.GroundCode'][value='9:8-2']")!).IsChecked);

        await ChangeAsync(complaint.Id, c => c.RecordContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Phone, Now.AddHours(-1), "Gebeld en uitgelegd.", false, Employee, Now));
        await AssertRedirectsAsync(browser, page, "NotHandled", page, notHandled);
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(ComplaintStatus.Closing, stored.Status);
        var task = Assert.Single(stored.LetterTasks);
        Assert.Equal(LetterKind.NotHandledNotice, task.Kind);
        Assert.True(task.Required);

        // The case page names the ground in words, not by its code.
        var (_, casePage) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}");
        Assert.Contains("artikel 9:8, tweede lid, Awb: Het belang van de klager of het gewicht van de gedraging is duidelijk onvoldoende.", casePage.QuerySelector("#behandelfeiten")!.TextContent, StringComparison.Ordinal);

        var (closeRefused, closeRefusal) = await SubmitAsync(browser, page, "Close", []);
        Assert.Equal(HttpStatusCode.OK, closeRefused.StatusCode);
        Assert.Contains("alle verplichte brieven zijn verstuurd", closeRefusal.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        var (_, open) = await browser.GetAsync(page);
        var item = open.QuerySelector($"#brief-{task.Id}")!;
        Assert.Contains("verplicht.", Normalise(item.TextContent), StringComparison.Ordinal);
        Assert.Contains("kan pas worden afgesloten", open.QuerySelector("#brieven-open-uitleg")!.TextContent, StringComparison.Ordinal);

        // The task opens the composer with the notice filled in; sending it by post does the task.
        var composeUrl = item.QuerySelector("a.gh-compose-link")!.GetAttribute("href")!;
        var (_, composer) = await browser.GetAsync(composeUrl);
        Assert.NotNull(composer.QuerySelector("#compleet"));
        var (sentResponse, _) = await browser.SubmitLikeBrowserAsync(composer, composeUrl, "#brief-form", "#versturen", new Dictionary<string, string> { ["Draft.Channel"] = "Post" });
        Assert.Equal(HttpStatusCode.Redirect, sentResponse.StatusCode);
        var (_, sent) = await browser.GetAsync(page);
        Assert.Contains("per post", sent.QuerySelector("#verstuurde-brieven")!.TextContent, StringComparison.Ordinal);
        Assert.Null(sent.QuerySelector($"#brief-{task.Id}"));
        await AssertRedirectsAsync(browser, page, "Close", page, []);
        stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(ComplaintStatus.Closed, stored.Status);
        Assert.Equal(ComplaintOutcome.NotHandled, stored.Outcome);
        Assert.Contains(stored.Timeline, e => e.Kind == TimelineEventKind.LetterSent);
    }

    [Fact]
    public async Task A_closed_complaint_is_read_only_and_reopens_with_a_reason_to_exploration()
    {
        var complaint = await ComplaintAsync(Stage.Closed);
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var page = $"/Staff/Klachten/{complaint.Id}/afronden";
        var (_, closed) = await browser.GetAsync(page);
        Assert.Contains("Ingetrokken", closed.QuerySelector("section[aria-labelledby='samenvatting']")!.TextContent, StringComparison.Ordinal);

        // An old tab still posting a change: the domain refuses it in words.
        var form = (IHtmlFormElement)closed.QuerySelector("form[action$='handler=Reopen']")!;
        form.SetAttribute("action", $"/Staff/Klachten/{complaint.Id}/oplossen?handler=Save");
        var (lessonResponse, lessonRefused) = await browser.SubmitAsync(form, page, new Dictionary<string, string>
        {
            ["Lesson.Text"] = "Nog een les.",
            ["Lesson.Level"] = nameof(LessonLevel.Case),
        });
        Assert.Equal(HttpStatusCode.OK, lessonResponse.StatusCode);
        Assert.Contains("afgesloten", lessonRefused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        var (withoutReason, noReason) = await SubmitAsync(browser, page, "Reopen", new() { ["Reopening.Reason"] = " " });
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("waarom de klacht weer wordt geopend", noReason.QuerySelector("#Reopening_Reason-error")!.TextContent, StringComparison.Ordinal);

        await AssertRedirectsAsync(browser, page, "Reopen", $"/Staff/Klachten/{complaint.Id}", new() { ["Reopening.Reason"] = "De klager belt: het probleem is terug." });
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(ComplaintStatus.Exploring, stored.Status);
        Assert.Contains(stored.Timeline, e => e.Kind == TimelineEventKind.Reopened && e.Why == "De klager belt: het probleem is terug.");

        // A new handling term from today (ADR 13), so the reopened complaint can run late.
        var today = DateOnly.FromDateTime(DateTime.Today);
        var handling = stored.Deadlines.Single(d => d.Kind == Gehoord.Domain.Deadlines.DeadlineKind.Handling);
        Assert.Null(handling.MetOn);
        Assert.True(handling.DueOn > today.AddDays(35), $"new term ends {handling.DueOn}");
        Assert.Equal(handling.DueOn, stored.NextDueOn);
    }

    [Fact]
    public async Task Another_handler_may_read_but_not_change_and_another_organisations_complaint_is_not_found()
    {
        var complaint = await ComplaintAsync(Stage.Resolving);
        using var employee = await factory.SignedInAsync(await factory.NewStaffAsync("Tweede Behandelaar", null, Identity.StaffRoles.Handler));
        var page = $"/Staff/Klachten/{complaint.Id}/oplossen";

        var (read, readable) = await employee.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Null(readable.QuerySelector("main form"));
        var form = (IHtmlFormElement)readable.QuerySelector("form.gh-inline-form")!;
        form.SetAttribute("action", $"{page}?handler=Save");
        var (forbidden, _) = await employee.SubmitAsync(form, page, new Dictionary<string, string> { ["Lesson.Text"] = "x", ["Lesson.Level"] = nameof(LessonLevel.Case) });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Null((await factory.StoredComplaintAsync(complaint.Id)).LessonText);

        var theirs = await ComplaintAsync(Stage.Resolving, organisationId: (await factory.NewOrganisationAsync()).Id);
        using var handler = await factory.SignedInAsync(HandlerAccount);
        foreach (var url in new[] { $"/Staff/Klachten/{theirs.Id}/oplossen", $"/Staff/Klachten/{theirs.Id}/afronden" })
        {
            var (response, _) = await handler.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var (_, mine) = await handler.GetAsync(page);
        var handlerForm = (IHtmlFormElement)mine.QuerySelector("form[action$='handler=Save']")!;
        handlerForm.SetAttribute("action", $"/Staff/Klachten/{theirs.Id}/oplossen?handler=Save");
        var (posted, _) = await handler.SubmitAsync(handlerForm, page, new Dictionary<string, string> { ["Lesson.Text"] = "x", ["Lesson.Level"] = nameof(LessonLevel.Case) });
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
    }

    [Fact]
    public async Task Without_a_solution_the_complaint_goes_to_investigation_with_a_reason()
    {
        var complaint = await ComplaintAsync(Stage.Resolving);
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var page = $"/Staff/Klachten/{complaint.Id}/oplossen";
        var reason = new Dictionary<string, string> { ["Investigation.Reason"] = "De klager wil een oordeel over de werkwijze." };

        var (response, refused) = await SubmitAsync(browser, page, "Investigate", reason);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("er is minstens één klachtonderdeel", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(reason["Investigation.Reason"], refused.QuerySelector("#Investigation_Reason")!.TextContent);

        await ChangeAsync(complaint.Id, c => c.AddPart(Guid.NewGuid(), "Schade aan de kelder", Employee, Now));
        await AssertRedirectsAsync(browser, page, "Investigate", $"/Staff/Klachten/{complaint.Id}/onderzoek", reason);
        Assert.Equal(ComplaintStatus.Investigating, (await factory.StoredComplaintAsync(complaint.Id)).Status);
    }

    [Fact]
    public async Task Handling_anyway_is_recorded_and_forwarding_leads_to_a_required_letter()
    {
        var complaint = await ComplaintAsync(Stage.Exploring);
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var page = $"/Staff/Klachten/{complaint.Id}/afronden";

        await AssertRedirectsAsync(browser, page, "HandleDespite", $"/Staff/Klachten/{complaint.Id}", new()
        {
            ["HandleDespite.GroundCode"] = "9:8-1b",
            ["HandleDespite.Motivation"] = "Het is ouder dan een jaar, maar de schade loopt nog.",
        });
        var (_, despite) = await browser.GetAsync(page);
        Assert.Contains("artikel 9:8, eerste lid, onder b, Awb", despite.QuerySelector("#toch-behandeld")!.TextContent, StringComparison.Ordinal);

        await AssertRedirectsAsync(browser, page, "Forward", page, new()
        {
            ["Forwarding.Body"] = "Waterschap Voorbeeld",
            ["Forwarding.Motivation"] = "Het riool is van het waterschap.",
        });
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(ComplaintStatus.Closing, stored.Status);
        Assert.Equal("Waterschap Voorbeeld", stored.ForwardedTo);
        Assert.Equal("9:8-1b", stored.HandledDespiteGroundCode);
        Assert.Equal(LetterKind.ForwardingNotice, Assert.Single(stored.LetterTasks, t => t.Required).Kind);
    }

    /// <summary>
    /// The closing decisions are one form (ADR 17): a refused step brings back what was typed for
    /// the other decisions too, and Enter in a text field presses no decision.
    /// </summary>
    [Fact]
    public async Task A_refused_decision_keeps_what_was_typed_for_the_other_decisions()
    {
        var complaint = await ComplaintAsync(Stage.Exploring);
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var page = $"/Staff/Klachten/{complaint.Id}/afronden";

        var (_, form) = await browser.GetAsync(page);
        Assert.Single(form.QuerySelectorAll("main form[method=post]"));
        var first = form.QuerySelector("#afronden-form button[type=submit]")!;
        Assert.True(first.HasAttribute("disabled") && first.HasAttribute("hidden"));

        var (response, refused) = await SubmitAsync(browser, page, "Forward", new()
        {
            ["Forwarding.Body"] = " ",
            ["Forwarding.Motivation"] = "Het riool is van het waterschap.",
            ["Withdrawal.Reason"] = "De klager belde dat het is opgelost.",
            ["HandleDespite.Motivation"] = "De schade loopt nog.",
            ["NotHandled.Motivation"] = "Een kleine vergissing die al is hersteld.",
            ["NotHandled.Ombudsman"] = "De Ombudsman Elders",
            ["NotHandled.OmbudsmanTerm"] = " ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("naar welke organisatie", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Het riool is van het waterschap.", refused.QuerySelector("#Forwarding_Motivation")!.TextContent);
        Assert.Equal("De klager belde dat het is opgelost.", refused.QuerySelector("#Withdrawal_Reason")!.TextContent);
        Assert.Equal("De schade loopt nog.", refused.QuerySelector("#HandleDespite_Motivation")!.TextContent);
        Assert.Equal("Een kleine vergissing die al is hersteld.", refused.QuerySelector("#NotHandled_Motivation")!.TextContent);
        Assert.Equal("De Ombudsman Elders", refused.QuerySelector<IHtmlInputElement>("#NotHandled_Ombudsman")!.Value);
        // Only the step pressed is checked: the other decisions show no errors, though their
        // ground (not chosen) and the ombudsman's term (blank) would be refused there.
        Assert.Null(refused.QuerySelector("#NotHandled_GroundCode-error, #NotHandled_OmbudsmanTerm-error, #HandleDespite_GroundCode-error"));
        Assert.DoesNotContain("Kies de grond", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Exploring, (await factory.StoredComplaintAsync(complaint.Id)).Status);
    }

    private enum Stage
    {
        Exploring,
        Resolving,
        Closed,
    }

    private static JurisdictionProfile Profile => JurisdictionProfile.NlAwb;

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The solving page is one form with a button per step; other pages have a form per step.</summary>
    private static Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(Browser browser, string page, string handler, Dictionary<string, string> fields, string? selector = null) =>
        // Steps of a one-form page are its buttons (ADR 17); the rest are forms of their own.
        selector is null && handler is "CloseAsResolved" or "Investigate" or "NotHandled" or "HandleDespite" or "Forward" or "Withdraw" or "Close"
            ? browser.SubmitWithButtonAsync(page, fields, $"main button[formaction$='handler={handler}']")
            : browser.SubmitAsync(page, fields, selector ?? $"main form[action$='handler={handler}']");

    private static async Task AssertRedirectsAsync(Browser browser, string page, string handler, string to, Dictionary<string, string> fields, string? selector = null)
    {
        var (response, document) = await SubmitAsync(browser, page, handler, fields, selector);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, document.QuerySelector("[role=alert]")?.TextContent ?? document.QuerySelector(".gh-field-error")?.TextContent ?? response.StatusCode.ToString());
        Assert.Equal(to, response.Headers.Location!.OriginalString);
    }

    /// <summary>A complaint taken by the demo handler and brought to <paramref name="stage"/> with the domain's own steps.</summary>
    private async Task<Complaint> ComplaintAsync(Stage stage, Action<Complaint>? then = null, Guid? organisationId = null)
    {
        var organisationToUse = organisationId ?? DemoSeeder.OrganisationId;
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<HttpOrganisationScope>().Use(organisationToUse);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationToUse, Ct);
        var complaint = await scope.ServiceProvider.GetRequiredService<ComplaintIntake>().RegisterAsync(
            organisation,
            new ComplaintRegistration(Channel.Phone, ComplaintKind.Complaint, Today, "Mijn kelder liep onder na de rioolwerkzaamheden.", new Complainant("J. Jansen", "j.jansen@example.org")),
            [],
            [],
            Employee,
            Ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Email == HandlerAccount.Email, Ct);
        var handler = user is null ? Actor.Staff("handler-elsewhere", "Elders Behandelaar") : Actor.Staff(user.Id, user.DisplayName);
        var now = Now;
        complaint.AssignHandler(handler, Employee, now);
        complaint.StartExploration(handler, now);
        if (stage != Stage.Exploring)
        {
            complaint.DescribeCore("Schade aan de kelder door rioolwerk.", "Vergoeding van de schoonmaak.", handler, now);
            complaint.StartResolving(handler, now);
        }

        if (stage == Stage.Closed)
        {
            complaint.Withdraw("De klager belde: het is al opgelost.", handler, now);
            complaint.Close(handler, now);
        }

        then?.Invoke(complaint);
        await db.SaveChangesAsync(Ct);
        return complaint;
    }

    private async Task ChangeAsync(Guid id, Action<Complaint> change)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        change(await db.Complaints.WithEverything().SingleAsync(c => c.Id == id, Ct));
        await db.SaveChangesAsync(Ct);
    }

}

public sealed class ResolutionPagesOnSqlite(SqliteFactory factory) : ResolutionPagesTests<SqliteFactory>(factory);

public sealed class ResolutionPagesOnPostgres(PostgresFactory factory) : ResolutionPagesTests<PostgresFactory>(factory);
