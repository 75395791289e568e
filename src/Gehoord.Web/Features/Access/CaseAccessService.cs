using System.Security.Claims;
using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Access;

/// <summary>
/// Asks the domain's <see cref="CaseAccessPolicy"/> for the signed-in staff member: per case
/// (the page filter, downloads, buttons) and per list (inbox, start page, reminders). The only
/// place where the web layer turns a person and a case into the policy's facts (ADR 10).
/// </summary>
public sealed class CaseAccessService(GehoordDbContext db, IHttpContextAccessor accessor)
{
    private StaffMember? _member;

    /// <summary>The signed-in person as the policy sees them; managers with the units they lead (and those below).</summary>
    public async Task<StaffMember> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_member is not null)
        {
            return _member;
        }

        var user = accessor.HttpContext?.User ?? new ClaimsPrincipal();
        var member = MemberFrom(user, new HashSet<Guid>());
        if (member.Has(StaffRole.Manager))
        {
            var organisation = await db.Organisations.AsNoTracking().Include(o => o.Units)
                .SingleOrDefaultAsync(o => o.Id == member.OrganisationId, cancellationToken).ConfigureAwait(false);
            member = member with { ManagedUnitIds = organisation?.UnitsManagedBy(member.Id) ?? new HashSet<Guid>() };
        }

        return _member = member;
    }

    /// <summary>The person from their sign-in claims alone (enough for every rule but a manager's units).</summary>
    public static StaffMember MemberFrom(ClaimsPrincipal user, IReadOnlySet<Guid> managedUnitIds)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = user.FindAll(ClaimTypes.Role)
            .Select(c => StaffRoles.ToDomain(c.Value))
            .Where(r => r is not null)
            .Select(r => r!.Value)
            .ToHashSet();
        var organisation = Guid.TryParse(user.FindFirstValue(StaffClaims.OrganisationId), out var id) ? id : Guid.Empty;
        return new StaffMember(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty, organisation, roles, managedUnitIds);
    }

    /// <summary>The decision for a loaded complaint (buttons, sections of a page).</summary>
    public async Task<CaseAccessDecision> MayAsync(Complaint complaint, CaseAction action, CancellationToken cancellationToken) =>
        CaseAccessPolicy.May(await CurrentAsync(cancellationToken).ConfigureAwait(false), CaseFacts.Of(complaint), action);

    /// <summary>The decision for complaint <paramref name="id"/> without loading its file; null when this organisation has no such complaint.</summary>
    public async Task<CaseAccessDecision?> MayAsync(Guid id, CaseAction action, CancellationToken cancellationToken)
    {
        var facts = await db.Complaints.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.OrganisationId,
                c.HandlerId,
                c.RegisteredById,
                Units = c.Units.Select(u => u.UnitId).ToList(),
                Respondents = c.Respondents.Where(r => r.StaffUserId != null).Select(r => r.StaffUserId!).ToList(),
                c.EscalatedToId,
                c.AdvisoryCommittee,
                c.Status,
                c.Outcome,
                c.IsConfidential,
            })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (facts is null)
        {
            return null;
        }

        // The names only for a confidential case (ADR 21): one more small query for the few, none for the rest.
        var readers = facts.IsConfidential
            ? await db.Complaints.AsNoTracking().Where(c => c.Id == id).SelectMany(c => c.ConfidentialReaders.Select(r => r.StaffUserId)).ToListAsync(cancellationToken).ConfigureAwait(false)
            : null;

        var @case = new CaseFacts(
            facts.OrganisationId,
            facts.HandlerId,
            facts.RegisteredById,
            facts.Units,
            facts.Respondents,
            facts.EscalatedToId,
            facts.AdvisoryCommittee,
            CaseAccessPolicy.IsHandedOver(facts.Status, facts.HandlerId, facts.Outcome),
            readers);
        return CaseAccessPolicy.May(await CurrentAsync(cancellationToken).ConfigureAwait(false), @case, action);
    }

    /// <summary>
    /// Narrows a list query to what the person may see (<see cref="CaseAccessPolicy.ListScope"/>).
    /// Each condition is on an indexed column of the complaint or a child table keyed by it.
    /// </summary>
    public async Task<IQueryable<Complaint>> ListedAsync(IQueryable<Complaint> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scope = CaseAccessPolicy.ListScope(await CurrentAsync(cancellationToken).ConfigureAwait(false));
        return Apply(query, scope);
    }

    /// <summary>
    /// The open rows of a unit of this organisation that the person sees whole (every case of
    /// it: a coordinator, or a manager for a unit he leads), without the cases where the person
    /// is a respondent; null when the scope does not list the unit whole. A unit of another
    /// organisation has no rows here. For counting from the unit's rows alone (<see cref="UnitRow"/>, ADR 18).
    /// </summary>
    public async Task<IQueryable<UnitRow>?> WholeUnitRowsAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var scope = CaseAccessPolicy.ListScope(await CurrentAsync(cancellationToken).ConfigureAwait(false));
        return scope.All || scope.ManagedUnitIds.Contains(unitId) ? OpenUnitRows(db, unitId, scope.ExcludeRespondentId) : null;
    }

    /// <summary>
    /// The open rows of a unit of this organisation, without the cases where
    /// <paramref name="respondent"/> is a respondent. The unit's organisation is asked in the same
    /// query (the Units filter of the DbContext; the database answers it once, not per row), so a
    /// unit of another organisation counts nothing.
    /// </summary>
    public static IQueryable<UnitRow> OpenUnitRows(GehoordDbContext db, Guid unitId, string respondent)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(respondent);
        return db.UnitRows.Where(r => r.UnitId == unitId && r.ComplaintIsOpen
            && db.Units.Any(u => u.Id == unitId)
            && !db.Set<Respondent>().Any(x => EF.Property<Guid>(x, "ComplaintId") == r.ComplaintId && x.StaffUserId == respondent));
    }

    public static IQueryable<Complaint> Apply(IQueryable<Complaint> query, CaseListScope scope)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(scope);
        var me = scope.ExcludeRespondentId;
        query = query.Where(c => c.OrganisationId == scope.OrganisationId && !c.Respondents.Any(r => r.StaffUserId == me));
        if (scope.All)
        {
            return query;
        }

        var registeredBy = scope.RegisteredById;
        var units = scope.ManagedUnitIds.ToList();
        var escalatedTo = scope.EscalatedToId;
        var committee = scope.CommitteeCases;
        return query.Where(c =>
            (registeredBy != null && c.RegisteredById == registeredBy)
            || (escalatedTo != null && c.EscalatedToId == escalatedTo)
            || (committee && c.AdvisoryCommittee)
            || c.Units.Any(u => units.Contains(u.UnitId)));
    }
}
