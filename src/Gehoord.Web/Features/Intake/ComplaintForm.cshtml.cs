using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Intake;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Intake;

/// <summary>
/// The public complaint form: no account, one page, only the story required. A mistake in the
/// form keeps everything typed, including uploaded files (see <see cref="PendingUpload"/>).
/// </summary>
[AllowAnonymous]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class ComplaintFormModel(
    GehoordDbContext db,
    PublicOrganisation publicOrganisation,
    ComplaintIntake intake,
    Clock clock,
    IDataProtectionProvider protection) : PageModel
{
    // Well above what is allowed (25 MB): a body the server refuses to read ends in an error page
    // and the typed form is gone, while one it reads gets the size message with everything kept.
    // ASP.NET buffers large files to disk, and ReadUploadsAsync checks sizes before copying any.
    private const long RequestLimit = 128L * 1024 * 1024;
    private const int MaxStoryLength = 20_000;

    [BindProperty]
    public ComplaintFormInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Attachments { get; set; } = [];

    public FormTexts Texts { get; private set; } = FormTexts.Dutch;

    public Organisation? Organisation { get; private set; }

    public string HandlingTerm { get; private set; } = string.Empty;

    /// <summary>Files kept from an earlier attempt, shown by name.</summary>
    public List<(string Token, string FileName)> KeptFiles { get; } = [];

    public bool English => PublicOrganisation.IsEnglish(HttpContext.Request);

    /// <summary>What this organisation's public addresses start with (see <see cref="PublicOrganisation.Path"/>).</summary>
    public string PathBase => publicOrganisation.Path;

    /// <summary>The same form in the other language, for this organisation.</summary>
    public string OtherLanguageUrl => PathBase + Texts.OtherLanguageUrl;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Organisation is null && publicOrganisation.Addressed ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Organisation is null)
        {
            return publicOrganisation.Addressed ? NotFound() : Page();
        }

        // Model binding errors (a value of the wrong type) are replaced by our own plain messages.
        ModelState.Clear();
        var kept = await LoadKeptUploadsAsync(cancellationToken);
        var (newFiles, fileProblems) = await ReadUploadsAsync(kept.Count, kept.Sum(k => k.Data.LongLength), cancellationToken);
        foreach (var problem in fileProblems)
        {
            ModelState.AddModelError(nameof(Attachments), problem);
        }

        var conductOn = Validate();
        if (!ModelState.IsValid)
        {
            await KeepUploadsAsync(kept, newFiles, cancellationToken);
            return Page();
        }

        var registration = new ComplaintRegistration(
            Channel.WebForm,
            ComplaintKind.Complaint,
            clock.Today,
            Input.Story!,
            new Complainant(
                Input.Name,
                Input.Email,
                Input.Phone,
                Input.Street,
                Input.PostalCode,
                Input.City,
                Input.Contact ?? PreferredContact.NoPreference,
                new Representative(Input.RepresentativeName, Input.RepresentativeEmail, Input.RepresentativePhone, Input.RepresentativeRelationship)),
            conductOn,
            Wishes: Input.Wishes.Aggregate(string.IsNullOrWhiteSpace(Input.WishOther) ? CitizenWishes.None : CitizenWishes.Other, (all, w) => all | w),
            WishOther: Input.WishOther,
            Language: English ? "en" : "nl");

        var files = kept.Select(k => (UploadedFile)k).Concat(newFiles).ToList();
        var unitIds = Input.UnitId is { } unit ? new[] { unit } : [];
        var complaint = await intake.RegisterAsync(Organisation, registration, unitIds, files, Actor.Citizen, cancellationToken);
        await db.PendingUploads.Where(p => kept.Select(k => k.Id).Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);

        TempData[ReceivedModel.ComplaintKey] = complaint.Id.ToString();
        return Redirect(PathBase + (English ? "/en/complaint/received" : "/klacht/ontvangen"));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Texts = English ? FormTexts.English : FormTexts.Dutch;
        Organisation = await publicOrganisation.ResolveAsync(cancellationToken);
        if (Organisation is not null)
        {
            var handling = Organisation.Profile().Terms.Handling;
            HandlingTerm = English ? handling.DescribeInEnglish() : handling.Describe();
        }
    }

    private DateOnly? Validate()
    {
        var story = Input.Story?.Trim();
        if (string.IsNullOrEmpty(story))
        {
            ModelState.AddModelError("Input.Story", Texts.StoryRequired);
        }
        else if (story.Length > MaxStoryLength)
        {
            ModelState.AddModelError("Input.Story", Texts.StoryTooLong);
        }

        DateOnly? conductOn = null;
        if (!string.IsNullOrWhiteSpace(Input.When))
        {
            if (TypedDate.TryParse(Input.When, out var date))
            {
                conductOn = date;
                if (date > clock.Today)
                {
                    ModelState.AddModelError("Input.When", Texts.WhenFuture);
                }
            }
            else
            {
                ModelState.AddModelError("Input.When", Texts.WhenInvalid);
            }
        }

        if (Input.UnitId is { } unitId && !Organisation!.Units.Any(u => u.Id == unitId && u.IsActive))
        {
            Input.UnitId = null; // an outdated choice is the same as "I don't know"
        }

        if (!ContactChecks.IsEmail(Input.Email))
        {
            ModelState.AddModelError("Input.Email", Texts.EmailInvalid);
        }

        if (!ContactChecks.IsPhone(Input.Phone))
        {
            ModelState.AddModelError("Input.Phone", Texts.PhoneInvalid);
        }

        if (!ContactChecks.IsEmail(Input.RepresentativeEmail))
        {
            ModelState.AddModelError("Input.RepresentativeEmail", Texts.EmailInvalid);
        }

        if (!ContactChecks.IsPhone(Input.RepresentativePhone))
        {
            ModelState.AddModelError("Input.RepresentativePhone", Texts.PhoneInvalid);
        }

        switch (Input.Contact)
        {
            case PreferredContact.Email when string.IsNullOrWhiteSpace(Input.Email) && string.IsNullOrWhiteSpace(Input.RepresentativeEmail):
                ModelState.AddModelError("Input.Email", Texts.EmailRequired);
                break;
            case PreferredContact.Phone when string.IsNullOrWhiteSpace(Input.Phone) && string.IsNullOrWhiteSpace(Input.RepresentativePhone):
                ModelState.AddModelError("Input.Phone", Texts.PhoneRequired);
                break;
            case PreferredContact.Post when string.IsNullOrWhiteSpace(Input.Name) || string.IsNullOrWhiteSpace(Input.Street) || string.IsNullOrWhiteSpace(Input.City):
                ModelState.AddModelError("Input.Street", Texts.AddressRequired);
                break;
            default:
                break;
        }

        return conductOn;
    }

    private async Task<(List<UploadedFile> Files, List<string> Problems)> ReadUploadsAsync(int keptCount, long keptBytes, CancellationToken cancellationToken)
    {
        var files = new List<UploadedFile>();
        var problems = new List<string>();
        var chosen = Attachments.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        var setProblem = AttachmentPolicy.CheckSet(
            [.. Enumerable.Repeat(("kept", keptBytes / Math.Max(1, keptCount)), keptCount), .. chosen.Select(f => (f.FileName, f.Length))],
            English);
        if (setProblem is not null)
        {
            problems.Add(setProblem);
            return (files, problems);
        }

        foreach (var file in chosen)
        {
            if (file.Length > AttachmentPolicy.MaxFileBytes)
            {
                problems.Add(AttachmentPolicy.Check(file.FileName, file.Length, [], English).Problem!);
                continue;
            }

            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, cancellationToken);
            var data = stream.ToArray();
            // The whole file, so that one which is two formats at once is refused.
            var check = AttachmentPolicy.Check(file.FileName, data.LongLength, data, English);
            if (!check.Accepted)
            {
                problems.Add(check.Problem!);
                continue;
            }

            // The name with the extension of what the bytes are: "setup.exe" holding a PDF is kept as "setup.pdf".
            files.Add(new UploadedFile(check.FileName!, check.ContentType!, data));
        }

        return (files, problems);
    }

    private IDataProtector Protector => protection.CreateProtector("Gehoord.Intake.PendingUpload");

    private async Task<List<PendingUploadData>> LoadKeptUploadsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        foreach (var token in Input.KeptUploads.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().Take(AttachmentPolicy.MaxFiles))
        {
            try
            {
                ids.Add(Guid.Parse(Protector.Unprotect(token.Trim())));
            }
            catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException)
            {
                // A tampered or expired reference is simply ignored.
            }
        }

        return await db.PendingUploads.Where(p => ids.Contains(p.Id))
            .Select(p => new PendingUploadData(p.Id, p.FileName, p.ContentType, p.Data))
            .ToListAsync(cancellationToken);
    }

    private async Task KeepUploadsAsync(List<PendingUploadData> kept, List<UploadedFile> newFiles, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        await db.PendingUploads.Where(p => p.CreatedAt < now.AddDays(-1)).ExecuteDeleteAsync(cancellationToken);
        foreach (var file in newFiles)
        {
            var pending = new PendingUpload
            {
                Id = Guid.NewGuid(),
                OrganisationId = Organisation!.Id,
                CreatedAt = now,
                FileName = file.FileName,
                ContentType = file.ContentType,
                Data = file.Data,
            };
            db.PendingUploads.Add(pending);
            kept.Add(new PendingUploadData(pending.Id, pending.FileName, pending.ContentType, pending.Data));
        }

        await db.SaveChangesAsync(cancellationToken);
        Input.KeptUploads = [];
        foreach (var file in kept)
        {
            var token = Protector.Protect(file.Id.ToString());
            Input.KeptUploads.Add(token);
            KeptFiles.Add((token, file.FileName));
        }
    }

    private sealed record PendingUploadData(Guid Id, string FileName, string ContentType, byte[] Data)
    {
        public static implicit operator UploadedFile(PendingUploadData p) => new(p.FileName, p.ContentType, p.Data);
    }
}

public sealed class ComplaintFormInput
{
    public string? Story { get; set; }

    public string? When { get; set; }

    public Guid? UnitId { get; set; }

    public List<CitizenWishes> Wishes { get; set; } = [];

    public string? WishOther { get; set; }

    public PreferredContact? Contact { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? RepresentativeName { get; set; }

    public string? RepresentativeRelationship { get; set; }

    public string? RepresentativeEmail { get; set; }

    public string? RepresentativePhone { get; set; }

    /// <summary>Protected references to files kept from an earlier attempt.</summary>
    public List<string> KeptUploads { get; set; } = [];
}
