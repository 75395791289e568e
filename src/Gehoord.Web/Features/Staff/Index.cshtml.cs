using Gehoord.Domain.Complaints;
using Gehoord.Domain.Deadlines;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Features.Inbox;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Staff;

/// <summary>
/// The staff start page: each role sees the work that is theirs (handler: own complaints;
/// coordinator: unassigned and overdue; manager: units; committee: its cases; administrator:
/// the organisation's set-up). All figures come from the database, scoped to the organisation.
/// </summary>
public sealed class IndexModel(GehoordDbContext db, UserManager<StaffUser> users, Clock clock, Access.CaseAccessService access) : PageModel
{
    public string DisplayName { get; private set; } = string.Empty;

    public string OrganisationName { get; private set; } = string.Empty;

    public JurisdictionProfile Profile { get; private set; } = JurisdictionProfile.NlAwb;

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public IReadOnlyList<ComplaintRow>? HandlerComplaints { get; private set; }

    public IReadOnlyList<ComplaintRow>? Unassigned { get; private set; }

    public int? OverdueCount { get; private set; }

    /// <summary>The organisation's complaints whose term has passed, for the coordinator to step in.</summary>
    public IReadOnlyList<ComplaintRow>? Overdue { get; private set; }

    public IReadOnlyList<ComplaintRow>? RegisteredByMe { get; private set; }

    public IReadOnlyList<ComplaintRow>? CommitteeComplaints { get; private set; }

    /// <summary>Complaints whose handler needs the manager's decision (escalation).</summary>
    public IReadOnlyList<ComplaintRow>? EscalatedToMe { get; private set; }

    public IReadOnlyList<UnitFigure>? UnitFigures { get; private set; }

    public IReadOnlyList<AccountRow>? Accounts { get; private set; }

    public IReadOnlyList<string>? UnitNames { get; private set; }

    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>For the privacy officer: files past their retention term, counted to 1,001 at most.</summary>
    public int RetentionDue { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == db.CurrentOrganisationId, cancellationToken);
        if (organisation is null)
        {
            return Forbid();
        }

        DisplayName = user.DisplayName;
        OrganisationName = organisation.Name;
        Profile = organisation.Profile();
        Roles = [.. await users.GetRolesAsync(user)];
        Today = clock.Today;

        // Every list on the start page shows only what this person may see (ADR 10).
        var member = await access.CurrentAsync(cancellationToken);
        var listed = await access.ListedAsync(db.Complaints.AsNoTracking(), cancellationToken);
        var open = listed.Where(c => c.Status != ComplaintStatus.Closed);

        if (IsInRole(StaffRoles.Handler))
        {
            HandlerComplaints = await RowsAsync(open.Where(c => c.HandlerId == user.Id), cancellationToken);
        }

        // The coordinator assigns; a handler may take an unassigned complaint themselves.
        if (IsInRole(StaffRoles.Coordinator) || IsInRole(StaffRoles.Handler))
        {
            Unassigned = await RowsAsync(open.Where(c => c.HandlerId == null && c.Kind == ComplaintKind.Complaint), cancellationToken);
        }

        if (IsInRole(StaffRoles.Coordinator))
        {
            OverdueCount = await InboxCounts.CountAsync(open.Where(c => c.NextDueOn < Today), cancellationToken);
            Overdue = await RowsAsync(open.Where(c => c.NextDueOn < Today), cancellationToken);
        }

        if (IsInRole(StaffRoles.Employee))
        {
            // What she can still act on: her registrations nobody has taken over yet (ADR 10).
            // Their terms are for the handler and coordinator to watch, so they are not shown here.
            // "Not closed and no handler" (not "status Received"): also a reopened one that waits
            // for a handler, and the form of IX_Complaints_Waiting_RegisteredById, so the list is
            // read from that small index and not from every complaint still received.
            RegisteredByMe = await RowsAsync(
                open.Where(c => c.RegisteredById == user.Id && c.HandlerId == null),
                cancellationToken);
        }

        if (IsInRole(StaffRoles.Committee))
        {
            CommitteeComplaints = await RowsAsync(open.Where(c => c.AdvisoryCommittee), cancellationToken);
        }

        if (IsInRole(StaffRoles.Manager))
        {
            EscalatedToMe = await RowsAsync(open.Where(c => c.EscalatedToId == user.Id), cancellationToken);
            var managed = member.ManagedUnitIds.ToList();
            var units = await db.Units.AsNoTracking()
                .Where(u => managed.Contains(u.Id))
                .OrderBy(u => u.Name)
                .Select(u => new { u.Id, u.Name })
                .ToListAsync(cancellationToken);
            // Per unit two bounded counts (InboxCounts.Cap): a manager of a large unit reads
            // "meer dan 1.000" instead of waiting while every open complaint is counted.
            var figures = new List<UnitFigure>(units.Count);
            foreach (var unit in units)
            {
                // A unit he leads he sees whole: counted from the unit's rows alone (ADR 18).
                var rows = await access.WholeUnitRowsAsync(unit.Id, cancellationToken)
                    ?? throw new InvalidOperationException("A manager sees the units he leads whole.");
                figures.Add(new UnitFigure(
                    unit.Name,
                    await InboxCounts.CountAsync(InboxQuery.Due(rows, null, null), cancellationToken),
                    await InboxCounts.CountAsync(InboxQuery.Due(rows, null, Today), cancellationToken)));
            }

            UnitFigures = figures;
        }

        if (IsInRole(StaffRoles.PrivacyOfficer))
        {
            // The destruction list proposes itself here: the files that wait for the privacy officer's approval (ADR 24).
            RetentionDue = await Audit.RetentionQuery.CountDueAsync(db, clock, organisation.RetentionYears, cancellationToken);
        }

        if (IsInRole(StaffRoles.Administrator))
        {
            UnitNames = await db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(cancellationToken);

            var staff = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
            var roleNames = await db.UserRoles.AsNoTracking()
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken);
            Accounts = staff
                .Select(s => new AccountRow(
                    s.DisplayName,
                    s.Email ?? string.Empty,
                    string.Join(", ", roleNames.Where(r => r.UserId == s.Id).Select(r => StaffRoles.DutchName(r.Name ?? string.Empty))),
                    s.TwoFactorEnabled))
                .ToList();
        }

        return Page();
    }

    /// <summary>
    /// The first page of a list, urgent first and then in deadline order, read the way the inbox
    /// reads it (keyset in index-ordered segments, ADR 5 and 16): ordering on "NextDueOn IS NULL" sorted every matching
    /// complaint, over a second per start page at a million complaints.
    /// </summary>
    private async Task<IReadOnlyList<ComplaintRow>> RowsAsync(IQueryable<Complaint> query, CancellationToken cancellationToken)
    {
        // Urgent complaints come first, as in the inbox (ADR 16).
        var page = await InboxQuery.UnmaskForAsync(await InboxQuery.PageAsync(query, null, Today, cancellationToken), db.Complaints.AsNoTracking(), User.ToActor().Id, cancellationToken);
        return page.Rows
            .Select(r => new ComplaintRow(
                r.Id,
                r.Reference.ToString(),
                r.Subject,
                StatusFacts.DutchName(r.Status),
                ChannelFacts.DutchName(r.Channel),
                r.ReceivedOn,
                r.NextDueOn,
                r.Signal,
                r.HandlingDueOn,
                r.IsUrgent))
            .ToList();
    }
}

public sealed record ComplaintRow(
    Guid Id, string Reference, string Subject, string Status, string Channel, DateOnly ReceivedOn, DateOnly? NextDueOn, DeadlineSignal Signal, DateOnly? HandlingDueOn, bool IsUrgent = false);

/// <summary>A list on the start page; <paramref name="ShowTerms"/> false for people who cannot act on the terms.</summary>
public sealed record ComplaintTable(string Caption, string Empty, IReadOnlyList<ComplaintRow> Rows, bool ShowTerms = true);

public sealed record UnitFigure(string Unit, int Open, int Overdue);

public sealed record AccountRow(string Name, string Email, string Roles, bool TwoFactor);
