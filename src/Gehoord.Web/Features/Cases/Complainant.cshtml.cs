using System.ComponentModel.DataAnnotations;
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
            ModelState.AddModelError("Details.Email", "Dit e-mailadres klopt niet. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl.");
        }

        if (!ContactChecks.IsPhone(Details.Phone))
        {
            ModelState.AddModelError("Details.Phone", "Dit telefoonnummer klopt niet. Gebruik alleen cijfers, spaties, + of -.");
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

    public sealed class ComplainantInput
    {
        [StringLength(200, ErrorMessage = "Een naam is hoogstens 200 tekens.")]
        public string? Name { get; set; }

        [StringLength(320, ErrorMessage = "Een e-mailadres is hoogstens 320 tekens.")]
        public string? Email { get; set; }

        [StringLength(50, ErrorMessage = "Een telefoonnummer is hoogstens 50 tekens.")]
        public string? Phone { get; set; }

        [StringLength(200, ErrorMessage = "Straat en huisnummer zijn samen hoogstens 200 tekens.")]
        public string? Street { get; set; }

        [StringLength(20, ErrorMessage = "Een postcode is hoogstens 20 tekens.")]
        public string? PostalCode { get; set; }

        [StringLength(100, ErrorMessage = "Een plaatsnaam is hoogstens 100 tekens.")]
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
