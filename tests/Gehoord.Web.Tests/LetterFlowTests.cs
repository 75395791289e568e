using System.Net;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Letters;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Letters;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Gehoord.Web.Tests;

/// <summary>
/// Letters end to end over HTTP with antiforgery: a letter task opens its composer with the
/// template filled in, the completeness check refuses what is missing and keeps the text, a
/// sent letter is in the case file and downloads as PDF and Word, e-mail goes through the
/// outbox, and nothing can change a sent letter.
/// </summary>
public abstract class LetterFlowTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly DemoAccount Handler = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler);
    private static readonly DemoAccount Administrator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Administrator);
    private static readonly DemoAccount Coordinator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator);

    [Fact]
    public async Task A_sent_letter_as_PDF_carries_the_organisations_letterhead_logo()
    {
        // A 1 × 1 PNG, as an administrator uploads it on the organisation page.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        Guid complaintId;
        Guid letterId;
        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            var withLetter = (await db.Complaints.AsNoTracking().Where(c => c.Status != ComplaintStatus.Closed).Take(50).ToListAsync())
                .First(c => c.SentLetters.Count > 0);
            (complaintId, letterId) = (withLetter.Id, withLetter.SentLetters[0].Id);
            db.OrganisationLogos.RemoveRange(await db.OrganisationLogos.ToListAsync());
            db.OrganisationLogos.Add(new Gehoord.Web.Features.Administration.OrganisationLogo { OrganisationId = DemoSeeder.OrganisationId, ContentType = "image/png", Data = png, UploadedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        try
        {
            using var browser = await factory.SignedInAsync(Coordinator);
            var pdf = await browser.Http.GetAsync(new Uri($"/Staff/Klachten/{complaintId}/brieven/{letterId}?handler=Pdf", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
            var first = document.GetPage(1);
            var logo = Assert.Single(first.GetImages());

            // Top right, above the address window (PDF coordinates count from the bottom).
            Assert.True(logo.BoundingBox.Left > first.Width / 2, $"The logo starts at x {logo.BoundingBox.Left} of {first.Width}.");
            Assert.True(logo.BoundingBox.Bottom > first.Height * 0.75, $"The logo ends at y {logo.BoundingBox.Bottom} of {first.Height}.");
        }
        finally
        {
            using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
            using var _ = scope;
            db.OrganisationLogos.RemoveRange(await db.OrganisationLogos.ToListAsync());
            await db.SaveChangesAsync();
        }
    }

    /// <summary>
    /// The "done when": every letter type can be composed, passes its check unedited,
    /// is sent and is found again in the case file of some demo complaint.
    /// </summary>
    [Fact]
    public async Task Every_letter_type_is_composed_checked_sent_and_found_on_a_demo_complaint()
    {
        using var browser = await factory.SignedInAsync(Coordinator);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var open = await db.Complaints.AsNoTracking()
            .Where(c => c.Status != ComplaintStatus.Closed && c.Kind == ComplaintKind.Complaint)
            .OrderBy(c => c.ReferenceSequence)
            .Select(c => c.Id)
            .ToListAsync();
        var notFound = new List<string>();
        foreach (var (kind, recipient) in LetterTaskList.FreeChoice)
        {
            var sent = false;
            foreach (var id in open)
            {
                var url = $"/Staff/Klachten/{id}/brieven/nieuw?brief={kind}-{recipient}";
                var (_, composer) = await browser.GetAsync(url);
                if (composer.QuerySelector("#compleet") is null || composer.QuerySelector("#versturen") is null)
                {
                    continue;
                }

                var (response, _) = await browser.SubmitLikeBrowserAsync(composer, url, "#brief-form", "#versturen", new Dictionary<string, string> { ["Draft.Channel"] = "Post" });
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                var letter = Assert.Single((await factory.StoredComplaintAsync(id)).SentLetters, l => l.Kind == kind && l.Recipient == recipient && l.SentByName == Coordinator.DisplayName);
                var (_, casePage) = await browser.GetAsync($"/Staff/Klachten/{id}");
                Assert.NotNull(casePage.QuerySelector($"#verstuurd-{letter.Id} a"));
                sent = true;
                break;
            }

            if (!sent)
            {
                notFound.Add($"{kind} to {recipient}");
            }
        }

        Assert.Empty(notFound);
    }

    [Fact]
    public async Task The_closing_letter_after_investigation_is_composed_from_its_task_refused_without_the_ombudsman_sent_and_kept()
    {
        var id = await DemoComplaintAsync(ComplaintStatus.Judged, "schutting");
        using var browser = await factory.SignedInAsync(Handler);
        var page = $"/Staff/Klachten/{id}";
        var (lessonResponse, _) = await browser.SubmitAsync($"{page}/onderzoek", new Dictionary<string, string>
        {
            ["Lesson.Text"] = "Handhaving kondigt het weghalen van een bouwwerk altijd schriftelijk aan.",
            ["Lesson.Level"] = nameof(LessonLevel.WorkingMethod),
        }, "#les-vastleggen");
        Assert.Equal(HttpStatusCode.Redirect, lessonResponse.StatusCode);
        var (closeResponse, _) = await browser.SubmitAsync($"{page}/onderzoek", new Dictionary<string, string>
        {
            ["Closing.OmbudsmanName"] = "de Nationale ombudsman",
            ["Closing.OmbudsmanTerm"] = "binnen één jaar na de datum van deze brief",
        }, "#afronden-na-onderzoek-knop");
        Assert.Equal(HttpStatusCode.Redirect, closeResponse.StatusCode);

        // The task on /afronden links to its composer.
        var (_, closing) = await browser.GetAsync($"{page}/afronden");
        var link = closing.QuerySelectorAll(".gh-letter-list > li")
            .Single(li => li.TextContent.Contains("Afsluitende brief na onderzoek", StringComparison.Ordinal))
            .QuerySelector("a.gh-compose-link")!.GetAttribute("href")!;
        var (composeResponse, composer) = await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, composeResponse.StatusCode);
        var body = ((IHtmlTextAreaElement)composer.QuerySelector("textarea[name='Draft.Body']")!).Value;
        var complaint = await factory.StoredComplaintAsync(id);
        Assert.Contains(complaint.Reference.ToString(), ((IHtmlInputElement)composer.QuerySelector("input[name='Draft.Subject']")!).Value, StringComparison.Ordinal);
        Assert.All(complaint.Parts, p => Assert.Contains(p.VerdictMotivation!, body, StringComparison.Ordinal));
        Assert.Contains("de Nationale ombudsman", body, StringComparison.Ordinal);
        Assert.NotNull(composer.QuerySelector("#compleet"));
        Assert.NotNull(composer.QuerySelector("#leesbaarheid-score"));
        Assert.Null(composer.QuerySelector("#adviezen"));
        Assert.NotNull(composer.QuerySelector("#excuus-stappen"));

        // The handler deletes the ombudsman paragraph: sending is refused, the reason named, the text kept.
        // The handler also deletes the apology: that does not block, but a founded part earns a pointer to the Excuuskaart.
        var withoutOmbudsman = string.Join("\n\n", body.Split("\n\n").Where(p => !p.Contains("ombudsman", StringComparison.OrdinalIgnoreCase) && !p.Contains("excuses", StringComparison.OrdinalIgnoreCase)));
        var (refused, refusedPage) = await browser.SubmitLikeBrowserAsync(composer, link, "#brief-form", "#versturen", new Dictionary<string, string>
        {
            ["Draft.Body"] = withoutOmbudsman,
            ["Draft.Channel"] = nameof(LetterChannel.Post),
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("De verwijzing naar de Nationale ombudsman ontbreekt (Awb 9:12).", refusedPage.QuerySelector("#ontbreekt")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Excuuskaart", refusedPage.QuerySelector("#adviezen")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(withoutOmbudsman.ReplaceLineEndings("\n"), ((IHtmlTextAreaElement)refusedPage.QuerySelector("textarea[name='Draft.Body']")!).Value.ReplaceLineEndings("\n"));
        Assert.DoesNotContain((await factory.StoredComplaintAsync(id)).SentLetters, l => l.Kind == LetterKind.ClosingAfterInvestigation);

        // Sent as composed.
        var (sent, _) = await browser.SubmitLikeBrowserAsync(composer, link, "#brief-form", "#versturen", new Dictionary<string, string> { ["Draft.Channel"] = nameof(LetterChannel.Post) });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        complaint = await factory.StoredComplaintAsync(id);
        var letter = Assert.Single(complaint.SentLetters, l => l.Kind != LetterKind.Acknowledgement);
        Assert.Equal(body.ReplaceLineEndings("\n").Trim(), letter.Body);
        Assert.Equal((LetterKind.ClosingAfterInvestigation, LetterChannel.Post, Handler.DisplayName), (letter.Kind, letter.Channel, letter.SentByName));
        Assert.True(letter.ReadabilityScore > 0);
        Assert.True(complaint.LetterTasks.Single(t => t.Kind == LetterKind.ClosingAfterInvestigation).IsDone);

        // Found again in the case file, and downloadable as PDF and Word.
        var (_, casePage) = await browser.GetAsync(page);
        var entry = casePage.QuerySelector($"#verstuurd-{letter.Id} a")!;
        Assert.Contains(complaint.Timeline, e => e.Kind == TimelineEventKind.LetterSent);
        var (letterResponse, letterPage) = await browser.GetAsync(entry.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, letterResponse.StatusCode);
        Assert.Null(letterPage.QuerySelector("main form"));
        var pdf = await browser.Http.GetAsync(new Uri($"{page}/brieven/{letter.Id}?handler=Pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", document.GetPages().Select(p => p.Text));
            Assert.Contains(complaint.Reference.ToString(), text, StringComparison.Ordinal);
            Assert.Contains("Nationale", text, StringComparison.Ordinal);
        }

        var word = await browser.Http.GetAsync(new Uri($"{page}/brieven/{letter.Id}?handler=Word", UriKind.Relative));
        using (var stream = new MemoryStream(await word.Content.ReadAsByteArrayAsync()))
        using (var docx = WordprocessingDocument.Open(stream, false))
        {
            Assert.Contains(letter.Subject, docx.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        var (closed, _) = await browser.SubmitAsync($"{page}/afronden", new Dictionary<string, string>(), "#afsluiten-knop");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(ComplaintStatus.Closed, (await factory.StoredComplaintAsync(id)).Status);
    }

    [Fact]
    public async Task A_confirmation_sent_by_e_mail_is_in_the_outbox_as_html_and_plain_text()
    {
        var id = await DemoComplaintAsync(ComplaintStatus.Exploring, "koelkast");
        using var browser = await factory.SignedInAsync(Handler);
        var url = $"/Staff/Klachten/{id}/brieven/nieuw?brief={LetterKind.ContactConfirmation}-{LetterRecipient.Complainant}";
        var (_, composer) = await browser.GetAsync(url);
        Assert.NotNull(composer.QuerySelector("#Draft_Channel_Email[checked]"));

        var (sent, _) = await browser.SubmitLikeBrowserAsync(composer, url, "#brief-form", "#versturen", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var complaint = await factory.StoredComplaintAsync(id);
        var letter = Assert.Single(complaint.SentLetters, l => l.Kind == LetterKind.ContactConfirmation && l.Channel == LetterChannel.Email);
        Assert.Equal((LetterChannel.Email, complaint.Complainant.Email), (letter.Channel, letter.SentTo));
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var mail = await db.OutboxMessages.SingleAsync(m => m.ComplaintId == id && m.Purpose == LetterWriter.OutboxPurpose);
        Assert.Equal((complaint.Complainant.Email, letter.Subject), (mail.To, mail.Subject));
        Assert.Contains(letter.Body.Split('\n')[0], mail.Body, StringComparison.Ordinal);
        Assert.Contains("<html", mail.HtmlBody!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sent_letter_cannot_be_changed_or_removed()
    {
        var id = await DemoComplaintAsync(ComplaintStatus.Closed, "kwijtschelding");
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var complaint = await db.Complaints.WithEverything().SingleAsync(c => c.Id == id);
        var letter = complaint.SentLetters.Single(l => l.Kind != LetterKind.Acknowledgement);

        db.Entry(letter).Property(l => l.Body).CurrentValue = "Een andere tekst.";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());

        db.ChangeTracker.Clear();
        var again = await db.Complaints.WithEverything().SingleAsync(c => c.Id == id);
        db.Remove(again.SentLetters.Single(l => l.Id == letter.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.NotEqual("Een andere tekst.", (await factory.StoredComplaintAsync(id)).SentLetters.Single(l => l.Id == letter.Id).Body);
    }

    [Fact]
    public async Task Only_the_handler_or_a_coordinator_sends_and_only_administrators_edit_texts()
    {
        var id = await DemoComplaintAsync(ComplaintStatus.Exploring, "koelkast");

        // A colleague handler who is not this case's handler reads and checks, but cannot send.
        using var employee = await factory.SignedInAsync(await factory.NewStaffAsync("Tweede Behandelaar", null, StaffRoles.Handler));
        var url = $"/Staff/Klachten/{id}/brieven/nieuw?brief={LetterKind.ContactConfirmation}-{LetterRecipient.Complainant}";
        var (_, composer) = await employee.GetAsync(url);
        Assert.Null(composer.QuerySelector("#versturen"));

        using (var handler = await factory.SignedInAsync(Handler))
        {
            var (_, handlerComposer) = await handler.GetAsync(url);
            Assert.NotNull(handlerComposer.QuerySelector("#versturen"));
        }

        // Reading and checking a draft is open to colleagues; it stores nothing.
        var sentBefore = (await factory.StoredComplaintAsync(id)).SentLetters.Count;
        var (checkedResponse, checkedPage) = await employee.SubmitLikeBrowserAsync(composer, url, "#brief-form", "#controleren", new Dictionary<string, string> { ["Draft.Channel"] = "Post" });
        Assert.Equal(HttpStatusCode.OK, checkedResponse.StatusCode);
        Assert.NotNull(checkedPage.QuerySelector("#controle"));
        var send = await employee.Http.PostAsync(
            new Uri($"/Staff/Klachten/{id}/brieven/nieuw?handler=Send", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = composer.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!,
                ["Draft.Kind"] = nameof(LetterKind.ContactConfirmation),
                ["Draft.Recipient"] = nameof(LetterRecipient.Complainant),
                ["Draft.Subject"] = "Onderwerp",
                ["Draft.Body"] = "Tekst",
                ["Draft.Channel"] = "Post",
            }));
        Assert.Equal(HttpStatusCode.Forbidden, send.StatusCode);
        Assert.Equal(sentBefore, (await factory.StoredComplaintAsync(id)).SentLetters.Count);

        var (templates, _) = await employee.GetAsync("/Staff/Beheer/Brieven");
        Assert.Equal(HttpStatusCode.Forbidden, templates.StatusCode);
    }

    [Fact]
    public async Task An_administrator_saves_a_new_version_and_letters_start_from_it()
    {
        using var admin = await factory.SignedInAsync(Administrator);
        var editUrl = $"/Staff/Beheer/Brieven/bewerken?soort={LetterKind.WithdrawalConfirmation}&aan={LetterRecipient.Complainant}&taal=nl";
        var (_, editor) = await admin.GetAsync(editUrl);
        var defaultBody = ((IHtmlTextAreaElement)editor.QuerySelector("textarea[name='Text.Body']")!).Value;
        Assert.Contains("{klachtnummer}", ((IHtmlInputElement)editor.QuerySelector("input[name='Text.Subject']")!).Value, StringComparison.Ordinal);

        // A typo in a placeholder is refused by name, and the text stays.
        var typo = defaultBody + "\n\nGroet van {behandelaarr}.";
        var (refused, refusedPage) = await admin.SubmitLikeBrowserAsync(editor, editUrl, "#sjabloon-form", "#opslaan", new Dictionary<string, string> { ["Text.Body"] = typo });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("{behandelaarr} is geen bekend invulveld", refusedPage.QuerySelector(".gh-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(typo.ReplaceLineEndings("\n"), ((IHtmlTextAreaElement)refusedPage.QuerySelector("textarea[name='Text.Body']")!).Value.ReplaceLineEndings("\n"));

        var own = defaultBody + "\n\nBel ons gerust als u nog vragen hebt.";
        var (saved, _) = await admin.SubmitLikeBrowserAsync(editor, editUrl, "#sjabloon-form", "#opslaan", new Dictionary<string, string> { ["Text.Body"] = own });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, afterSave) = await admin.GetAsync(editUrl);
        Assert.Contains("Versie 1", afterSave.QuerySelector("#versie-lijst")!.TextContent, StringComparison.Ordinal);

        var id = await DemoComplaintAsync(ComplaintStatus.Exploring, "koelkast");
        var (_, composer) = await (await factory.SignedInAsync(Handler)).GetAsync($"/Staff/Klachten/{id}/brieven/nieuw?brief={LetterKind.WithdrawalConfirmation}-{LetterRecipient.Complainant}");
        Assert.Equal("1", composer.QuerySelector("input[name='Draft.TemplateVersion']")!.GetAttribute("value"));
        Assert.Contains("Bel ons gerust als u nog vragen hebt.", ((IHtmlTextAreaElement)composer.QuerySelector("textarea[name='Draft.Body']")!).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_click_on_send_sends_one_letter()
    {
        var id = await DemoComplaintAsync(ComplaintStatus.Exploring, "koelkast");
        using var browser = await factory.SignedInAsync(Handler);
        var url = $"/Staff/Klachten/{id}/brieven/nieuw?brief={LetterKind.ContactConfirmation}-{LetterRecipient.Complainant}";
        var (_, composer) = await browser.GetAsync(url);
        var form = new Dictionary<string, string> { ["Draft.Channel"] = "Post" };
        var before = (await factory.StoredComplaintAsync(id)).SentLetters.Count;

        var (first, _) = await browser.SubmitLikeBrowserAsync(composer, url, "#brief-form", "#versturen", form);
        var (second, _) = await browser.SubmitLikeBrowserAsync(composer, url, "#brief-form", "#versturen", form);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(before + 1, (await factory.StoredComplaintAsync(id)).SentLetters.Count);
    }

    [Fact]
    public async Task Another_organisation_finds_no_letters_and_no_composer()
    {
        var (id, letterId) = await ComplaintWithLetterElsewhereAsync();
        using var browser = await factory.SignedInAsync(Handler);

        foreach (var url in new[]
        {
            $"/Staff/Klachten/{id}/brieven/{letterId}",
            $"/Staff/Klachten/{id}/brieven/{letterId}?handler=Pdf",
            $"/Staff/Klachten/{id}/brieven/{letterId}?handler=Word",
            $"/Staff/Klachten/{id}/brieven/nieuw?brief={LetterKind.ContactConfirmation}-{LetterRecipient.Complainant}",
        })
        {
            var response = await browser.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_task_of_another_complaint_or_an_unknown_letter_type_is_not_found_not_an_error()
    {
        var id = await DemoComplaintAsync(ComplaintStatus.Exploring, "koelkast");
        var other = await DemoComplaintAsync(ComplaintStatus.Closed, "kwijtschelding");
        var foreignTask = (await factory.StoredComplaintAsync(other)).LetterTasks[0];
        using var browser = await factory.SignedInAsync(Handler);
        var url = $"/Staff/Klachten/{id}/brieven/nieuw?brief={LetterKind.ContactConfirmation}-{LetterRecipient.Complainant}";
        var (_, composer) = await browser.GetAsync(url);

        var (foreign, _) = await browser.SubmitLikeBrowserAsync(composer, url, "#brief-form", "#versturen", new Dictionary<string, string> { ["Draft.TaskId"] = foreignTask.Id.ToString(), ["Draft.Channel"] = "Post" });
        var (unknownKind, _) = await browser.SubmitLikeBrowserAsync(composer, url, "#brief-form", "#versturen", new Dictionary<string, string> { ["Draft.Kind"] = "999", ["Draft.Channel"] = "Post" });
        var (badQuery, _) = await browser.GetAsync($"/Staff/Klachten/{id}/brieven/nieuw?brief=Onzin-Klager");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (foreign.StatusCode, unknownKind.StatusCode, badQuery.StatusCode));
    }

    /// <summary>A complaint of another organisation with an acknowledgement sent by post.</summary>
    private async Task<(Guid ComplaintId, Guid LetterId)> ComplaintWithLetterElsewhereAsync()
    {
        var organisation = await factory.NewOrganisationAsync();
        using var db = factory.CreateDbContext(organisation.Id, out var scope);
        using var _ = scope;
        var now = DateTimeOffset.UtcNow;
        var actor = Actor.Staff("elders", "Els Elders");
        var complaint = Complaint.Register(
            Guid.NewGuid(),
            organisation.Id,
            new ReferenceNumber(now.Year, 1),
            TrackingCode.New(),
            new ComplaintRegistration(Channel.Letter, ComplaintKind.Complaint, DateOnly.FromDateTime(now.UtcDateTime), "Van een andere gemeente.", new Complainant("P. de Vries")),
            organisation.Profile(),
            actor,
            now);
        var letterCase = new LetterCase(complaint, organisation.Profile(), organisation.Name, null, null, "https://elders.example/volgen", actor.Name);
        var request = new LetterRequest(LetterKind.Acknowledgement, LetterRecipient.Complainant, "nl");
        var letter = complaint.SendLetter(letterCase, request, $"Uw klacht {complaint.Reference}", string.Join("\n\n", LetterFacts.Values(letterCase, request).Values), LetterChannel.Post, null, 0, actor, now);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync();
        return (complaint.Id, letter.Id);
    }

    private async Task<Guid> DemoComplaintAsync(ComplaintStatus status, string descriptionWord)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var candidates = await db.Complaints.AsNoTracking().Where(c => c.Status == status).Select(c => new { c.Id, c.Description }).ToListAsync();
        return candidates.Single(c => c.Description.Contains(descriptionWord, StringComparison.OrdinalIgnoreCase)).Id;
    }
}

public sealed class LetterFlowTestsOnSqlite(SqliteFactory factory) : LetterFlowTests<SqliteFactory>(factory);

public sealed class LetterFlowTestsOnPostgres(PostgresFactory factory) : LetterFlowTests<PostgresFactory>(factory);
