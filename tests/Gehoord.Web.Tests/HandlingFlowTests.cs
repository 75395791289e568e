using System.Globalization;
using System.Net;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>
/// The two journeys of the handling issue, over HTTP with antiforgery, through the pages a
/// handler uses: a demo complaint from taking it to closed as resolved, and another through
/// hearings and verdicts to closed after investigation. Both timelines must show every step.
/// </summary>
public abstract class HandlingFlowTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly DemoAccount Handler = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler);

    private string Today => factory.Services.GetRequiredService<Clock>().Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_simple_complaint_goes_from_the_case_page_to_closed_as_resolved_in_four_presses()
    {
        var id = await UnassignedDemoComplaintAsync(skip: 2);
        using var browser = await factory.SignedInAsync(Handler);
        var page = $"/Staff/Klachten/{id}";

        // Each press lands where the next step is.
        var (taken, _) = await browser.SubmitAsync(page, new Dictionary<string, string>(), "#oppakken-en-verkennen");
        Assert.Equal($"{page}/verkennen", taken.Headers.Location?.OriginalString);
        var (resolving, _) = await browser.SubmitWithButtonAsync($"{page}/verkennen", new Dictionary<string, string>
        {
            ["Core.Core"] = "De container is drie keer niet geleegd.",
            ["Core.CitizenWants"] = "Dat hij wordt geleegd.",
        }, "#opslaan-en-oplossen");
        Assert.Equal($"{page}/oplossen", resolving.Headers.Location?.OriginalString);
        var (closing, _) = await browser.SubmitWithButtonAsync($"{page}/oplossen", new Dictionary<string, string>
        {
            ["Solution.Measures"] = nameof(SolutionMeasures.ErrorCorrected),
            ["Solution.Description"] = "De container is vandaag extra geleegd.",
            ["Check.CheckedOn"] = Today,
            ["Check.Satisfied"] = "true",
            ["Check.EverythingCovered"] = "true",
            ["Lesson.Text"] = "De route van de wagen klopte niet; aangepast.",
            ["Lesson.Level"] = nameof(LessonLevel.WorkingMethod),
        }, "button[formaction*='handler=CloseAsResolved']");
        Assert.Equal($"{page}/afronden", closing.Headers.Location?.OriginalString);
        await PostAsync(browser, $"{page}/afronden", "#afsluiten-knop", []);

        var complaint = await factory.StoredComplaintAsync(id);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Equal(ComplaintOutcome.Resolved, complaint.Outcome);
        Assert.Equal(Handler.Email, (await HandlerEmailAsync(complaint.HandlerId!)));
    }

    [Fact]
    public async Task A_handler_takes_a_demo_complaint_from_exploration_to_closed_as_resolved()
    {
        var id = await UnassignedDemoComplaintAsync(skip: 0);
        using var browser = await factory.SignedInAsync(Handler);
        var page = $"/Staff/Klachten/{id}";

        await PostAsync(browser, $"{page}/toewijzen", "#oppakken", []);
        await PostAsync(browser, $"{page}/toewijzen", "#start-verkennen", []);
        await PostAsync(browser, $"{page}/verkennen", "#kern-form", new()
        {
            ["Core.Core"] = "Mevrouw kreeg geen antwoord op haar vraag over de afvalpas.",
            ["Core.CitizenWants"] = "Een nieuwe afvalpas en uitleg waarom het zo lang duurde.",
        });
        await PostAsync(browser, $"{page}/verkennen", "#onderdeel-form", new() { ["Part.Description"] = "Geen antwoord op haar vraag" });
        await PostAsync(browser, $"{page}/contact", "#record-form", new()
        {
            ["Held.Party"] = nameof(ContactParty.Complainant),
            ["Held.Form"] = nameof(ContactForm.Phone),
            ["Held.Date"] = Today,
            ["Held.Time"] = "00:00",
            ["Held.Summary"] = "Gebeld en doorgevraagd. Ze wil vooral dat het snel wordt geregeld.",
        });
        await PostAsync(browser, $"{page}/verkennen", "#opslaan-en-oplossen", []);
        await PostAsync(browser, $"{page}/oplossen", "form[action*='handler=Save']", new()
        {
            ["Solution.Measures"] = nameof(SolutionMeasures.ErrorCorrected),
            ["Solution.Description"] = "Nieuwe afvalpas verstuurd en uitgelegd dat de aanvraag was blijven liggen.",
        });
        await PostAsync(browser, $"{page}/oplossen", "form[action*='handler=Save']", new()
        {
            ["Check.CheckedOn"] = Today,
            ["Check.Satisfied"] = "true",
            ["Check.EverythingCovered"] = "true",
        });

        // The lesson and closing in one press, as the page offers it.
        var (closed, closedPage) = await browser.SubmitWithButtonAsync($"{page}/oplossen", new Dictionary<string, string>
        {
            ["Lesson.Text"] = "Aanvragen voor een afvalpas krijgen een vaste behandeltermijn.",
            ["Lesson.Level"] = nameof(LessonLevel.WorkingMethod),
            ["Lesson.OthersCouldBeHelped"] = "true",
            ["Lesson.CanBePrevented"] = "true",
        }, "button[formaction*='handler=CloseAsResolved']");
        Assert.True(closed.StatusCode == HttpStatusCode.Redirect, closedPage.QuerySelector("main")?.TextContent);
        Assert.Equal($"{page}/afronden", closed.Headers.Location!.OriginalString);
        await PostAsync(browser, $"{page}/afronden", "#afsluiten-knop", []);

        var complaint = await factory.StoredComplaintAsync(id);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Equal(ComplaintOutcome.Resolved, complaint.Outcome);
        Assert.Null(complaint.NextDueOn);
        await AssertTimelineShowsAsync(browser, complaint,
        [
            TimelineEventKind.HandlerAssigned,
            TimelineEventKind.ExplorationStarted,
            TimelineEventKind.CoreDescribed,
            TimelineEventKind.PartAdded,
            TimelineEventKind.ContactHeld,
            TimelineEventKind.ResolvingStarted,
            TimelineEventKind.SolutionRecorded,
            TimelineEventKind.SatisfactionChecked,
            TimelineEventKind.LessonRecorded,
            TimelineEventKind.ClosureStarted,
            TimelineEventKind.Closed,
        ]);
    }

    [Fact]
    public async Task A_handler_takes_another_through_hearings_and_verdicts_to_closed_after_investigation()
    {
        var id = await UnassignedDemoComplaintAsync(skip: 1);
        using var browser = await factory.SignedInAsync(Handler);
        var page = $"/Staff/Klachten/{id}";

        await PostAsync(browser, $"{page}/toewijzen", "#oppakken", []);
        await PostAsync(browser, $"{page}/toewijzen", "#start-verkennen", []);
        await PostAsync(browser, $"{page}/verkennen", "#kern-form", new()
        {
            ["Core.Core"] = "De klager vindt dat de baliemedewerker hem onheus bejegende en dat niemand terugbelde.",
            ["Core.CitizenWants"] = "Een oordeel over het gedrag van de medewerker.",
        });
        await PostAsync(browser, $"{page}/verkennen", "#onderdeel-form", new() { ["Part.Description"] = "Onheuse bejegening aan de balie" });
        await PostAsync(browser, $"{page}/verkennen", "#onderdeel-form", new() { ["Part.Description"] = "Niet teruggebeld" });
        await PostAsync(browser, $"{page}/verkennen", "#beklaagde-form", new() { ["Respondent.Name"] = "Baliemedewerker Burgerzaken" });
        await PostAsync(browser, $"{page}/verkennen", "#verkennen-form", new() { ["RespondentRows[0].CopySentOn"] = Today });
        await PostAsync(browser, $"{page}/verkennen", "#opslaan-en-onderzoek", new() { ["Investigation.Reason"] = "De klager wil uitdrukkelijk een oordeel." });

        foreach (var party in new[] { HearingParty.Complainant, HearingParty.Respondent })
        {
            await PostAsync(browser, $"{page}/onderzoek", "#uitnodigen", new()
            {
                ["Invite.Party"] = party.ToString(),
                ["Invite.Form"] = nameof(HearingForm.InPerson),
                ["Invite.InvitedOn"] = Today,
                ["Invite.PlannedOn"] = Today,
            });
            var hearingId = (await factory.StoredComplaintAsync(id)).Hearings.Single(h => h.Party == party).Id;
            await PostAsync(browser, $"{page}/onderzoek", "#gehoord", new()
            {
                ["Outcome.HearingId"] = hearingId.ToString(),
                ["Outcome.HeldOn"] = Today,
                ["Outcome.Report"] = party == HearingParty.Complainant
                    ? "De klager vertelde dat de medewerker zijn stem verhief."
                    : "De medewerker erkent dat het gesprek uit de hand liep.",
            });
        }

        // Standard 7 of the Behoorlijkheidswijzer is the 7th row of the form.
        await PostAsync(browser, $"{page}/onderzoek", "#toetsen", new()
        {
            ["Standards[6].Finding"] = nameof(StandardFinding.Breached),
            ["Standards[6].Note"] = "De medewerker verhief zijn stem.",
        });
        await PostAsync(browser, $"{page}/onderzoek", "#rechtmatig", new()
        {
            ["Lawfulness.Lawful"] = "true",
            ["Lawfulness.Note"] = "Er is geen regel geschonden.",
        });
        await PostAsync(browser, $"{page}/onderzoek", "#oordeel-geven", new()
        {
            ["Verdicts[0].Verdict"] = nameof(Verdict.Founded),
            ["Verdicts[0].FactsEstablished"] = "true",
            ["Verdicts[0].Motivation"] = "Beide partijen bevestigen dat de medewerker zijn stem verhief.",
            ["Verdicts[1].Verdict"] = nameof(Verdict.NoJudgement),
            ["Verdicts[1].FactsEstablished"] = "false",
            ["Verdicts[1].Motivation"] = "Er is niet meer vast te stellen of er een terugbelverzoek was.",
        });
        await PostAsync(browser, $"{page}/onderzoek", "#oordeel-vaststellen", []);
        await PostAsync(browser, $"{page}/onderzoek", "#les-vastleggen", new()
        {
            ["Lesson.Text"] = "Baliemedewerkers oefenen de-escalatie in het teamoverleg.",
            ["Lesson.Level"] = nameof(LessonLevel.WorkingMethod),
        });
        await PostAsync(browser, $"{page}/onderzoek", "#afronden-na-onderzoek-knop", new()
        {
            ["Closing.OmbudsmanName"] = "de Nationale ombudsman",
            ["Closing.OmbudsmanTerm"] = "binnen één jaar na de datum van deze brief",
        });

        var closing = await factory.StoredComplaintAsync(id);
        Assert.Equal(ComplaintStatus.Closing, closing.Status);
        var letter = closing.LetterTasks.Single(t => t.Kind == LetterKind.ClosingAfterInvestigation);
        Assert.True(letter.Required);
        var composeUrl = $"{page}/brieven/nieuw?taak={letter.Id}";
        var (_, composer) = await browser.GetAsync(composeUrl);
        var (sent, _) = await browser.SubmitLikeBrowserAsync(composer, composeUrl, "#brief-form", "#versturen", new Dictionary<string, string> { ["Draft.Channel"] = "Post" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await PostAsync(browser, $"{page}/afronden", "#afsluiten-knop", []);

        var complaint = await factory.StoredComplaintAsync(id);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.Equal(ComplaintOutcome.Judged, complaint.Outcome);
        Assert.Equal([Verdict.Founded, Verdict.NoJudgement], complaint.Parts.OrderBy(p => p.Number).Select(p => p.Verdict!.Value));
        Assert.Equal("de Nationale ombudsman", complaint.OmbudsmanName);
        await AssertTimelineShowsAsync(browser, complaint,
        [
            TimelineEventKind.HandlerAssigned,
            TimelineEventKind.ExplorationStarted,
            TimelineEventKind.CoreDescribed,
            TimelineEventKind.PartAdded,
            TimelineEventKind.RespondentAdded,
            TimelineEventKind.RespondentInformed,
            TimelineEventKind.InvestigationStarted,
            TimelineEventKind.HearingInvited,
            TimelineEventKind.HearingHeld,
            TimelineEventKind.StandardAssessed,
            TimelineEventKind.LawfulnessAssessed,
            TimelineEventKind.VerdictGiven,
            TimelineEventKind.Judged,
            TimelineEventKind.LessonRecorded,
            TimelineEventKind.ClosureStarted,
            TimelineEventKind.LetterSent,
            TimelineEventKind.Closed,
        ]);
    }

    [Fact]
    public async Task An_extension_is_recalculated_by_the_deadline_engine_and_shows_in_the_inbox()
    {
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var complaint = await InvestigatingPhoneComplaintAsync(Actor.Staff(handlerId, Handler.DisplayName));
        var original = complaint.NextDueOn!.Value;
        var expected = JurisdictionProfile.NlAwb.ExtendedHandlingDeadline(complaint.ReceivedOn, advisoryCommittee: false, Term.Weeks(4), writtenConsentOfComplainant: false);
        Assert.Equal(JurisdictionProfile.NlAwb.HandlingDeadline(complaint.ReceivedOn, advisoryCommittee: false).DueOn, original);
        using var browser = await factory.SignedInAsync(Handler);
        Assert.Equal(original.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("nl-NL")), await InboxDeadlineAsync(browser, complaint.Id));

        await PostAsync(browser, $"/Staff/Klachten/{complaint.Id}/termijnen", "#verdagen-formulier", new()
        {
            ["Extension.Amount"] = "4",
            ["Extension.Unit"] = nameof(TermUnit.Weeks),
            ["Extension.Reason"] = "De beklaagde is pas over drie weken terug van verlof.",
        });

        Assert.Equal(expected, (await factory.StoredComplaintAsync(complaint.Id)).NextDueOn);
        Assert.Equal(expected.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("nl-NL")), await InboxDeadlineAsync(browser, complaint.Id));
    }

    /// <summary>The date in the inbox's "nearest deadline" column for one complaint, found by its number (the inbox pages by 25).</summary>
    private async Task<string> InboxDeadlineAsync(Browser browser, Guid id)
    {
        var reference = (await factory.StoredComplaintAsync(id)).Reference.ToString();
        var (_, inbox) = await browser.GetAsync($"/Staff/Inbox?nummer={Uri.EscapeDataString(reference)}");
        var row = inbox.QuerySelectorAll("main table tbody tr").Single(r => r.QuerySelector($"a[href='/Staff/Klachten/{id}']") is not null);
        var cell = row.QuerySelector("td.gh-deadline")!;
        return cell.TextContent.Split(':').Last().Trim();
    }

    /// <summary>
    /// A phone complaint under investigation whose only open term is the handling term: personal
    /// contact was made and deciding to handle met the not-handled notice term.
    /// </summary>
    private async Task<Complaint> InvestigatingPhoneComplaintAsync(Actor handler)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var now = factory.Services.GetRequiredService<Clock>().Now;
        var today = DateOnly.FromDateTime(now.DateTime);
        var reference = await ReferenceNumbers.NextAsync(db, DemoSeeder.OrganisationId, today.Year);
        var complaint = Complaint.Register(
            Guid.NewGuid(),
            DemoSeeder.OrganisationId,
            reference,
            TrackingCode.New(),
            new ComplaintRegistration(Channel.Phone, ComplaintKind.Complaint, today, "Mijn aanvraag voor een parkeervergunning ligt al weken stil.", new Complainant("R. Bakker", Phone: "06 2222 3333")),
            JurisdictionProfile.NlAwb,
            handler,
            now);
        complaint.AssignHandler(handler, handler, now);
        complaint.StartExploration(handler, now);
        complaint.DescribeCore("De aanvraag ligt stil.", "Een besluit.", handler, now);
        complaint.AddPart(Guid.NewGuid(), "De aanvraag ligt stil", handler, now);
        complaint.RecordContact(Guid.NewGuid(), ContactParty.Complainant, ContactForm.Phone, now, "Gebeld.", soundRecordingAnnounced: false, handler, now);
        complaint.StartInvestigation("De klager wil een oordeel.", handler, now);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync();
        return complaint;
    }

    /// <summary>Submits one form of a page and expects the redirect that follows a step that was taken.</summary>
    private static async Task PostAsync(Browser browser, string url, string formSelector, Dictionary<string, string> fields)
    {
        var (response, page) = await browser.SubmitAsync(url, fields, formSelector);
        var errors = page.QuerySelector("main")?.TextContent ?? string.Empty;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} {formSelector}: {response.StatusCode} {errors}");
    }

    /// <summary>The case page's timeline lists every event of the complaint, in order, including each expected kind.</summary>
    private static async Task AssertTimelineShowsAsync(Browser browser, Complaint complaint, TimelineEventKind[] expected)
    {
        var kinds = complaint.Timeline.OrderBy(e => e.Sequence).Select(e => e.Kind).ToList();
        Assert.All(expected, kind => Assert.Contains(kind, kinds));
        Assert.Equal(expected, kinds.Where(expected.Contains).Distinct());

        var (response, page) = await browser.GetAsync($"/Staff/Klachten/{complaint.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = page.QuerySelectorAll("#tijdlijn-lijst .gh-timeline__what").Select(e => e.TextContent).ToList();
        Assert.Equal(complaint.Timeline.OrderBy(e => e.Sequence).Select(e => e.What), shown);
    }

    private async Task<string?> HandlerEmailAsync(string userId)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        return await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync();
    }

    /// <summary>A demo complaint nobody handles yet, as a handler finds it on the start page.</summary>
    private async Task<Guid> UnassignedDemoComplaintAsync(int skip)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var ids = await db.Complaints
            .Where(c => c.Status == ComplaintStatus.Received && c.HandlerId == null && c.Kind == ComplaintKind.Complaint)
            .OrderBy(c => c.ReferenceSequence)
            .Select(c => c.Id)
            .ToListAsync();
        Assert.True(ids.Count > skip, $"The demo data has {ids.Count} unassigned complaints.");
        return ids[skip];
    }

}

public sealed class HandlingFlowTestsOnSqlite(SqliteFactory factory) : HandlingFlowTests<SqliteFactory>(factory);

public sealed class HandlingFlowTestsOnPostgres(PostgresFactory factory) : HandlingFlowTests<PostgresFactory>(factory);
