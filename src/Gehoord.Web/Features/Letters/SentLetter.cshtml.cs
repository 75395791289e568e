using Gehoord.Domain.Complaints;
using Gehoord.Domain.Letters;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Letters.Documents;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Letters;

/// <summary>
/// A sent letter in the case file: read-only, and downloadable again as PDF or Word with the
/// date it was sent, so what the case file shows is what the citizen got.
/// </summary>
[Access.CaseFile(Item = Gehoord.Domain.Access.AccessItem.Letter)]
public sealed class SentLetterModel(GehoordDbContext db, Clock clock) : PageModel
{
    public Complaint Complaint { get; private set; } = default!;

    public SentLetter Letter { get; private set; } = default!;

    public Organisation Organisation { get; private set; } = default!;

    public DateTimeOffset ToLocal(DateTimeOffset moment) => clock.ToLocal(moment);

    [Access.AccessLogged(Gehoord.Domain.Access.AccessItem.Letter, ItemArgument = "letterId")]
    public async Task<IActionResult> OnGetAsync(Guid id, Guid letterId, CancellationToken cancellationToken) =>
        await LoadAsync(id, letterId, cancellationToken) ? Page() : NotFound();

    [Access.AccessLogged(Gehoord.Domain.Access.AccessItem.LetterDownload, ItemArgument = "letterId")]
    public async Task<IActionResult> OnGetPdfAsync(Guid id, Guid letterId, CancellationToken cancellationToken) =>
        await LoadFileAsync(id, letterId, cancellationToken)
            ? File(LetterPdf.Render(Document()), "application/pdf", $"{FileName}.pdf")
            : NotFound();

    [Access.AccessLogged(Gehoord.Domain.Access.AccessItem.LetterDownload, ItemArgument = "letterId")]
    public async Task<IActionResult> OnGetWordAsync(Guid id, Guid letterId, CancellationToken cancellationToken) =>
        await LoadFileAsync(id, letterId, cancellationToken)
            ? File(LetterDocx.Render(Document()), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{FileName}.docx")
            : NotFound();

    private string FileName => $"brief-{Complaint.Reference}-{DateOnly.FromDateTime(ToLocal(Letter.SentAt).DateTime):yyyy-MM-dd}";

    private byte[]? _logo;

    private LetterDocument Document() =>
        LetterWriter.Document(Organisation, Complaint, Letter, DateOnly.FromDateTime(ToLocal(Letter.SentAt).DateTime), _logo);

    // Letters hold personal data: never kept in a browser or proxy cache.
    private async Task<bool> LoadFileAsync(Guid id, Guid letterId, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!await LoadAsync(id, letterId, cancellationToken))
        {
            return false;
        }

        _logo = await LetterWriter.LogoAsync(db, cancellationToken);
        return true;
    }

    private async Task<bool> LoadAsync(Guid id, Guid letterId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var letter = complaint?.SentLetters.FirstOrDefault(l => l.Id == letterId);
        if (complaint is null || letter is null)
        {
            return false;
        }

        Complaint = complaint;
        Letter = letter;
        Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == complaint.OrganisationId, cancellationToken);
        return true;
    }
}
