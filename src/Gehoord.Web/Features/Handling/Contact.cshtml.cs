using System.ComponentModel.DataAnnotations;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// Personal contact (seed 001 §4.3): the government takes the initiative. Plan a call, a meeting
/// or a video call, record what was discussed, and see whether the personal-contact term is met.
/// </summary>
public sealed class ContactModel(GehoordDbContext db, Clock clock) : HandlingPageModel(db, clock)
{
    public static IReadOnlyList<ContactParty> Parties { get; } = [ContactParty.Complainant, ContactParty.Respondent];

    public static IReadOnlyList<ContactForm> Forms { get; } = [ContactForm.Phone, ContactForm.Meeting, ContactForm.Video, ContactForm.Letter];

    [BindProperty]
    public PlanInput Plan { get; set; } = new();

    [BindProperty]
    public RecordInput Held { get; set; } = new();

    public bool Active => Complaint.Status is not (ComplaintStatus.Closing or ComplaintStatus.Closed);

    public ComplaintDeadline? PersonalContactDeadline => Complaint.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.PersonalContact);

    /// <summary>Planned contacts that have not yet been recorded as held.</summary>
    public IEnumerable<ContactMoment> Planned => Complaint.ContactMoments.Where(m => !m.IsHeld).OrderBy(m => m.PlannedFor);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await ShowAsync(id, cancellationToken);
        if (result is PageResult)
        {
            var now = Clock.Now;
            Plan.Date = HandlingInput.Date(Today.AddDays(1));
            Held.Date = HandlingInput.Date(Today);
            Held.Time = HandlingInput.Time(TimeOnly.FromDateTime(now.DateTime));
        }

        return result;
    }

    /// <summary>
    /// The page is one form: "Opslaan" saves the planned contact and the held one, whichever has
    /// something typed, in one save, so a report is never lost by planning the next call first.
    /// One refusal saves neither and keeps both.
    /// </summary>
    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        // The dates come filled in; a party, a form or a summary is what makes a part typed.
        Typed(nameof(Plan), Plan.Party is not null || Plan.Form is not null);
        Typed(nameof(Held), HandlingInput.AnyText(Held.Summary) || Held.PlannedId is not null || Held.Party is not null || Held.Form is not null);
        ValidateOnly(TypedParts.Count == 0 ? ["-"] : [.. TypedParts]);
        var plannedFor = TypedParts.Contains(nameof(Plan)) ? Moment(nameof(Plan), Plan.Date, Plan.Time, "het gesprek") : null;
        DateTimeOffset? heldAt = null;
        if (TypedParts.Contains(nameof(Held)))
        {
            if (Held.PlannedId is null)
            {
                // A planned contact already knows with whom and how; a new one must say so.
                if (Held.Party is null)
                {
                    ModelState.AddModelError("Held.Party", "Kies met wie u contact had.");
                }

                if (Held.Form is null)
                {
                    ModelState.AddModelError("Held.Form", "Kies hoe het contact ging.");
                }
            }

            heldAt = Moment(nameof(Held), Held.Date, Held.Time, "het contact");
        }

        return ActAsync(
            id,
            async (c, by, at) =>
            {
                var saved = new List<string>();
                if (TypedParts.Contains(nameof(Held)))
                {
                    // A planned contact keeps its party and form unless the handler says it went otherwise.
                    var planned = c.ContactMoments.FirstOrDefault(m => m.Id == Held.PlannedId);
                    c.RecordContact(
                        Held.PlannedId ?? Guid.CreateVersion7(at),
                        Held.Party ?? planned?.Party ?? ContactParty.Complainant,
                        Held.Form ?? planned?.Form ?? ContactForm.Phone,
                        heldAt!.Value,
                        Held.Summary!,
                        Held.SoundRecordingAnnounced,
                        by,
                        at);
                    saved.Add("het gehouden contact");
                }

                if (TypedParts.Contains(nameof(Plan)))
                {
                    var arrangements = await ConductArrangementQueries.ForComplainantAsync(Db, c.Complainant, cancellationToken);
                    c.PlanContact(Guid.CreateVersion7(at), Plan.Party!.Value, Plan.Form!.Value, plannedFor!.Value, by, at, ConductArrangement.RulesInForce(arrangements, Today));
                    saved.Add("het geplande contact");
                }

                return SavedMessage(saved);
            },
            cancellationToken);
    }

    public string Local(DateTimeOffset? moment) =>
        moment is { } m ? Cases.CaseTexts.Moment(ToLocal(m)) : "—";

    private DateTimeOffset? Moment(string prefix, string? dateText, string? timeText, string what)
    {
        var date = HandlingInput.ParseDate(dateText);
        var time = HandlingInput.ParseTime(timeText);
        if (date is null && !string.IsNullOrWhiteSpace(dateText))
        {
            ModelState.AddModelError($"{prefix}.Date", $"Vul de datum van {what} in als dag-maand-jaar, bijvoorbeeld {HandlingInput.Date(Today)}.");
        }

        else if (date is { Year: < 1900 or > 2999 })
        {
            // Day one of year one, in the organisation's zone, is before the start of time as
            // .NET counts it: refused here, with a message, not by the clock with an error.
            ModelState.AddModelError($"{prefix}.Date", $"Deze datum kan niet kloppen. Vul de datum van {what} in, bijvoorbeeld {HandlingInput.Date(Today)}.");
            date = null;
        }

        if (time is null && !string.IsNullOrWhiteSpace(timeText))
        {
            ModelState.AddModelError($"{prefix}.Time", $"Vul de tijd van {what} in als uren:minuten, bijvoorbeeld 14:30.");
        }

        return date is { } d && time is { } t ? Clock.FromLocal(d, t) : null;
    }

    public sealed class PlanInput
    {
        [Required(ErrorMessage = "Kies met wie u contact wilt.")]
        public ContactParty? Party { get; set; }

        [Required(ErrorMessage = "Kies hoe u contact wilt: telefoon, gesprek, videobellen of brief of e-mail.")]
        public ContactForm? Form { get; set; }

        [Required(ErrorMessage = "Vul de datum in, bijvoorbeeld 15-03-2026.")]
        public string? Date { get; set; }

        [Required(ErrorMessage = "Vul de tijd in, bijvoorbeeld 14:30.")]
        public string? Time { get; set; }
    }

    public sealed class RecordInput
    {
        /// <summary>The planned contact that took place; empty for a contact without planning.</summary>
        public Guid? PlannedId { get; set; }

        public ContactParty? Party { get; set; }

        public ContactForm? Form { get; set; }

        [Required(ErrorMessage = "Vul de datum in waarop het contact was, bijvoorbeeld 15-03-2026.")]
        public string? Date { get; set; }

        [Required(ErrorMessage = "Vul de tijd in, bijvoorbeeld 14:30.")]
        public string? Time { get; set; }

        [Required(ErrorMessage = "Schrijf kort op wat er besproken is.")]
        [StringLength(4000, ErrorMessage = "Houd de samenvatting korter dan 4000 tekens.")]
        public string? Summary { get; set; }

        public bool SoundRecordingAnnounced { get; set; }
    }
}
