using Microsoft.Extensions.Options;

namespace Gehoord.Web.Infrastructure;

/// <summary>
/// Local time of the organisations served (Dutch and Flemish bodies share one time zone).
/// Terms are counted in local calendar days, so "today" must be the local date, not UTC's.
/// </summary>
public sealed class Clock(TimeProvider time, IOptions<GehoordOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, _zone);

    /// <summary>The organisation's time zone, for the calendar day of a moment in letters.</summary>
    public TimeZoneInfo TimeZone => _zone;

    /// <summary>
    /// A date and time as staff type them, in the organisation's zone. A time that does not
    /// exist (the hour skipped when summer time starts) counts as one hour later.
    /// </summary>
    public DateTimeOffset FromLocal(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (_zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
