using System.ComponentModel.DataAnnotations;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Letters;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Letters.Templates;

/// <summary>
/// Edits one letter text. Saving never overwrites: it adds a version, so every sent letter
/// still points at the text it started from. "Controleren" shows the text filled with example
/// facts and its readability, so the administrator sees what a citizen will read.
/// </summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class EditModel(GehoordDbContext db, IOrganisationScope scope, Clock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "soort")]
    public LetterKind Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "aan")]
    public LetterRecipient Recipient { get; set; }

    [BindProperty(SupportsGet = true, Name = "taal")]
    public string Language { get; set; } = "nl";

    [BindProperty]
    public TemplateInput Text { get; set; } = new();

    public IReadOnlyList<LetterTemplate> Versions { get; private set; } = [];

    public LetterTemplateText? Default { get; private set; }

    public PlainLanguageReport? Report { get; private set; }

    public string? ExampleSubject { get; private set; }

    public string? ExampleBody { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Message = TempData["Message"] as string;
        var current = Versions.Count > 0 ? Versions[0] : null;
        Text = new TemplateInput { Subject = current?.Subject ?? Default!.Subject, Body = current?.Body ?? Default!.Body };
        Check();
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Check();
        return Page();
    }

    /// <summary>Puts Gehoord's default text in the form; it is saved only when the administrator saves.</summary>
    public async Task<IActionResult> OnPostDefaultAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        Text = new TemplateInput { Subject = Default!.Subject, Body = Default.Body };
        Check();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // The check names unknown placeholders on the field; the domain refuses them too.
        Check();
        if (ModelState.IsValid)
        {
            try
            {
                var latest = Versions.Count > 0 ? Versions[0].Version : 0;
                var saved = LetterTemplate.NewVersion(Guid.CreateVersion7(clock.Now), scope.OrganisationId, Kind, Recipient, Language, latest, Text.Subject!, Text.Body!, User.ToActor(), clock.Now);
                db.LetterTemplates.Add(saved);
                await db.SaveChangesAsync(cancellationToken);
                TempData["Message"] = $"Versie {saved.Version} is opgeslagen. Nieuwe brieven beginnen vanaf nu met deze tekst.";
                return RedirectToPage(new { soort = Kind, aan = Recipient, taal = Language });
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
            catch (DbUpdateException)
            {
                ModelState.AddModelError(string.Empty, "Iemand anders heeft deze tekst net opgeslagen. Bekijk de nieuwste versie en probeer het opnieuw.");
            }
        }

        return Page();
    }

    private void Check()
    {
        // Line endings and pasted control characters are cleaned once, here at the edge.
        Text.Subject = Text.Subject is null ? null : LetterPlainText.Clean(Text.Subject);
        Text.Body = Text.Body is null ? null : LetterPlainText.Clean(Text.Body);
        var values = PlaceholderExamples.For(Language);
        ExampleSubject = LetterPlaceholders.Fill(Text.Subject ?? string.Empty, values);
        ExampleBody = LetterPlaceholders.Fill(Text.Body ?? string.Empty, values);
        Report = PlainLanguage.Check(ExampleBody, Language);
        foreach (var unknown in LetterPlaceholders.Unknown((Text.Subject ?? string.Empty) + "\n" + (Text.Body ?? string.Empty)))
        {
            ModelState.AddModelError($"{nameof(Text)}.{nameof(TemplateInput.Body)}", $"{{{unknown}}} is geen bekend invulveld. Kies een invulveld uit de lijst.");
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Language is not ("nl" or "en") || !Enum.IsDefined(Kind) || !Enum.IsDefined(Recipient))
        {
            return false;
        }

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == scope.OrganisationId, cancellationToken);
        Default = DefaultLetterTemplates.For(organisation.Profile().Code, Kind, Recipient, Language);
        if (Default is null)
        {
            return false;
        }

        Versions = await db.LetterTemplates.AsNoTracking()
            .Where(t => t.Kind == Kind && t.Recipient == Recipient && t.Language == Language)
            .OrderByDescending(t => t.Version)
            .ToListAsync(cancellationToken);
        return true;
    }

    public sealed class TemplateInput
    {
        [Required(ErrorMessage = "Geef de brief een onderwerp.")]
        [StringLength(300, ErrorMessage = "Het onderwerp mag hoogstens 300 tekens lang zijn.")]
        public string? Subject { get; set; }

        [Required(ErrorMessage = "Schrijf de tekst van de brief.")]
        public string? Body { get; set; }
    }
}
