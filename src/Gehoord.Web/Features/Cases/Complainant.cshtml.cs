using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features.Cases;

/// <summary>
/// Corrects or completes the complainant's details: a letter came with only a name, the
/// citizen moved, the e-mail address had a typo. The timeline says which details changed.
/// </summary>
public sealed class ComplainantModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    [BindProperty]
    public ComplainantInput Details { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await ShowAsync(id, cancellationToken);
        if (result is PageResult)
        {
            Details = ComplainantInput.From(Complaint.Complainant);
        }

        return result;
    }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ContactChecks.IsEmail(Details.Email))
        {
            ModelState.AddModelError("Details.Email", ContactChecks.EmailMessage);
        }

        if (!ContactChecks.IsPhone(Details.Phone))
        {
            ModelState.AddModelError("Details.Phone", ContactChecks.PhoneMessage);
        }

        return ActAsync(
            id,
            (c, by, at) => c.CorrectComplainant(
                c.Complainant with
                {
                    Name = Details.Name,
                    Email = Details.Email,
                    Phone = Details.Phone,
                    Street = Details.Street,
                    PostalCode = Details.PostalCode,
                    City = Details.City,
                    PreferredContact = Details.PreferredContact ?? c.Complainant.PreferredContact,
                },
                by,
                at),
            "De gegevens van de klager zijn opgeslagen.",
            cancellationToken,
            backToCase: true);
    }

    /// <summary>The details as typed; how long each may be is the domain's rule (<see cref="Complainant.EnsureFits"/>).</summary>
    public sealed class ComplainantInput
    {
        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? Street { get; set; }

        public string? PostalCode { get; set; }

        public string? City { get; set; }

        public PreferredContact? PreferredContact { get; set; }

        public static ComplainantInput From(Complainant complainant) => new()
        {
            Name = complainant.Name,
            Email = complainant.Email,
            Phone = complainant.Phone,
            Street = complainant.Street,
            PostalCode = complainant.PostalCode,
            City = complainant.City,
            PreferredContact = complainant.PreferredContact,
        };
    }
}
