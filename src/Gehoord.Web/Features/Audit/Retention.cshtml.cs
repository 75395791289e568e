using Gehoord.Domain.Complaints;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Audit;

/// <summary>
/// The files past their retention term (ADR 24): closed at least the organisation's term ago,
/// and not held for a procedure; then the files that are held, with their reason. Numbers and
/// dates only. Read in closing order on <c>IX_Complaints_Closed_ClosedAt</c>, 50 at a time,
/// so a million closed complaints cost a page of index entries.
/// </summary>
[Authorize(Roles = StaffRoles.Auditors)]
public sealed class RetentionModel(GehoordDbContext db, Clock clock, Anonymiser anonymiser) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "na")]
    public string? After { get; set; }

    public int RetentionYears { get; private set; }

    /// <summary>Files closed on or before this day are past their term today.</summary>
    public DateOnly ClosedOnOrBefore { get; private set; }

    public IReadOnlyList<RetentionRow> Due { get; private set; } = [];

    public string? NextPage { get; private set; }

    public IReadOnlyList<RetentionRow> Held { get; private set; } = [];

    /// <summary>The dry run: what anonymising each file of this page removes; null until asked.</summary>
    public IReadOnlyList<AnonymisationPlan>? Plans { get; private set; }

    /// <summary>The privacy officer approves; a coordinator sees the dry run only (ADR 24).</summary>
    public bool MayApprove => User.IsInRole(StaffRoles.PrivacyOfficer);

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The latest lines of the statement of destruction.</summary>
    public IReadOnlyList<DestructionRecord> Destroyed { get; private set; } = [];

    public async Task OnPostDryRunAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var plans = new List<AnonymisationPlan>();
        foreach (var row in Due)
        {
            plans.Add(await anonymiser.PlanAsync(row.Id, cancellationToken));
        }

        Plans = plans;
    }

    public async Task<IActionResult> OnPostApproveAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        if (!MayApprove)
        {
            return Forbid();
        }

        ArgumentNullException.ThrowIfNull(ids);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == db.CurrentOrganisationId).Select(o => new { o.JurisdictionProfileKey, o.RetentionYears }).SingleAsync(cancellationToken);
        var ground = Gehoord.Domain.Privacy.Retention.Ground(Gehoord.Domain.Jurisdictions.JurisdictionProfile.FromKey(organisation.JurisdictionProfileKey).Code, organisation.RetentionYears);
        var done = 0;
        var skipped = 0;
        foreach (var id in ids.Distinct().Take(PageSize))
        {
            try
            {
                await anonymiser.AnonymiseAsync(id, User.ToActor(), ground, onRequest: false, cancellationToken);
                done++;
            }
            catch (Gehoord.Domain.DomainException)
            {
                // Held, reopened or done since the dry run: it stays as it is.
                db.ChangeTracker.Clear();
                skipped++;
            }
        }

        StatusMessage = (done == 1 ? "Van 1 dossier zijn de persoonsgegevens verwijderd." : $"Van {done} dossiers zijn de persoonsgegevens verwijderd.")
            + (skipped > 0 ? $" {skipped} sloegen we over: die zijn sinds de proefdraai veranderd (bewaard, heropend of al gedaan)." : string.Empty);
        return RedirectToPage();
    }

    /// <summary>The statement of destruction (Archiefbesluit 1995 art. 8) as a CSV file for the archive.</summary>
    public async Task<IActionResult> OnGetStatementAsync(CancellationToken cancellationToken)
    {
        var records = await db.DestructionRecords.AsNoTracking().OrderBy(r => r.DestroyedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var csv = new System.Text.StringBuilder("klachtnummer;ontvangen;afgesloten;vernietigd;grond;wijze;wat;goedgekeurd door\n");
        foreach (var r in records)
        {
            csv.Append(string.Join(';', new[]
            {
                r.Reference,
                r.ReceivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                clock.ToLocal(r.ClosedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                clock.ToLocal(r.DestroyedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                r.Ground,
                "persoonsgegevens verwijderd, teksten geanonimiseerd, bijlagen en brieftekst vernietigd",
                r.What,
                r.ApprovedByName,
            }.Select(v => "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).Append('\n');
        }

        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv", "vernietigingsverklaring.csv");
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        RetentionYears = await db.Organisations.AsNoTracking().Where(o => o.Id == db.CurrentOrganisationId).Select(o => o.RetentionYears).SingleAsync(cancellationToken);
        ClosedOnOrBefore = Gehoord.Domain.Privacy.Retention.ClosedOnOrBefore(clock.Today, RetentionYears);
        var due = RetentionQuery.Due(db, clock, RetentionYears);
        if (MomentCursor.Decode(After) is { } cursor)
        {
            due = due.Where(c => c.ClosedAt > cursor.At || (c.ClosedAt == cursor.At && c.Id.CompareTo(cursor.Id) > 0));
        }

        var rows = await due.OrderBy(c => c.ClosedAt).ThenBy(c => c.Id).Take(PageSize + 1)
            .Select(c => new { c.Id, c.ReferenceYear, c.ReferenceSequence, c.ClosedAt, c.LegalHoldReason })
            .ToListAsync(cancellationToken);
        Due = rows.Take(PageSize).Select(r => new RetentionRow(r.Id, new ReferenceNumber(r.ReferenceYear, r.ReferenceSequence), clock.ToLocal(r.ClosedAt!.Value), null)).ToList();
        NextPage = rows.Count > PageSize ? new MomentCursor(rows[PageSize - 1].ClosedAt!.Value, rows[PageSize - 1].Id).Encode() : null;

        // Holds are few (a procedure is the exception); shown on the first page only.
        if (After is null)
        {
            Destroyed = await db.DestructionRecords.AsNoTracking().OrderByDescending(r => r.DestroyedAt).ThenByDescending(r => r.Id).Take(10).ToListAsync(cancellationToken);
            Held = (await db.Complaints.AsNoTracking().Where(c => c.LegalHoldReason != null).OrderBy(c => c.ReceivedOn).Take(PageSize)
                    .Select(c => new { c.Id, c.ReferenceYear, c.ReferenceSequence, c.ClosedAt, c.LegalHoldReason })
                    .ToListAsync(cancellationToken))
                .Select(r => new RetentionRow(r.Id, new ReferenceNumber(r.ReferenceYear, r.ReferenceSequence), r.ClosedAt is { } at ? clock.ToLocal(at) : null, r.LegalHoldReason))
                .ToList();
        }
    }
}

/// <summary>One file on the retention page: its number, when it was closed, and why it is held (if it is).</summary>
public sealed record RetentionRow(Guid Id, ReferenceNumber Reference, DateTimeOffset? ClosedAt, string? HoldReason);
