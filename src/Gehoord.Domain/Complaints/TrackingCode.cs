using System.Security.Cryptography;

namespace Gehoord.Domain.Complaints;

/// <summary>
/// The code a citizen uses to follow a complaint without an account. It must be unguessable
/// (60 random bits) yet easy to read aloud on the phone: Crockford's base-32 alphabet has no
/// I, L, O or U, so nothing is confused with 1 or 0.
/// </summary>
public static class TrackingCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 12;

    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return Format(chars);
    }

    /// <summary>
    /// Turns what a citizen typed into the stored form: case, spaces and dashes do not matter,
    /// and the letters people confuse with digits are read as those digits.
    /// Returns null when it cannot be a tracking code.
    /// </summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        Span<char> chars = stackalloc char[Length];
        var count = 0;
        foreach (var raw in input)
        {
            if (raw is ' ' or '-')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(c, StringComparison.Ordinal) || count == Length)
            {
                return null;
            }

            chars[count++] = c;
        }

        return count == Length ? Format(chars) : null;
    }

    private static string Format(ReadOnlySpan<char> chars) =>
        $"{chars[..4]}-{chars[4..8]}-{chars[8..]}";
}
