using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Gehoord.Domain.Complaints;

/// <summary>
/// The number staff and letters use: year of registration and a sequence that restarts each
/// year per organisation, e.g. <c>2026-000123</c>. The persistence layer hands out sequences.
/// </summary>
public readonly record struct ReferenceNumber(int Year, int Sequence)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Sequence:D6}");

    public static bool TryParse(string? text, [NotNullWhen(true)] out ReferenceNumber? reference)
    {
        reference = null;
        var parts = text?.Trim().Split('-');
        if (parts is not [var year, var sequence]
            || year.Length != 4
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            || s < 1)
        {
            return false;
        }

        reference = new ReferenceNumber(y, s);
        return true;
    }
}
