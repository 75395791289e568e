using System.Net;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Letters;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gehoord.Web.Tests;

/// <summary>The citizen's side: the public form, its confirmation and the acknowledgement.</summary>
public abstract class PublicIntakeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static KeyValuePair<string, string> F(string key, string value) => new(key, value);

    [Fact]
    public async Task The_form_says_first_what_happens_and_how_long_it_takes_and_needs_no_account()
    {
        using var browser = new Browser(factory);

        var (response, page) = await browser.GetAsync("/klacht");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var main = page.QuerySelector("main")!;
        var intro = main.QuerySelector("section")!;
        Assert.Contains("6 weken", intro.TextContent, StringComparison.Ordinal);
        Assert.True(intro.CompareDocumentPosition(main.QuerySelector("form")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        foreach (var input in main.QuerySelectorAll("form input:not([type=hidden]), form textarea, form select"))
        {
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        }

        Assert.Equal("true", page.QuerySelector("#Input_Story")!.GetAttribute("aria-required"));
        Assert.Equal("multipart/form-data", main.QuerySelector("form")!.GetAttribute("enctype"));
    }

    [Fact]
    public async Task Only_the_story_is_needed_and_the_confirmation_shows_reference_and_tracking_code()
    {
        using var browser = new Browser(factory);

        var (response, _) = await browser.SubmitWithFilesAsync("/klacht", [F("Input.Story", "De stoep voor mijn huis is al maanden kapot.")], []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/klacht/ontvangen", response.Headers.Location!.OriginalString);
        var (confirmation, page) = await browser.GetAsync("/klacht/ontvangen");
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        var codes = page.QuerySelectorAll(".gh-code").Select(c => c.TextContent).ToList();
        Assert.Matches(@"^\d{4}-\d{6}$", codes[0]);
        Assert.NotNull(TrackingCode.Normalise(codes[1]));

        var complaint = await FindAsync(codes[1]);
        Assert.Equal(Channel.WebForm, complaint.Channel);
        Assert.Equal("De stoep voor mijn huis is al maanden kapot.", complaint.Description);
        // Nobody to answer: registered as a signal to learn from.
        Assert.Equal(ComplaintKind.Signal, complaint.Kind);
    }

    [Fact]
    public async Task A_complaint_with_an_email_address_gets_its_acknowledgement_through_the_outbox()
    {
        using var browser = new Browser(factory);

        await browser.SubmitWithFilesAsync("/klacht", [
            F("Input.Story", "Ik zou teruggebeld worden over mijn vergunning, maar niemand belde."),
            F("Input.Contact", "Email"),
            F("Input.Name", "Noor Test"),
            F("Input.Email", "noor.test@example.org"),
        ], []);
        var (_, page) = await browser.GetAsync("/klacht/ontvangen");
        var trackingCode = page.QuerySelectorAll(".gh-code")[1].TextContent;
        Assert.Contains("U hoort uiterlijk op", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var complaint = await FindAsync(trackingCode);
        Assert.Equal(ComplaintKind.Complaint, complaint.Kind);
        Assert.Null(complaint.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledgement).MetOn);

        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        var mail = Directory.GetFiles(factory.MailDirectory, "*.eml")
            .Select(File.ReadAllText)
            .Single(text => text.Contains("noor.test@example.org", StringComparison.Ordinal));
        Assert.Contains(complaint.Reference.ToString(), mail, StringComparison.Ordinal);
        var sent = await FindAsync(trackingCode);
        Assert.NotNull(sent.Deadlines.Single(d => d.Kind == DeadlineKind.Acknowledgement).MetOn);
        Assert.Contains(sent.Timeline, e => e.Kind == TimelineEventKind.AcknowledgementSent);

        // The e-mail as it left is in the case file as a sent letter, readable and downloadable again.
        OutboxMessage message;
        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            message = await db.OutboxMessages.SingleAsync(m => m.ComplaintId == sent.Id && m.Purpose == ComplaintIntake.AcknowledgementPurpose);
        }

        var letter = Assert.Single(sent.SentLetters);
        Assert.Equal((message.Id, LetterKind.Acknowledgement, LetterChannel.Email), (letter.Id, letter.Kind, letter.Channel));
        Assert.Equal((message.To, message.Subject, message.Body.Trim(), message.SentAt), (letter.SentTo, letter.Subject, letter.Body, (DateTimeOffset?)letter.SentAt));
        using var staff = await factory.SignedInAsync(DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator));
        var (caseResponse, casePage) = await staff.GetAsync($"/Staff/Klachten/{sent.Id}");
        Assert.Equal(HttpStatusCode.OK, caseResponse.StatusCode);
        Assert.NotNull(casePage.QuerySelector($"a[href='/Staff/Klachten/{sent.Id}/brieven/{letter.Id}']"));
        var (letterResponse, letterPage) = await staff.GetAsync($"/Staff/Klachten/{sent.Id}/brieven/{letter.Id}");
        Assert.Equal(HttpStatusCode.OK, letterResponse.StatusCode);
        Assert.Contains("automatische e-mail van Gehoord bij ontvangst", letterPage.QuerySelector("#brief-gegevens")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(sent.TrackingCode, letterPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var pdf = await staff.Http.GetAsync(new Uri($"/Staff/Klachten/{sent.Id}/brieven/{letter.Id}?handler=Pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_mistake_keeps_everything_typed_and_says_what_to_fix()
    {
        using var browser = new Browser(factory);
        Guid unitId;
        using (var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope))
        using (scope)
        {
            unitId = (await db.Units.FirstAsync(u => u.Name == "Openbare Ruimte")).Id;
        }

        var (response, page) = await browser.SubmitWithFilesAsync("/klacht", [
            F("Input.Story", "   "),
            F("Input.When", "31-02-2026"),
            F("Input.UnitId", unitId.ToString()),
            F("Input.Wishes", "Apology"),
            F("Input.Wishes", "Explanation"),
            F("Input.Contact", "Email"),
            F("Input.Name", "Jan de Tester"),
            F("Input.Email", "jan-at-example"),
            F("Input.RepresentativeName", "Zus van Jan"),
        ], []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vertel wat er is gebeurd", page.QuerySelector("#Input_Story-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vul een datum in", page.QuerySelector("#Input_When-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("e-mailadres klopt niet", page.QuerySelector("#Input_Email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("31-02-2026", page.QuerySelector("#Input_When")!.GetAttribute("value"));
        Assert.Equal("Jan de Tester", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("jan-at-example", page.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal("Zus van Jan", page.QuerySelector("#Input_RepresentativeName")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#Input_Wishes_Apology")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("#Input_Wishes_Explanation")!.HasAttribute("checked"));
        Assert.False(page.QuerySelector("#Input_Wishes_Compensation")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector("#Input_Contact_Email")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector($"#Input_UnitId option[value='{unitId}']")!.HasAttribute("selected"));
        Assert.Equal(3, page.QuerySelectorAll(".gh-error-summary li").Length);
    }

    [Fact]
    public async Task Photos_and_PDFs_are_stored_with_the_complaint()
    {
        using var browser = new Browser(factory);

        await browser.SubmitWithFilesAsync(
            "/klacht",
            [F("Input.Story", "Zie de foto van de kapotte lantaarnpaal."), F("Input.Email", "foto@example.org")],
            [("Attachments", "lantaarn.png", "image/png", TestFiles.Png), ("Attachments", "brief.pdf", "application/pdf", TestFiles.Pdf)]);
        var (_, page) = await browser.GetAsync("/klacht/ontvangen");

        var complaint = await FindAsync(page.QuerySelectorAll(".gh-code")[1].TextContent);
        Assert.Equal(["brief.pdf", "lantaarn.png"], complaint.Attachments.Select(a => a.FileName).Order());
        Assert.Equal("image/png", complaint.Attachments.Single(a => a.FileName == "lantaarn.png").ContentType);
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var png = complaint.Attachments.Single(a => a.FileName == "lantaarn.png").Id;
        Assert.Equal(TestFiles.Png, (await db.AttachmentContents.SingleAsync(c => c.Id == png)).Data);
    }

    [Fact]
    public async Task A_program_disguised_as_a_photo_is_refused_by_its_content()
    {
        using var browser = new Browser(factory);

        var (response, page) = await browser.SubmitWithFilesAsync(
            "/klacht",
            [F("Input.Story", "Mijn klacht staat in de bijlage.")],
            [("Attachments", "foto.jpg", "image/jpeg", TestFiles.Executable)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("foto.jpg", page.QuerySelector("#Attachments-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mijn klacht staat in de bijlage.", page.QuerySelector("#Input_Story")!.TextContent);
    }

    [Fact]
    public async Task A_good_file_is_kept_when_the_form_has_a_mistake_and_stored_when_it_is_fixed()
    {
        using var browser = new Browser(factory);

        var (_, withMistake) = await browser.SubmitWithFilesAsync(
            "/klacht",
            [F("Input.Story", string.Empty)],
            [("Attachments", "schade.png", "image/png", TestFiles.Png)]);
        Assert.Contains("schade.png", withMistake.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
        Assert.Single(withMistake.QuerySelectorAll("input[name='Input.KeptUploads']"));

        var form = (AngleSharp.Html.Dom.IHtmlFormElement)withMistake.QuerySelector("main form")!;
        var (fixedResponse, _) = await browser.PostMultipartAsync(form, "/klacht", [F("Input.Story", "Nu met verhaal.")], []);
        Assert.Equal(HttpStatusCode.Redirect, fixedResponse.StatusCode);

        var (_, page) = await browser.GetAsync("/klacht/ontvangen");
        var complaint = await FindAsync(page.QuerySelectorAll(".gh-code")[1].TextContent);
        Assert.Equal("schade.png", Assert.Single(complaint.Attachments).FileName);
    }

    [Fact]
    public async Task The_English_form_speaks_English_and_the_complaint_keeps_the_language()
    {
        using var browser = new Browser(factory);

        var (_, form) = await browser.GetAsync("/en/complaint");
        Assert.Equal("en", form.DocumentElement.GetAttribute("lang"));
        Assert.Equal("What happened?", form.QuerySelector("label[for='Input_Story']")!.TextContent.Trim());

        var (response, _) = await browser.SubmitWithFilesAsync("/en/complaint", [F("Input.Story", "Nobody answered my e-mails."), F("Input.Email", "en@example.org")], []);
        Assert.Equal("/en/complaint/received", response.Headers.Location!.OriginalString);
        var (_, page) = await browser.GetAsync("/en/complaint/received");
        Assert.Contains("You will hear from us by", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var complaint = await FindAsync(page.QuerySelectorAll(".gh-code")[1].TextContent);
        Assert.Equal("en", complaint.Language);
    }

    [Fact]
    public async Task English_pages_are_English_throughout_and_so_is_the_acknowledgement()
    {
        using var browser = new Browser(factory);

        var (_, form) = await browser.GetAsync("/en/complaint");
        var header = form.QuerySelector("header")!;
        var footer = form.QuerySelector("footer")!;
        Assert.Equal("Main menu", header.QuerySelector("nav")!.GetAttribute("aria-label"));
        Assert.Contains("Follow your complaint", header.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Volg uw klacht", header.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sign in for staff", footer.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Inloggen", footer.TextContent, StringComparison.Ordinal);
        Assert.Equal("Skip to content", form.QuerySelector(".utrecht-skip-link")!.TextContent.Trim());
        // The one Dutch link on an English page says it is Dutch.
        Assert.All(form.QuerySelectorAll("header a[href$='/klacht'], footer a[href$='/klacht']"), a => Assert.Equal("nl", a.GetAttribute("lang")));

        var (response, _) = await browser.SubmitWithFilesAsync("/en/complaint", [F("Input.Story", "The bin was not emptied for a month."), F("Input.Email", "english-ack@example.org")], []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var mail = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.To == "english-ack@example.org");
        Assert.Contains("within 6 weeks", mail.Body, StringComparison.Ordinal);
        Assert.Contains("go to the National Ombudsman", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("weken", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("go to de ", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dutch_pages_keep_a_Dutch_header_and_footer()
    {
        using var browser = new Browser(factory);

        var (_, form) = await browser.GetAsync("/klacht");

        Assert.Equal("Hoofdmenu", form.QuerySelector("header nav")!.GetAttribute("aria-label"));
        Assert.Contains("Inloggen voor medewerkers", form.QuerySelector("footer")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", form.QuerySelector("footer a[href$='/en/complaint']")!.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("15032026")]
    [InlineData("15 3 2026")]
    [InlineData("15.03.2026")]
    public async Task The_date_is_typed_as_digits_or_with_separators_on_a_keypad_that_has_them(string typed)
    {
        using var browser = new Browser(factory);
        var (_, form) = await browser.GetAsync("/klacht");
        Assert.Equal("text", form.QuerySelector("#Input_When")!.GetAttribute("inputmode"));
        Assert.Contains("15032026", form.QuerySelector("#Input_When-hint")!.TextContent, StringComparison.Ordinal);

        var (response, _) = await browser.SubmitWithFilesAsync("/klacht", [F("Input.Story", "De bus reed mij voorbij."), F("Input.When", typed)], []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await browser.GetAsync("/klacht/ontvangen");
        var complaint = await FindAsync(page.QuerySelectorAll(".gh-code")[1].TextContent);
        Assert.Equal(new DateOnly(2026, 3, 15), complaint.ConductOn);
    }

    [Fact]
    public async Task After_a_mistake_the_title_says_so_and_the_error_list_comes_first_and_takes_focus()
    {
        using var browser = new Browser(factory);

        var (_, dutch) = await browser.SubmitWithFilesAsync("/klacht", [F("Input.Story", " ")], []);
        var (_, english) = await browser.SubmitWithFilesAsync("/en/complaint", [F("Input.Story", " ")], []);

        Assert.StartsWith("Fout: ", dutch.Title, StringComparison.Ordinal);
        Assert.StartsWith("Error: ", english.Title, StringComparison.Ordinal);
        var summary = dutch.QuerySelector("main")!.FirstElementChild!;
        Assert.Equal("fouten", summary.Id);
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Equal("-1", summary.GetAttribute("tabindex"));

        var (_, fine) = await browser.GetAsync("/klacht");
        Assert.DoesNotContain("Fout", fine.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_representative_question_comes_before_the_contact_details()
    {
        using var browser = new Browser(factory);

        var (_, form) = await browser.GetAsync("/klacht");

        var representative = form.QuerySelector("#Input_RepresentativeName")!;
        var ownName = form.QuerySelector("#Input_Name")!;
        Assert.True(representative.CompareDocumentPosition(ownName).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task Something_else_is_the_text_field_alone_and_is_kept_as_the_wish()
    {
        using var browser = new Browser(factory);
        var (_, form) = await browser.GetAsync("/klacht");
        Assert.Null(form.QuerySelector("#Input_Wishes_Other"));
        // 27 fields before, 26 now (the send button not counted).
        Assert.Equal(26, form.QuerySelectorAll("main form input:not([type=hidden]), main form textarea, main form select").Length);

        await browser.SubmitWithFilesAsync("/klacht", [F("Input.Story", "De brief kwam te laat."), F("Input.Wishes", "Apology"), F("Input.WishOther", "Een nieuwe afspraak")], []);
        var (_, page) = await browser.GetAsync("/klacht/ontvangen");

        var complaint = await FindAsync(page.QuerySelectorAll(".gh-code")[1].TextContent);
        Assert.Equal(CitizenWishes.Apology | CitizenWishes.Other, complaint.Wishes);
        Assert.Equal("Een nieuwe afspraak", complaint.WishOther);
    }

    [Fact]
    public async Task A_PDF_named_setup_exe_is_stored_as_setup_pdf()
    {
        using var browser = new Browser(factory);

        await browser.SubmitWithFilesAsync(
            "/klacht",
            [F("Input.Story", "Zie de brief in de bijlage."), F("Input.Email", "setup@example.org")],
            [("Attachments", "setup.exe", "application/octet-stream", TestFiles.Pdf)]);
        var (_, page) = await browser.GetAsync("/klacht/ontvangen");

        var complaint = await FindAsync(page.QuerySelectorAll(".gh-code")[1].TextContent);
        var stored = Assert.Single(complaint.Attachments);
        Assert.Equal("setup.pdf", stored.FileName);
        Assert.Equal("application/pdf", stored.ContentType);
    }

    [Fact]
    public async Task A_photo_that_is_also_a_PDF_is_refused()
    {
        using var browser = new Browser(factory);
        byte[] polyglot = [.. TestFiles.Png, .. System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n")];

        var (response, page) = await browser.SubmitWithFilesAsync(
            "/klacht",
            [F("Input.Story", "Zie de foto.")],
            [("Attachments", "foto.png", "image/png", polyglot)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tegelijk een ander soort bestand", page.QuerySelector("#Attachments-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Zie de foto.", page.QuerySelector("#Input_Story")!.TextContent);
    }

    [Fact]
    public async Task A_50_MB_upload_gets_the_size_message_with_the_form_kept()
    {
        using var browser = new Browser(factory);
        var big = new byte[50 * 1024 * 1024];
        TestFiles.Pdf.CopyTo(big, 0);

        var (response, page) = await browser.SubmitWithFilesAsync(
            "/klacht",
            [F("Input.Story", "De video van de overlast staat in de bijlage."), F("Input.Name", "Grote Bestanden")],
            [("Attachments", "video.pdf", "application/pdf", big)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("MB", page.QuerySelector("#Attachments-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("De video van de overlast staat in de bijlage.", page.QuerySelector("#Input_Story")!.TextContent);
        Assert.Equal("Grote Bestanden", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
    }

    private async Task<Complaint> FindAsync(string trackingCode)
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        var code = TrackingCode.Normalise(trackingCode);
        return await db.Complaints.AsNoTracking().WithEverything().SingleAsync(c => c.TrackingCode == code);
    }
}

public sealed class PublicIntakeOnSqlite(SqliteFactory factory) : PublicIntakeTests<SqliteFactory>(factory);

public sealed class PublicIntakeOnPostgres(PostgresFactory factory) : PublicIntakeTests<PostgresFactory>(factory);
