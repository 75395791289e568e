using System.Globalization;

namespace Gehoord.Web.Infrastructure;

/// <summary>
/// The keyset position of a list read newest first on (moment, id): the configuration history
/// and the access log page by it, never by offset. In the address as <c>utcticks_guid</c>;
/// anything else reads as "from the start".
/// </summary>
public readonly record struct MomentCursor(DateTimeOffset At, Guid Id)
{
    public string Encode() => string.Create(CultureInfo.InvariantCulture, $"{At.UtcTicks}_{Id:N}");

    public static MomentCursor? Decode(string? text)
    {
        var parts = text?.Split('_');
        return parts is [var ticks, var id] && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
            && t is >= 0 and <= 3155378975999999999 && Guid.TryParseExact(id, "N", out var g)
            ? new MomentCursor(new DateTimeOffset(t, TimeSpan.Zero), g)
            : null;
    }
}
