using Gehoord.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Persistence;

/// <summary>
/// The copies of a complaint's open flag and nearest term on each of its unit rows
/// (<c>ComplaintUnits</c>), so that "open complaints of this unit, due in this range" is one
/// range of a partial index (ADR 18). They are shadow properties: the domain knows nothing of
/// them, and the DbContext sets them from the complaint on every save, so no code path can
/// forget. A bulk update of the complaints would bypass this; Gehoord has none.
/// </summary>
public static class UnitCopies
{
    public const string IsOpen = "ComplaintIsOpen";

    public const string NextDueOn = "ComplaintNextDueOn";

    /// <summary>Sets the copies of every tracked complaint's unit rows from the complaint.</summary>
    internal static void Refresh(DbContext db)
    {
        // A list first: asking for a unit's entry can start tracking it, which changes the entries.
        foreach (var complaint in db.ChangeTracker.Entries<Complaint>().ToList())
        {
            if (complaint.State is EntityState.Deleted or EntityState.Detached)
            {
                continue;
            }

            var open = complaint.Entity.Status != ComplaintStatus.Closed;
            var nextDueOn = complaint.Entity.NextDueOn;
            foreach (var unit in complaint.Entity.Units)
            {
                var row = db.Entry(unit);
                if (row.State is EntityState.Deleted or EntityState.Detached)
                {
                    continue;
                }

                // Only a changed value makes the row an update.
                if (row.Property<bool>(IsOpen).CurrentValue != open)
                {
                    row.Property<bool>(IsOpen).CurrentValue = open;
                }

                if (row.Property<DateOnly?>(NextDueOn).CurrentValue != nextDueOn)
                {
                    row.Property<DateOnly?>(NextDueOn).CurrentValue = nextDueOn;
                }
            }
        }
    }
}

/// <summary>
/// A row of <c>ComplaintUnits</c> read on its own, without its complaint (mapped as a view of the
/// table, so migrations leave it alone). Only for counting the open complaints of a unit that a
/// person may see whole (ADR 18): the copies answer "open, due in this range" and the index holds
/// them, so the count never looks a complaint up.
/// </summary>
public sealed class UnitRow
{
    public Guid ComplaintId { get; set; }

    public Guid UnitId { get; set; }

    public bool ComplaintIsOpen { get; set; }

    public DateOnly? ComplaintNextDueOn { get; set; }
}
