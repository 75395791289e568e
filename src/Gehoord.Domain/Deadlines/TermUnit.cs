namespace Gehoord.Domain.Deadlines;

public enum TermUnit
{
    CalendarDays,
    Weeks,
    WorkingDays,
}
