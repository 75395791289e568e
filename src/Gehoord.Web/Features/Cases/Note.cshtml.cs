using System.ComponentModel.DataAnnotations;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Gehoord.Web.Features.Cases;

/// <summary>A note in the case file (what was agreed, a remark for a colleague), kept in the timeline.</summary>
public sealed class NoteModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    [BindProperty]
    public NoteInput Note { get; set; } = new();

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, (c, by, at) => c.AddNote(Note.Text!, by, at), "De notitie staat in het dossier.", cancellationToken, backToCase: true);

    public sealed class NoteInput
    {
        [Required(ErrorMessage = "Schrijf eerst de notitie.")]
        [StringLength(Complaint.MaxNoteLength, ErrorMessage = "Een notitie is hoogstens 4000 tekens. Zet een langer stuk als bijlage bij de klacht.")]
        public string? Text { get; set; }
    }
}
