using Gehoord.Domain.Complaints;
using Gehoord.Domain.Records;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Audit;

/// <summary>What a check of one chain found: how many entries, and the first broken link (null: whole).</summary>
public sealed record ChainCheck(int Length, ChainBreak? Broken)
{
    public const string EventNoun = "Gebeurtenis";

    public const string ChangeNoun = "Wijziging";

    public bool Whole => Broken is null;
}

/// <summary>
/// Reads a chain as stored and lets the domain verify it (ADR 20): a complaint's timeline, an
/// organisation's configuration history. The rows are read as they are, with no EF guard in
/// between, so a change made with SQL shows here.
/// </summary>
public static class ChainVerification
{
    /// <summary>The timeline of one complaint of the current organisation; null when there is no such complaint.</summary>
    public static async Task<ChainCheck?> ComplaintAsync(GehoordDbContext db, Guid complaintId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var complaint = await db.Complaints.AsNoTracking().Include(c => c.Timeline)
            .SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken).ConfigureAwait(false);
        return complaint is null ? null : Of(complaint);
    }

    public static ChainCheck Of(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return new ChainCheck(Math.Max(complaint.TimelineLength, complaint.Timeline.Count), complaint.VerifyTimeline());
    }

    /// <summary>The configuration history of an organisation (any, for the command; the page asks for its own).</summary>
    public static async Task<ChainCheck?> OrganisationAsync(GehoordDbContext db, Guid organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken).ConfigureAwait(false);
        if (organisation is null)
        {
            return null;
        }

        var history = await db.ConfigurationChanges.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.OrganisationId == organisationId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ChainCheck(Math.Max(organisation.HistoryLength, history.Count), organisation.VerifyHistory(history));
    }
}
