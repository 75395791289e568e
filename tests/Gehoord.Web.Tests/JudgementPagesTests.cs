using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

public abstract class JudgementPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly Actor Registrar = Actor.Staff("employee-test", "Mila Medewerker");
    private static readonly DemoAccount HandlerAccount = DemoSeeder.Accounts.Single(a => a.Role == Identity.StaffRoles.Handler);
    private static readonly DemoAccount CommitteeAccount = DemoSeeder.Accounts.Single(a => a.Role == Identity.StaffRoles.Committee);

    private static CancellationToken Ct => CancellationToken.None;

    private DateOnly Today => factory.Services.GetRequiredService<Clock>().Today;

    private string TodayText => Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_complaint_is_heard_assessed_judged_and_closed_after_investigation()
    {
        var complaint = await InvestigatingComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = $"/Staff/Klachten/{complaint.Id}/onderzoek";

        foreach (var party in new[] { nameof(HearingParty.Complainant), nameof(HearingParty.Respondent) })
        {
            await SucceedsAsync(browser, url, "#uitnodigen", new()
            {
                ["Invite.Party"] = party,
                ["Invite.Form"] = nameof(HearingForm.InPerson),
                ["Invite.InvitedOn"] = TodayText,
            });
            var (_, page) = await browser.GetAsync(url);
            var hearingId = page.QuerySelectorAll("#gehoord input[name='Outcome.HearingId']").OfType<IHtmlInputElement>().Single().Value;
            await SucceedsAsync(browser, url, "#gehoord", new()
            {
                ["Outcome.HearingId"] = hearingId,
                ["Outcome.HeldOn"] = TodayText,
                ["Outcome.Report"] = $"Verslag van het horen van {party}.",
            });
        }

        await SucceedsAsync(browser, url, "#toetsen", new()
        {
            ["Standards[6].Finding"] = nameof(StandardFinding.Breached),
            ["Standards[6].Note"] = "De medewerker was kortaf.",
        });

        // Only the core value with an assessment stays open, and its summary counts it.
        var (_, assessedPage) = await browser.GetAsync(url);
        var open = assessedPage.QuerySelectorAll("#toetsen details[open] summary").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["Respectvol (6 normen, 1 getoetst, 1 geschonden)"], open);
        Assert.Equal(4, assessedPage.QuerySelectorAll("#toetsen details").Length);
        await SucceedsAsync(browser, url, "#rechtmatig", new() { ["Lawfulness.Lawful"] = "true", ["Lawfulness.Note"] = "De regels zijn gevolgd." });
        await SucceedsAsync(browser, url, "#oordeel-geven", new()
        {
            ["Verdicts[0].Verdict"] = nameof(Verdict.Founded),
            ["Verdicts[0].FactsEstablished"] = "true",
            ["Verdicts[0].Motivation"] = "Er is niet teruggebeld.",
            ["Verdicts[1].Verdict"] = nameof(Verdict.NoJudgement),
            ["Verdicts[1].FactsEstablished"] = "false",
            ["Verdicts[1].Motivation"] = "Wat er aan de balie gezegd is, valt niet meer vast te stellen.",
        });
        var (_, before) = await browser.GetAsync(url);
        Assert.Contains("De medewerker was kortaf.", before.QuerySelector("#toetsingen")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Nog nodig", before.QuerySelector("section[aria-labelledby=vaststellen]")!.TextContent, StringComparison.Ordinal);

        await SucceedsAsync(browser, url, "#oordeel-vaststellen", []);
        Assert.Equal(ComplaintStatus.Judged, (await factory.StoredComplaintAsync(complaint.Id)).Status);

        var (_, judged) = await browser.GetAsync(url);
        Assert.Equal("de Nationale ombudsman", ((IHtmlInputElement)judged.QuerySelector("#Closing_OmbudsmanName")!).Value);
        Assert.Contains("Nog nodig", judged.QuerySelector("section[aria-labelledby=afronden]")!.TextContent, StringComparison.Ordinal);
        await SucceedsAsync(browser, url, "#les-vastleggen", new()
        {
            ["Lesson.Text"] = "Terugbelverzoeken worden voortaan in het systeem gezet.",
            ["Lesson.Level"] = nameof(LessonLevel.WorkingMethod),
        });
        // As a browser posts it: the ombudsman fields as the page filled them in from the profile.
        await SucceedsAsync(browser, url, "#afronden-na-onderzoek-knop", new()
        {
            ["Closing.OmbudsmanName"] = Gehoord.Domain.Jurisdictions.JurisdictionProfile.NlAwb.OmbudsmanName,
            ["Closing.OmbudsmanTerm"] = Gehoord.Domain.Jurisdictions.JurisdictionProfile.NlAwb.OmbudsmanTerm,
        });

        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(ComplaintStatus.Closing, stored.Status);
        Assert.Equal(ComplaintOutcome.Judged, stored.Outcome);
        Assert.Equal("de Nationale ombudsman", stored.OmbudsmanName);
        Assert.Equal(2, stored.Hearings.Count(h => h.HeldOn == Today && h.Report is not null));
        Assert.Contains(stored.Timeline, e => e.Kind == TimelineEventKind.Judged);
        var task = Assert.Single(stored.LetterTasks, t => t.Kind == LetterKind.ClosingAfterInvestigation);
        Assert.True(task.Required);
        var (_, closing) = await browser.GetAsync(url);
        Assert.NotNull(closing.QuerySelector("#brieftaak"));
        Assert.NotNull(closing.QuerySelector($"a[href='/Staff/Klachten/{complaint.Id}/afronden']"));
    }

    [Fact]
    public async Task Unfounded_without_established_facts_is_refused_with_the_input_kept()
    {
        var complaint = await InvestigatingComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = $"/Staff/Klachten/{complaint.Id}/onderzoek";

        var (response, page) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Verdicts[0].Verdict"] = nameof(Verdict.Unfounded),
            ["Verdicts[0].FactsEstablished"] = "false",
            ["Verdicts[0].Motivation"] = "Mijn eigen motivering.",
        }, "#oordeel-geven");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ongegrond kan alleen als vaststaat wat er is gebeurd", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mijn eigen motivering.", page.QuerySelector("#Verdicts_0__Motivation")!.TextContent);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#Verdicts_0__Verdict_Unfounded")!).IsChecked);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#Verdicts_0__FactsEstablished_false")!).IsChecked);
        Assert.All((await factory.StoredComplaintAsync(complaint.Id)).Parts, p => Assert.Null(p.Verdict));
    }

    [Fact]
    public async Task The_investigation_page_is_one_form_that_saves_every_typed_part_at_once_or_keeps_all_of_it()
    {
        var complaint = await InvestigatingComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = $"/Staff/Klachten/{complaint.Id}/onderzoek";
        var (_, empty) = await browser.GetAsync(url);
        Assert.Single(empty.QuerySelectorAll("main form"));
        Dictionary<string, string> typed = new()
        {
            ["Invite.Party"] = nameof(HearingParty.Complainant),
            ["Invite.Form"] = nameof(HearingForm.Phone),
            ["Invite.InvitedOn"] = TodayText,
            ["Verdicts[0].Verdict"] = nameof(Verdict.Founded),
            ["Verdicts[0].FactsEstablished"] = "true",
            ["Verdicts[0].Motivation"] = "Er is twee keer niet teruggebeld.",
            ["Standards[6].Finding"] = nameof(StandardFinding.NotAssessable),
            ["Standards[6].Note"] = string.Empty,
            ["Lawfulness.Lawful"] = "true",
            ["Lawfulness.Note"] = "De regels zijn gevolgd.",
        };

        // A standard "not assessable" without its reason: nothing is saved, everything typed comes back.
        var (refused, refusedPage) = await browser.SubmitAsync(url, typed, "#onderzoek-form");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("niet te beoordelen", refusedPage.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Er is niets opgeslagen", refusedPage.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Er is twee keer niet teruggebeld.", refusedPage.QuerySelector("#Verdicts_0__Motivation")!.TextContent);
        Assert.True(((IHtmlInputElement)refusedPage.QuerySelector("#Invite_Party_Complainant")!).IsChecked);
        Assert.Equal(nameof(StandardFinding.NotAssessable), ((IHtmlSelectElement)refusedPage.QuerySelector("#Standards_6__Finding")!).Value);
        Assert.Equal("De regels zijn gevolgd.", refusedPage.QuerySelector("#Lawfulness_Note")!.TextContent);
        var untouched = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Empty(untouched.Hearings);
        Assert.Empty(untouched.Assessments);
        Assert.All(untouched.Parts, p => Assert.Null(p.Verdict));

        typed["Standards[6].Note"] = "Niemand anders was bij het gesprek aan de balie.";
        var (saved, _) = await browser.SubmitAsync(url, typed, "#onderzoek-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(HearingParty.Complainant, Assert.Single(stored.Hearings).Party);
        Assert.Equal(StandardFinding.NotAssessable, Assert.Single(stored.Assessments).Finding);
        Assert.Equal("Niemand anders was bij het gesprek aan de balie.", stored.Assessments[0].Note);
        Assert.Equal(Verdict.Founded, stored.Parts.OrderBy(p => p.Number).First().Verdict);
        Assert.True(stored.Lawful);
        var (_, after) = await browser.GetAsync(url);
        Assert.Contains("Vastgelegd: de uitnodiging om te horen", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Niet te beoordelen", after.QuerySelector("#toetsingen")!.TextContent, StringComparison.Ordinal);

        // Saving the page again as the browser fills it in records nothing twice.
        var timeline = stored.Timeline.Count;
        var hearingId = stored.Hearings[0].Id.ToString();
        var (again, _) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Verdicts[0].Verdict"] = nameof(Verdict.Founded),
            ["Verdicts[0].FactsEstablished"] = "true",
            ["Verdicts[0].Motivation"] = "Er is twee keer niet teruggebeld.",
            ["Standards[6].Finding"] = nameof(StandardFinding.NotAssessable),
            ["Standards[6].Note"] = "Niemand anders was bij het gesprek aan de balie.",
            ["Lawfulness.Lawful"] = "true",
            ["Lawfulness.Note"] = "De regels zijn gevolgd.",
            ["Outcome.HearingId"] = hearingId,
            ["Outcome.Declined"] = "true",
        }, "#onderzoek-form");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var last = await factory.StoredComplaintAsync(complaint.Id);
        Assert.True(last.Hearings[0].Declined);
        Assert.Equal(timeline + 1, last.Timeline.Count);
    }

    [Fact]
    public async Task Judging_too_early_lists_what_is_missing()
    {
        var complaint = await InvestigatingComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = $"/Staff/Klachten/{complaint.Id}/onderzoek";

        var (response, page) = await browser.SubmitAsync(url, new Dictionary<string, string>(), "#oordeel-vaststellen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var alert = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Nog nodig:", alert, StringComparison.Ordinal);
        Assert.Contains("elk klachtonderdeel heeft een oordeel met motivering", alert, StringComparison.Ordinal);
        Assert.Contains("de klager is gehoord", alert, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Investigating, (await factory.StoredComplaintAsync(complaint.Id)).Status);
    }

    [Fact]
    public async Task Extension_of_four_weeks_moves_the_handling_deadline_longer_needs_consent()
    {
        var complaint = await InvestigatingComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = $"/Staff/Klachten/{complaint.Id}/termijnen";

        await SucceedsAsync(browser, url, "#verdagen-formulier", new()
        {
            ["Extension.Amount"] = "4",
            ["Extension.Unit"] = nameof(TermUnit.Weeks),
            ["Extension.Reason"] = "We wachten op de verklaring van een getuige.",
        });
        var expected = JurisdictionProfile.NlAwb.ExtendedHandlingDeadline(complaint.ReceivedOn, false, Term.Weeks(4), false);
        Assert.Equal(expected, Handling(await factory.StoredComplaintAsync(complaint.Id)).DueOn);
        var (_, page) = await browser.GetAsync(url);
        var row = page.QuerySelectorAll("#termijnen-tabel tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Afhandeling");
        // The date first; a term that ended on a weekend or holiday adds why it moved ("verschoven naar maandag …").
        Assert.StartsWith(expected.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL")), row.QuerySelectorAll("td")[0].TextContent.Trim(), StringComparison.Ordinal);

        var (refused, refusedPage) = await browser.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Extension.Amount"] = "5",
            ["Extension.Unit"] = nameof(TermUnit.Weeks),
            ["Extension.Reason"] = "Nog meer tijd nodig.",
        }, "#verdagen-formulier");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Langer uitstel kan alleen met schriftelijke instemming van de klager.", refusedPage.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nog meer tijd nodig.", refusedPage.QuerySelector("#Extension_Reason")!.TextContent);
        Assert.Equal(expected, Handling(await factory.StoredComplaintAsync(complaint.Id)).DueOn);

        await SucceedsAsync(browser, url, "#verdagen-formulier", new()
        {
            ["Extension.Amount"] = "5",
            ["Extension.Unit"] = nameof(TermUnit.Weeks),
            ["Extension.Reason"] = "Nog meer tijd nodig.",
            ["Extension.ConsentOn"] = TodayText,
        });
        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Equal(JurisdictionProfile.NlAwb.ExtendedHandlingDeadline(complaint.ReceivedOn, false, Term.Weeks(5), true), Handling(stored).DueOn);
        Assert.Equal(Today, stored.ExtensionConsentOn);
        Assert.Contains(stored.LetterTasks, t => t.Kind == LetterKind.ExtensionNotice && t.Recipient == LetterRecipient.Respondent);
    }

    [Fact]
    public async Task Another_handler_may_read_but_not_act()
    {
        var complaint = await InvestigatingComplaintAsync();
        using var browser = await factory.SignedInAsync(await factory.NewStaffAsync("Tweede Behandelaar", null, Identity.StaffRoles.Handler));
        var url = $"/Staff/Klachten/{complaint.Id}/onderzoek";

        var (page, document) = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(document.QuerySelector("#oordeel-vaststellen"));
        var token = ((IHtmlInputElement)document.QuerySelector("input[name=__RequestVerificationToken]")!).Value;

        foreach (var (target, fields) in new[]
        {
            ($"{url}?handler=Save", new Dictionary<string, string> { ["Lawfulness.Lawful"] = "true", ["Lawfulness.Note"] = "Zelf beoordeeld." }),
            ($"/Staff/Klachten/{complaint.Id}/termijnen?handler=Extend", new Dictionary<string, string> { ["Extension.Amount"] = "2", ["Extension.Reason"] = "Zelf verdaagd." }),
        })
        {
            fields["__RequestVerificationToken"] = token;
            using var content = new FormUrlEncodedContent(fields);
            var response = await browser.Http.PostAsync(new Uri(target, UriKind.Relative), content, Ct);

            AssertForbidden(response);
        }

        var stored = await factory.StoredComplaintAsync(complaint.Id);
        Assert.Null(stored.Lawful);
        Assert.Equal(0, stored.ExtensionDays);
    }

    [Fact]
    public async Task A_committee_member_records_the_advice_only_of_a_complaint_the_committee_handles()
    {
        var withCommittee = await InvestigatingComplaintAsync(advisoryCommittee: true);
        var without = await InvestigatingComplaintAsync();
        using var browser = await factory.SignedInAsync(CommitteeAccount);
        var url = $"/Staff/Klachten/{withCommittee.Id}/onderzoek";

        await SucceedsAsync(browser, url, "#advies-vastleggen", new()
        {
            ["Advice.Findings"] = "Er is twee keer een terugbelverzoek blijven liggen.",
            ["Advice.Advice"] = "Verklaar onderdeel 1 gegrond.",
            ["Advice.ReportedOn"] = TodayText,
        });
        var (_, page) = await browser.GetAsync(url);
        Assert.Null(page.QuerySelector("#besluit"));
        Assert.Null(page.QuerySelector("#oordeel-geven"));
        Assert.Equal(Today, (await factory.StoredComplaintAsync(withCommittee.Id)).CommitteeReportedOn);

        // A case the committee does not advise on is not its business (ADR 10): not to read, not to change.
        var (other, _) = await browser.GetAsync($"/Staff/Klachten/{without.Id}/onderzoek");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var token = ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Invite.Party"] = nameof(HearingParty.Complainant),
            ["Invite.Form"] = nameof(HearingForm.Phone),
            ["Invite.InvitedOn"] = TodayText,
        });
        var refused = await browser.Http.PostAsync(new Uri($"/Staff/Klachten/{without.Id}/onderzoek?handler=Save", UriKind.Relative), content, Ct);
        AssertForbidden(refused);
        Assert.Empty((await factory.StoredComplaintAsync(without.Id)).Hearings);
    }

    [Fact]
    public async Task With_two_respondents_the_invitation_asks_which_respondent_and_the_table_names_them()
    {
        var complaint = await InvestigatingComplaintAsync(secondRespondent: true);
        using var browser = await factory.SignedInAsync(HandlerAccount);
        var url = $"/Staff/Klachten/{complaint.Id}/onderzoek";
        var teamLead = complaint.Respondents.Single(r => r.Name == "Teamleider Publiekszaken");
        Dictionary<string, string> invite = new()
        {
            ["Invite.Party"] = nameof(HearingParty.Respondent),
            ["Invite.Form"] = nameof(HearingForm.Phone),
            ["Invite.InvitedOn"] = TodayText,
        };

        var (refused, refusedPage) = await browser.SubmitAsync(url, invite, "#uitnodigen");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(2, refusedPage.QuerySelectorAll("#uitnodigen input[name='Invite.RespondentId']").Length);
        Assert.Contains("Kies welke beklaagde", refusedPage.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Empty((await factory.StoredComplaintAsync(complaint.Id)).Hearings);

        invite["Invite.RespondentId"] = teamLead.Id.ToString();
        await SucceedsAsync(browser, url, "#uitnodigen", invite);

        Assert.Equal(teamLead.Id, (await factory.StoredComplaintAsync(complaint.Id)).Hearings.Single().RespondentId);
        var (_, page) = await browser.GetAsync(url);
        Assert.Contains("Beklaagde (Teamleider Publiekszaken)", page.QuerySelector("#hoorzittingen")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_extension_that_is_not_a_number_gets_a_Dutch_message()
    {
        var complaint = await InvestigatingComplaintAsync();
        using var browser = await factory.SignedInAsync(HandlerAccount);

        var (response, page) = await browser.SubmitAsync($"/Staff/Klachten/{complaint.Id}/termijnen", new Dictionary<string, string>
        {
            ["Extension.Amount"] = "vier",
            ["Extension.Reason"] = "Getuige is op vakantie.",
        }, "#verdagen-formulier");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een heel getal van 1 tot en met 365 in", page.QuerySelector("#Extension_Amount-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("vier", ((IHtmlInputElement)page.QuerySelector("#Extension_Amount")!).Value);
        Assert.Equal("Getuige is op vakantie.", page.QuerySelector("#Extension_Reason")!.TextContent);
    }

    [Fact]
    public async Task A_complaint_of_another_organisation_is_not_found()
    {
        var organisationId = (await factory.NewOrganisationAsync()).Id;

        var theirs = await RegisterAsync(organisationId, (_, _) => Task.CompletedTask);
        using var browser = await factory.SignedInAsync(HandlerAccount);

        foreach (var page in new[] { "onderzoek", "termijnen" })
        {
            var (response, _) = await browser.GetAsync($"/Staff/Klachten/{theirs.Id}/{page}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    /// <summary>The cookie scheme answers a forbidden page request by sending the browser to its "Geen toegang" page.</summary>
    private static void AssertForbidden(HttpResponseMessage response) =>
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden,
            $"{response.RequestMessage?.RequestUri}: {response.StatusCode}");

    private static ComplaintDeadline Handling(Complaint complaint) => complaint.Deadlines.Single(d => d.Kind == DeadlineKind.Handling);

    private static async Task SucceedsAsync(Browser browser, string url, string form, Dictionary<string, string> fields)
    {
        var (response, page) = await browser.SubmitAsync(url, fields, form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{form}: {response.StatusCode} {page.QuerySelector("[role=alert]")?.TextContent}");
    }

    /// <summary>A written complaint with two parts and a respondent, in investigation, handled by the demo handler.</summary>
    private Task<Complaint> InvestigatingComplaintAsync(bool advisoryCommittee = false, bool secondRespondent = false) => RegisterAsync(DemoSeeder.OrganisationId, async (c, db) =>
    {
        var now = DateTimeOffset.UtcNow;
        var handler = await db.Users.SingleAsync(u => u.Email == HandlerAccount.Email, Ct);
        var by = Actor.Staff(handler.Id, handler.DisplayName);
        c.AssignHandler(by, Registrar, now);
        c.StartExploration(by, now);
        if (advisoryCommittee)
        {
            c.ChooseAdvisoryCommittee(JurisdictionProfile.NlAwb, by, now);
        }

        c.DescribeCore("Niet teruggebeld en onvriendelijk behandeld aan de balie.", "Excuses en een antwoord op de vraag.", by, now);
        c.AddPart(Guid.NewGuid(), "Niet teruggebeld", by, now);
        c.AddPart(Guid.NewGuid(), "Onvriendelijk aan de balie", by, now);
        var respondent = c.AddRespondent(Guid.NewGuid(), "Baliemedewerker Burgerzaken", null, null, by, now);
        c.InformRespondent(respondent.Id, DateOnly.FromDateTime(now.DateTime), by, now);
        if (secondRespondent)
        {
            var teamLead = c.AddRespondent(Guid.NewGuid(), "Teamleider Publiekszaken", null, null, by, now);
            c.InformRespondent(teamLead.Id, DateOnly.FromDateTime(now.DateTime), by, now);
        }

        c.StartInvestigation("De klager wil een oordeel.", by, now);
    });

    private async Task<Complaint> RegisterAsync(Guid organisationId, Func<Complaint, GehoordDbContext, Task> then)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<HttpOrganisationScope>().Use(organisationId);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == organisationId, Ct);
        var complaint = await scope.ServiceProvider.GetRequiredService<ComplaintIntake>().RegisterAsync(
            organisation,
            new ComplaintRegistration(Channel.Letter, ComplaintKind.Complaint, Today, "Niemand belde terug en aan de balie werd ik afgesnauwd.", new Complainant("K. de Klager", Street: "Dorpsstraat 1", PostalCode: "1234 ab", City: "Voorbeeld")),
            [],
            [],
            Registrar,
            Ct);
        await then(complaint, db);
        await db.SaveChangesAsync(Ct);
        return complaint;
    }
}

public sealed class JudgementPagesTestsOnSqlite(SqliteFactory factory) : JudgementPagesTests<SqliteFactory>(factory);

public sealed class JudgementPagesTestsOnPostgres(PostgresFactory factory) : JudgementPagesTests<PostgresFactory>(factory);
