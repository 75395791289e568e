using System.Globalization;

namespace Gehoord.Domain.Intake;

/// <summary>
/// A date as people type it in a text field: day, month and year with any of "-", "/", "." or
/// spaces between them ("15-03-2026", "15/3/2026", "15 3 2026"), as eight digits without
/// separators ("15032026", what a numeric keypad without "-" leaves), or the ISO form
/// "2026-03-15" that a browser's date field sends. The year has four digits, so "15-03-26"
/// is never guessed at.
/// </summary>
public static class TypedDate
{
    private static readonly char[] Separators = ['-', '/', '.', ' '];

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        if (trimmed.Length == 8 && trimmed.All(char.IsAsciiDigit))
        {
            return TryMake(trimmed[4..], trimmed[2..4], trimmed[..2], out date);
        }

        var parts = trimmed.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        return parts[0].Length == 4
            ? parts[1].Length <= 2 && parts[2].Length <= 2 && TryMake(parts[0], parts[1], parts[2], out date)
            : parts[0].Length <= 2 && parts[1].Length <= 2 && parts[2].Length == 4 && TryMake(parts[2], parts[1], parts[0], out date);
    }

    private static bool TryMake(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }
}
