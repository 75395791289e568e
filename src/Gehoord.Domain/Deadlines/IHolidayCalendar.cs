using System.Diagnostics.CodeAnalysis;

namespace Gehoord.Domain.Deadlines;

/// <summary>The public holidays that count as rest days when a statutory term ends.</summary>
public interface IHolidayCalendar
{
    [SuppressMessage(
        "Naming",
        "CA1716:Identifiers should not match keywords",
        Justification = "The parameter name is part of the agreed contract; Gehoord is C# only.")]
    bool IsPublicHoliday(DateOnly date);

    /// <summary>The holidays of <paramref name="year"/>, sorted by date, including configured extra days.</summary>
    IReadOnlyList<Holiday> HolidaysIn(int year);
}
