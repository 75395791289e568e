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
    [BindProperty]
    public DraftInput Draft { get; set; } = new();

    public LetterRequest? Letter { get; private set; }

    public LetterTask? OpenTask { get; private set; }

    /// <summary>What the completeness check still misses; sending is refused until it is empty.</summary>
    public IReadOnlyList<string> Missing { get; private set; } = [];

    public PlainLanguageReport? PlainLanguageReport { get; private set; }

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
        Draft = new DraftInput { TaskId = taak };
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

        var result = await ShowAsync(id, cancellationToken);
        return Letter is null && result is PageResult ? NotFound() : result;
    }

    /// <summary>Runs the checks on the text as it is now and shows the page again, text kept.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await ShowAsync(id, cancellationToken);
        return Letter is null && result is PageResult ? NotFound() : result;
    }

    public Task<IActionResult> OnPostPdfAsync(Guid id, CancellationToken cancellationToken) =>
        DocumentAsync(id, doc => File(LetterPdf.Render(doc), "application/pdf", $"concept-brief-{Complaint.Reference}.pdf"), cancellationToken);

    public Task<IActionResult> OnPostWordAsync(Guid id, CancellationToken cancellationToken) =>
        DocumentAsync(id, doc => File(LetterDocx.Render(doc), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"concept-brief-{Complaint.Reference}.docx"), cancellationToken);

    public Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Draft.Channel is null)
        {
            ModelState.AddModelError($"{nameof(Draft)}.{nameof(DraftInput.Channel)}", "Kies hoe de brief weggaat: per e-mail of per post.");
        }

        return ActAsync(
            id,
            async (complaint, actor, at) =>
            {
                if (Letter is null)
                {
                    throw new Domain.DomainException("Deze brief hoort niet bij deze klacht.");
                }

                var channel = Draft.Channel!.Value;
                var sentTo = channel == LetterChannel.Email ? EmailAddress : PostalLines.Count == 0 ? null : string.Join('\n', PostalLines);
                if (channel == LetterChannel.Email && sentTo is null)
                {
                    throw new Domain.DomainException($"Van {RecipientName} is geen e-mailadres bekend. Kies per post.");
                }

                var letterCase = await writer.CaseAsync(Organisation, complaint, PublicBaseUrl, actor.Name, cancellationToken);
                writer.Send(Organisation, letterCase, Letter, new LetterDraft(Draft.Subject ?? string.Empty, Draft.Body ?? string.Empty, Draft.TemplateVersion), channel, sentTo, actor, at);
            },
            Draft.Channel == LetterChannel.Email ? "De brief is verstuurd per e-mail en staat in het dossier." : "De brief staat in het dossier. Druk de PDF af en verstuur hem per post.",
            cancellationToken,
            backToCase: true);
    }

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        // Browsers post a text area's line breaks as CR LF; the letter keeps plain line feeds.
        Draft.Body = Draft.Body?.ReplaceLineEndings("\n");
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

        if (Draft.Kind is not { } kind || Draft.Recipient is not { } recipient)
        {
            return;
        }

        var language = LetterWriter.LanguageFor(complaint, recipient);
        Letter = new LetterRequest(kind, recipient, language, OpenTask?.Id);
        var letterCase = await writer.CaseAsync(Organisation, complaint, PublicBaseUrl, User.ToActor().Name, cancellationToken);
        RecipientName = LetterFacts.RecipientName(complaint, Letter) ?? (recipient == LetterRecipient.Complainant ? "de klager" : "de beklaagde");
        EmailAddress = await EmailAddressAsync(complaint, recipient, cancellationToken);
        PostalLines = recipient == LetterRecipient.Complainant ? LetterWriter.PostalAddress(complaint.Complainant) : [];

        if (Draft.Subject is null && Draft.Body is null)
        {
            // First visit: the template, filled in. After that the handler's own text is the draft.
            if (await writer.TemplateAsync(Organisation, kind, recipient, language, cancellationToken) is { } template)
            {
                var draft = LetterWriter.Fill(template, letterCase, Letter);
                (Draft.Subject, Draft.Body, Draft.TemplateVersion) = (draft.Subject, draft.Body, draft.TemplateVersion);
            }

            Draft.Channel ??= EmailAddress is not null && complaint.Complainant.PreferredContact != PreferredContact.Post ? LetterChannel.Email : LetterChannel.Post;
        }

        var body = Draft.Body ?? string.Empty;
        Missing = LetterCompleteness.Missing(letterCase, Letter, Draft.Subject ?? string.Empty, body);
        PlainLanguageReport = PlainLanguage.Check(body, language);
        ShowsApology = Apology.IsIn(body);
    }

    private string PublicBaseUrl => $"{HttpContext.Request.Scheme}://{HttpContext.Request.Host}";

    private async Task<IActionResult> DocumentAsync(Guid id, Func<LetterDocument, IActionResult> render, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var page = await ShowAsync(id, cancellationToken);
        if (page is not PageResult || Letter is null)
        {
            return Letter is null && page is PageResult ? NotFound() : page;
        }

        var recipient = new List<string> { RecipientName };
        recipient.AddRange(PostalLines);
        return render(LetterWriter.Document(Organisation, Complaint, recipient, Letter.Language, Draft.Subject ?? string.Empty, Draft.Body ?? string.Empty, Today));
    }

    private async Task<string?> EmailAddressAsync(Complaint complaint, LetterRecipient recipient, CancellationToken cancellationToken)
    {
        if (recipient == LetterRecipient.Complainant)
        {
            return complaint.Complainant.Email ?? complaint.Complainant.Representative?.Email;
        }

        var staffIds = complaint.Respondents.Select(r => r.StaffUserId).OfType<string>().ToList();
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
