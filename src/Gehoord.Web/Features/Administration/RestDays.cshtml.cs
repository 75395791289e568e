using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Administration;

/// <summary>
/// The organisation's extra rest days (a bridge day, a day the offices close by decree). A
/// change moves the open deadlines it falls within, so the administrator first sees which
/// ("Bekijk gevolgen") and then saves the day and the moved deadlines together ("Opslaan").
/// Only complaints the day can touch are read: open ones, received on or before the day, with
/// an unmet deadline on or after it.
/// </summary>
public sealed class RestDaysModel(GehoordDbContext db, Clock clock) : AdministrationPageModel(db, clock)
{
    /// <summary>The preview lists this many moved deadlines at most; the counts are always complete.</summary>
    public const int ShownMoves = 200;

    private const string Subject = "Extra vrije dagen";

    /// <summary>Complaints read and changed per round trip when a change is saved.</summary>
    private const int Batch = 500;

    [BindProperty]
    public RestDayInput Input { get; set; } = new();

    /// <summary>The date whose effect the administrator saw; "Opslaan" saves only that day.</summary>
    [BindProperty]
    public string? PreviewedDate { get; set; }

    /// <summary>The day to remove (the value of the button that was pressed).</summary>
    [BindProperty]
    public string? Remove { get; set; }

    public Effect? Preview { get; private set; }

    /// <summary>The date the hint and the messages give as an example: a week from today.</summary>
    public DateOnly ExampleDate => Clock.Today.AddDays(7);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    /// <summary>
    /// A post without a handler (Enter in a field of a browser that does not use the first
    /// button's formaction, or a changed page) previews, which changes nothing.
    /// </summary>
    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => OnPostPreviewAsync(cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await ShowAsync(cancellationToken);
        if (ReadNewDay() is not { } day)
        {
            return Page();
        }

        await PreviewAsync(day, adding: true, Input.Name?.Trim() ?? string.Empty, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (ReadNewDay() is not { } day)
        {
            return await RedisplayAsync(null, cancellationToken);
        }

        if (!string.Equals(PreviewedDate, HandlingInput.Date(day), StringComparison.Ordinal))
        {
            // The date was changed after its effect was shown: show the effect of this date first.
            await ShowAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, "U hebt de datum veranderd. Bekijk hieronder de gevolgen van de nieuwe datum, en kies dan opnieuw Opslaan.");
            await PreviewAsync(day, adding: true, Input.Name?.Trim() ?? string.Empty, cancellationToken);
            return Page();
        }

        var name = Input.Name?.Trim() ?? string.Empty;
        var moved = 0;
        var result = await ChangeAsync(
            Subject,
            Describe,
            async (o, actor) =>
            {
                o.AddExtraRestDay(day, name);
                moved = await FollowAsync(o.Profile(), day, $"Extra vrije dag {HandlingInput.Date(day)} toegevoegd", actor, cancellationToken);
            },
            $"{HandlingInput.Date(day)} is toegevoegd als extra vrije dag.",
            cancellationToken);
        if (result is RedirectToPageResult)
        {
            TempData["Message"] = $"{HandlingInput.Date(day)} is toegevoegd als extra vrije dag. {MovedText(moved)}";
        }

        return result;
    }

    public async Task<IActionResult> OnPostRemovePreviewAsync(CancellationToken cancellationToken)
    {
        await ShowAsync(cancellationToken);
        if (ReadRemovedDay() is not { } day)
        {
            return Page();
        }

        var name = Organisation.ExtraRestDays.FirstOrDefault(d => d.Date == day)?.Name ?? string.Empty;
        await PreviewAsync(day, adding: false, name, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (ReadRemovedDay() is not { } day)
        {
            return await RedisplayAsync(null, cancellationToken);
        }

        var moved = 0;
        var result = await ChangeAsync(
            Subject,
            Describe,
            async (o, actor) =>
            {
                o.RemoveExtraRestDay(day);
                moved = await FollowAsync(o.Profile(), day, $"Extra vrije dag {HandlingInput.Date(day)} verwijderd", actor, cancellationToken);
            },
            $"{HandlingInput.Date(day)} is geen extra vrije dag meer.",
            cancellationToken);
        if (result is RedirectToPageResult)
        {
            TempData["Message"] = $"{HandlingInput.Date(day)} is geen extra vrije dag meer. {MovedText(moved)}";
        }

        return result;
    }

    private static string MovedText(int complaints) => complaints switch
    {
        0 => "Er is geen termijn verschoven.",
        1 => "Bij 1 open klacht is een termijn verschoven. Dat staat in het dossier van de klacht.",
        _ => $"Bij {complaints} open klachten is een termijn verschoven. Dat staat in het dossier van elke klacht.",
    };

    /// <summary>One history line per rest day: its date as the setting, its name as the value.</summary>
    private static IReadOnlyDictionary<string, string> Describe(Organisation organisation) =>
        organisation.ExtraRestDays.ToDictionary(d => HandlingInput.Date(d.Date), d => d.Name, StringComparer.Ordinal);

    private DateOnly? ReadNewDay()
    {
        var field = $"{nameof(Input)}.{nameof(RestDayInput.Date)}";
        DateOnly? day = null;
        if (string.IsNullOrWhiteSpace(Input.Date))
        {
            ModelState.AddModelError(field, $"Vul de datum van de vrije dag in, bijvoorbeeld {HandlingInput.Date(ExampleDate)}.");
        }
        else if (HandlingInput.ParseDate(Input.Date) is { } parsed)
        {
            day = parsed;
        }
        else
        {
            ModelState.AddModelError(field, $"Vul de datum in als dag-maand-jaar, bijvoorbeeld {HandlingInput.Date(ExampleDate)}.");
        }

        if (Input.Name?.Trim() is { Length: > 100 })
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(RestDayInput.Name)}", "De naam mag hoogstens 100 tekens lang zijn.");
            return null;
        }

        return day;
    }

    private DateOnly? ReadRemovedDay()
    {
        if (HandlingInput.ParseDate(Remove) is { } day)
        {
            return day;
        }

        ModelState.AddModelError(string.Empty, "Kies de dag die u wilt verwijderen uit de lijst.");
        return null;
    }

    /// <summary>Shows what adding or removing <paramref name="day"/> would move, without saving anything.</summary>
    private async Task PreviewAsync(DateOnly day, bool adding, string name, CancellationToken cancellationToken)
    {
        // A copy of the organisation of its own, so that the page's list stays as stored.
        var scratch = await Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == Db.CurrentOrganisationId, cancellationToken);
        try
        {
            if (adding)
            {
                scratch.AddExtraRestDay(day, name);
            }
            else
            {
                scratch.RemoveExtraRestDay(day);
            }
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(adding ? $"{nameof(Input)}.{nameof(RestDayInput.Date)}" : string.Empty, ex.Message);
            return;
        }

        var moves = await MovesAsync(scratch.Profile(), day, cancellationToken);
        var rows = moves
            .OrderBy(m => m.Complaint.ReferenceYear).ThenBy(m => m.Complaint.ReferenceSequence)
            .SelectMany(m => m.Moves.OrderBy(x => x.From).Select(x => new MoveRow(m.Complaint.Id, m.Complaint.Reference.ToString(), x.Kind, x.From, x.To)))
            .ToList();
        PreviewedDate = HandlingInput.Date(day);
        Preview = new Effect(adding, day, adding ? scratch.ExtraRestDays.Single(d => d.Date == day).Name : name, moves.Count, rows.Count, [.. rows.Take(ShownMoves)]);
    }

    /// <summary>The complaints a change of <paramref name="day"/> can touch, read without tracking, with what would move.</summary>
    private async Task<List<(Complaint Complaint, IReadOnlyList<DeadlineMove> Moves)>> MovesAsync(JurisdictionProfile profile, DateOnly day, CancellationToken cancellationToken)
    {
        var candidates = await Db.Complaints.AsNoTracking()
            .Where(c => c.Status != ComplaintStatus.Closed && c.ReceivedOn <= day && c.Deadlines.Any(d => d.MetOn == null && d.DueOn >= day))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. candidates.Select(c => (c, c.DeadlineMovesUnder(profile))).Where(x => x.Item2.Count > 0)];
    }

    /// <summary>Moves the deadlines of every complaint that <paramref name="profile"/> changes; saved with the rest day by the caller.</summary>
    private async Task<int> FollowAsync(JurisdictionProfile profile, DateOnly day, string reason, Actor actor, CancellationToken cancellationToken)
    {
        var ids = (await MovesAsync(profile, day, cancellationToken)).Select(m => m.Complaint.Id).ToList();
        var at = Clock.Now;
        foreach (var chunk in ids.Chunk(Batch))
        {
            var complaints = await Db.Complaints.WithEverything().Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken);
            foreach (var complaint in complaints)
            {
                complaint.FollowCalendar(profile, reason, actor, at);
            }
        }

        return ids.Count;
    }

    public sealed class RestDayInput
    {
        /// <summary>As typed (dd-mm-jjjj), read with the same rules as every other date in Gehoord.</summary>
        public string? Date { get; set; }

        public string? Name { get; set; }
    }

    /// <summary>What a change would do: how many complaints, and their moved deadlines (the first <see cref="ShownMoves"/>).</summary>
    public sealed record Effect(bool Adding, DateOnly Date, string Name, int ComplaintCount, int MoveCount, IReadOnlyList<MoveRow> Rows);

    public sealed record MoveRow(Guid ComplaintId, string Reference, DeadlineKind Kind, DateOnly From, DateOnly To)
    {
        public string DeadlineName => DeadlineFacts.DutchName(Kind);
    }
}
