using System.ComponentModel.DataAnnotations;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Letters;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Features.Letters.Documents;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Letters;

/// <summary>
/// The composer: starts from the organisation's template filled in from the case, lets the
/// handler edit freely, and checks on every round trip what must be in the letter and how
/// readable it is. Works without JavaScript: "Controleren" posts the text and shows the checks.
/// Sending goes through the domain, which refuses what the completeness check refuses.
/// </summary>
public sealed class ComposeModel(GehoordDbContext db, Clock clock, LetterWriter writer) : HandlingPageModel(db, clock)
{
    // Built once per request in LoadExtrasAsync, for the checks and for sending.
    private LetterCase? _letterCase;

    [BindProperty]
    public DraftInput Draft { get; set; } = new();

    public LetterRequest? Letter { get; private set; }

    public LetterTask? OpenTask { get; private set; }

    /// <summary>The letter that already did this task; the page then links to it instead of offering to send again.</summary>
    public SentLetter? AlreadySent { get; private set; }

    /// <summary>What the completeness check still misses; sending is refused until it is empty.</summary>
    public IReadOnlyList<string> Missing { get; private set; } = [];

    public PlainLanguageReport? PlainLanguageReport { get; private set; }

    /// <summary>Points that do not block sending, such as an apology that does not fit the verdicts.</summary>
    public IReadOnlyList<string> Advice { get; private set; } = [];

    public bool ShowsApology { get; private set; }

    /// <summary>Where an e-mail would go; null when no address is known.</summary>
    public string? EmailAddress { get; private set; }

    public IReadOnlyList<string> PostalLines { get; private set; } = [];

    public string RecipientName { get; private set; } = string.Empty;

    /// <summary>E-mail only when an address is known; post always (an address can be written on the envelope).</summary>
    public IReadOnlyList<ChoiceOption> ChannelOptions
    {
        get
        {
            var options = new List<ChoiceOption>();
            if (EmailAddress is { } email)
            {
                options.Add(new(nameof(LetterChannel.Email), "Per e-mail", Draft.Channel == LetterChannel.Email, $"Naar {email}. De brief gaat direct weg."));
            }

            options.Add(new(nameof(LetterChannel.Post), "Per post", Draft.Channel == LetterChannel.Post, PostalLines.Count > 0
                ? $"Naar {string.Join(", ", PostalLines)}. U drukt de PDF af en verstuurt hem."
                : "Er is geen postadres bekend: schrijf het adres zelf op de envelop."));
            return options;
        }
    }

    public string KindName => Letter is null ? "Brief" : HandlingFacts.DutchName(Letter.Kind);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? taak, string? brief, CancellationToken cancellationToken)
    {
        Draft = new DraftInput { TaskId = taak, LetterId = Guid.CreateVersion7() };
        if (taak is null)
        {
            var parts = (brief ?? string.Empty).Split('-');
            if (parts.Length != 2 || !Enum.TryParse<LetterKind>(parts[0], out var kind) || !Enum.TryParse<LetterRecipient>(parts[1], out var recipient)
                || !Enum.IsDefined(kind) || !Enum.IsDefined(recipient))
            {
                return NotFound();
            }

            Draft.Kind = kind;
            Draft.Recipient = recipient;
        }

        return NotFoundWithoutLetter(await ShowAsync(id, cancellationToken));
    }

    /// <summary>Runs the checks on the text as it is now and shows the page again, text kept.</summary>
    [Access.CaseAccess(Gehoord.Domain.Access.CaseAction.Read)]
    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return NotFoundWithoutLetter(await ShowAsync(id, cancellationToken));
    }

    [Access.CaseAccess(Gehoord.Domain.Access.CaseAction.Read)]
    [Access.AccessLogged(Gehoord.Domain.Access.AccessItem.LetterDownload)]
    public Task<IActionResult> OnPostPdfAsync(Guid id, CancellationToken cancellationToken) =>
        DocumentAsync(id, doc => File(LetterPdf.Render(doc), "application/pdf", $"concept-brief-{Complaint.Reference}.pdf"), cancellationToken);

    [Access.CaseAccess(Gehoord.Domain.Access.CaseAction.Read)]
    [Access.AccessLogged(Gehoord.Domain.Access.AccessItem.LetterDownload)]
    public Task<IActionResult> OnPostWordAsync(Guid id, CancellationToken cancellationToken) =>
        DocumentAsync(id, doc => File(LetterDocx.Render(doc), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"concept-brief-{Complaint.Reference}.docx"), cancellationToken);

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Draft.Channel is not { } chosen || !Enum.IsDefined(chosen))
        {
            ModelState.Remove($"{nameof(Draft)}.{nameof(DraftInput.Channel)}");
            ModelState.AddModelError($"{nameof(Draft)}.{nameof(DraftInput.Channel)}", "Kies hoe de brief weggaat: per e-mail of per post.");
        }

        var result = await ActAsync(
            id,
            (complaint, actor, at) =>
            {
                // A second click after the letter went out is the same letter, not a new one.
                if (Letter is null || _letterCase is null || complaint.SentLetters.Any(l => l.Id == Draft.LetterId))
                {
                    return;
                }

                // The domain refuses e-mail without an address; post may go without one (written on the envelope).
                var channel = Draft.Channel!.Value;
                var sentTo = channel == LetterChannel.Email ? EmailAddress : PostalLines.Count == 0 ? null : string.Join('\n', PostalLines);
                var draft = new LetterDraft(Draft.Subject ?? string.Empty, Draft.Body ?? string.Empty, Draft.TemplateVersion);
                writer.Send(Organisation, _letterCase, Letter, draft, channel, sentTo, actor, at, Draft.LetterId);
            },
            Draft.Channel == LetterChannel.Email ? "De brief is verstuurd per e-mail en staat in het dossier." : "De brief staat in het dossier. Druk de PDF af en verstuur hem per post.",
            cancellationToken,
            backToCase: true);
        return NotFoundWithoutLetter(result);
    }

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        // Line endings and pasted control characters are cleaned once, here at the edge.
        if (Draft.Started)
        {
            Draft.Subject = LetterPlainText.Clean(Draft.Subject);
            Draft.Body = LetterPlainText.Clean(Draft.Body);
        }

        var complaint = Complaint;
        if (Draft.TaskId is { } taskId)
        {
            OpenTask = complaint.LetterTasks.FirstOrDefault(t => t.Id == taskId);
            if (OpenTask is null)
            {
                return;
            }

            Draft.Kind = OpenTask.Kind;
            Draft.Recipient = OpenTask.Recipient;
        }

        if (Draft.Kind is not { } kind || Draft.Recipient is not { } recipient || !Enum.IsDefined(kind) || !Enum.IsDefined(recipient))
        {
            return;
        }

        // A letter chosen from the list does the open task of its kind, as the domain will.
        OpenTask ??= complaint.LetterTasks.Where(t => !t.IsDone && t.Kind == kind && t.Recipient == recipient).OrderBy(t => t.CreatedAt).FirstOrDefault();
        Draft.TaskId = OpenTask?.Id;
        AlreadySent = OpenTask is { IsDone: true } done ? complaint.SentLetters.FirstOrDefault(l => l.TaskId == done.Id) : null;

        var language = LetterWriter.LanguageFor(complaint, recipient);
        Letter = new LetterRequest(kind, recipient, language, OpenTask?.Id);
        var letterCase = _letterCase = await writer.CaseAsync(Organisation, complaint, User.ToActor().Name, cancellationToken);
        RecipientName = LetterFacts.RecipientName(complaint, Letter) ?? (recipient == LetterRecipient.Complainant ? "de klager" : "de beklaagde");
        EmailAddress = recipient == LetterRecipient.Complainant
            ? LetterWriter.ComplainantAddress(complaint.Complainant, LetterChannel.Email)
            : await RespondentAddressesAsync(complaint, cancellationToken);
        PostalLines = recipient == LetterRecipient.Complainant ? LetterWriter.PostalAddress(complaint.Complainant) : [];

        if (!Draft.Started)
        {
            // First visit: the template, filled in. After that the handler's own text is the draft.
            if (await writer.TemplateAsync(Organisation, kind, recipient, language, cancellationToken) is { } template)
            {
                var draft = LetterWriter.Fill(template, letterCase, Letter);
                (Draft.Subject, Draft.Body, Draft.TemplateVersion) = (draft.Subject, draft.Body, draft.TemplateVersion);
            }

            Draft.Started = true;
            Draft.Channel ??= EmailAddress is not null && complaint.Complainant.PreferredContact != PreferredContact.Post ? LetterChannel.Email : LetterChannel.Post;
        }

        var body = Draft.Body ?? string.Empty;
        Missing = LetterCompleteness.Missing(letterCase, Letter, Draft.Subject ?? string.Empty, body);
        PlainLanguageReport = PlainLanguage.Check(body, language);
        ShowsApology = Apology.IsIn(body);
        Advice = LetterAdvice.For(letterCase, Letter, body);
    }

    private async Task<IActionResult> DocumentAsync(Guid id, Func<LetterDocument, IActionResult> render, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var page = NotFoundWithoutLetter(await ShowAsync(id, cancellationToken));
        if (page is not PageResult || Letter is null)
        {
            return page;
        }

        // Drafts hold personal data: never kept in a browser or proxy cache.
        Response.Headers.CacheControl = "no-store";
        var recipient = new List<string> { RecipientName };
        recipient.AddRange(PostalLines);
        var logo = await LetterWriter.LogoAsync(Db, cancellationToken);
        return render(LetterWriter.Document(Organisation, Complaint, recipient, Letter.Language, Draft.Subject ?? string.Empty, Draft.Body ?? string.Empty, Today, logo));
    }

    /// <summary>A complaint found but no letter it knows (a foreign task, an unknown type) is "not found", not an error.</summary>
    private IActionResult NotFoundWithoutLetter(IActionResult result) =>
        Letter is null && result is PageResult or RedirectToPageResult ? NotFound() : result;

    /// <summary>The addresses of the respondents this letter is for (one for a hearing of one respondent), comma separated.</summary>
    private async Task<string?> RespondentAddressesAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        var staffIds = LetterFacts.AddressedRespondents(complaint, Letter!).Select(r => r.StaffUserId).OfType<string>().ToList();
        if (staffIds.Count == 0)
        {
            return null;
        }

        var addresses = await Db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).Select(u => u.Email).ToListAsync(cancellationToken);
        var known = addresses.OfType<string>().ToList();
        return known.Count == 0 ? null : string.Join(", ", known);
    }

    public sealed class DraftInput
    {
        /// <summary>Set on the first visit and posted back, so a double click sends one letter.</summary>
        public Guid LetterId { get; set; }

        /// <summary>The text is the handler's from the first visit on, even when they empty it.</summary>
        public bool Started { get; set; }

        public Guid? TaskId { get; set; }

        public LetterKind? Kind { get; set; }

        public LetterRecipient? Recipient { get; set; }

        public int TemplateVersion { get; set; }

        [StringLength(300, ErrorMessage = "Het onderwerp mag hoogstens 300 tekens lang zijn.")]
        public string? Subject { get; set; }

        public string? Body { get; set; }

        public LetterChannel? Channel { get; set; }
    }
}
