using System.Globalization;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Intake;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Intake;

/// <summary>
/// Registration by staff of what they heard at the counter, on the phone, in a letter or online:
/// three required inputs (channel, the story, the date of receipt, which starts at today).
/// "Resolved on the spot" closes it at ladder tree 1 in the same action.
/// </summary>
public sealed class QuickRegistrationModel(
    GehoordDbContext db,
    ComplaintIntake intake,
    Clock clock) : PageModel
{
    public static IReadOnlyList<Channel> StaffChannels { get; } =
    [
        Channel.Phone, Channel.Counter, Channel.Letter, Channel.Email, Channel.SocialMedia,
        Channel.Webcare, Channel.Survey, Channel.Internal, Channel.ViaOmbudsman,
    ];

    [BindProperty]
    public QuickRegistrationInput Input { get; set; } = new();

    public Organisation Organisation { get; private set; } = default!;

    /// <summary>Phrases in the story that signal dissatisfaction, shown to the employee.</summary>
    public IReadOnlyList<DissatisfactionSignal> Signals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.ReceivedOn = clock.Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        return Page();
    }

    /// <summary>"Check for hidden complaints" without JavaScript: re-shows the form with the marks.</summary>
    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        Signals = HiddenComplaintRecogniser.Find(Input.Story);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => RegisterAsync(resolvedOnTheSpot: false, cancellationToken);

    public Task<IActionResult> OnPostResolvedAsync(CancellationToken cancellationToken) => RegisterAsync(resolvedOnTheSpot: true, cancellationToken);

    private async Task<IActionResult> RegisterAsync(bool resolvedOnTheSpot, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        var receivedOn = Validate(resolvedOnTheSpot);
        if (!ModelState.IsValid)
        {
            Signals = HiddenComplaintRecogniser.Find(Input.Story);
            return Page();
        }

        var by = User.ToActor();
        var registration = new ComplaintRegistration(
            Input.Channel!.Value,
            Input.IsSignal ? ComplaintKind.Signal : ComplaintKind.Complaint,
            receivedOn!.Value,
            Input.Story!,
            new Complainant(Input.Name, Input.Email, Input.Phone, Input.Street, Input.PostalCode, Input.City));
        var units = Input.UnitId is { } unitId ? new[] { unitId } : [];

        try
        {
            // Registered and resolved in one transaction: never a stored complaint that was
            // meant to be closed at the front line but is not.
            var complaint = await intake.RegisterAsync(
                Organisation,
                registration,
                units,
                [],
                by,
                cancellationToken,
                resolvedOnTheSpot ? c => c.ResolveOnTheSpot(Input.Story!, Input.WhatWasDone!, by, clock.Now) : null);

            TempData["Message"] = RegisteredMessage(complaint, resolvedOnTheSpot, Input.IsSignal);
            return Redirect($"/Staff/Klachten/{complaint.Id}");
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            return Page();
        }
    }

    /// <summary>
    /// Says what was registered, truthfully: a complaint, or a signal and why; and what the
    /// employee should still ask while the citizen is on the line.
    /// </summary>
    public static string RegisteredMessage(Complaint complaint, bool resolvedOnTheSpot, bool askedForSignal)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (resolvedOnTheSpot)
        {
            return $"Klacht {complaint.Reference} is geregistreerd en direct opgelost. Dank u: zo leert de organisatie ervan.";
        }

        if (complaint.Kind == ComplaintKind.Signal)
        {
            return askedForSignal
                ? $"Signaal {complaint.Reference} is geregistreerd. Er komt geen antwoord; de organisatie leert ervan."
                : $"Signaal {complaint.Reference} is geregistreerd, niet als klacht: er is geen naam en geen manier om iemand te antwoorden. Weet u die toch? Vul ze aan bij de gegevens van de klager.";
        }

        return complaint.DetailsToAsk.Count > 0
            ? $"Klacht {complaint.Reference} is geregistreerd. Vraag de klager nog om {string.Join(" en ", complaint.DetailsToAsk)}."
            : $"Klacht {complaint.Reference} is geregistreerd.";
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Organisation = await db.Organisations.Include(o => o.Units).SingleAsync(o => o.Id == db.CurrentOrganisationId, cancellationToken);

    private DateOnly? Validate(bool resolvedOnTheSpot)
    {
        if (Input.Channel is null || !StaffChannels.Contains(Input.Channel.Value))
        {
            ModelState.AddModelError("Input.Channel", "Kies hoe de klacht binnenkwam.");
        }

        if (string.IsNullOrWhiteSpace(Input.Story))
        {
            ModelState.AddModelError("Input.Story", "Schrijf op wat de klant vertelde.");
        }

        DateOnly? receivedOn = null;
        if (!TypedDate.TryParse(Input.ReceivedOn, out var date))
        {
            ModelState.AddModelError("Input.ReceivedOn", "Vul de datum van ontvangst in, bijvoorbeeld " + clock.Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) + ".");
        }
        else if (date > clock.Today)
        {
            ModelState.AddModelError("Input.ReceivedOn", "De datum van ontvangst kan niet in de toekomst liggen.");
        }
        else
        {
            receivedOn = date;
        }

        if (!ContactChecks.IsEmail(Input.Email))
        {
            ModelState.AddModelError("Input.Email", ContactChecks.EmailMessage);
        }

        if (!ContactChecks.IsPhone(Input.Phone))
        {
            ModelState.AddModelError("Input.Phone", ContactChecks.PhoneMessage);
        }

        if (Input.UnitId is { } unitId && !Organisation.Units.Any(u => u.Id == unitId && u.IsActive))
        {
            ModelState.AddModelError("Input.UnitId", "Kies een afdeling uit de lijst.");
        }

        if (resolvedOnTheSpot && string.IsNullOrWhiteSpace(Input.WhatWasDone))
        {
            ModelState.AddModelError("Input.WhatWasDone", "Schrijf op wat u hebt gedaan om het op te lossen.");
        }

        return receivedOn;
    }
}

public sealed class QuickRegistrationInput
{
    public Channel? Channel { get; set; }

    public string? Story { get; set; }

    public string? ReceivedOn { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public Guid? UnitId { get; set; }

    /// <summary>A signal needs no reply (a thumbs-down, an anonymous remark) but is registered to learn from.</summary>
    public bool IsSignal { get; set; }

    public string? WhatWasDone { get; set; }
}
