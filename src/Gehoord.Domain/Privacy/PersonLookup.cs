namespace Gehoord.Domain.Privacy;

/// <summary>
/// How a person who asks what Gehoord holds about them (AVG art. 15) is found: by e-mail
/// address, phone number or name, written however the citizen or the handler typed it. The
/// forms here are also what the database's lookup indexes hold, so a request at a million
/// complaints reads a handful of index entries.
/// </summary>
public static class PersonLookup
{
    /// <summary>The characters people put between the digits of a phone number.</summary>
    public static readonly IReadOnlyList<string> PhoneSeparators = [" ", "-", ".", "(", ")", "/"];

    /// <summary>An e-mail address as compared: trimmed, lower case; null when empty.</summary>
    public static string? Email(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>A name as compared: trimmed, one space between parts, lower case; null when empty.</summary>
    public static string? Name(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLowerInvariant();

    /// <summary>
    /// A phone number without its separators, in the ways it may have been stored: as typed
    /// ("0612345678"), and with the country written out ("+31612345678", "0031612345678").
    /// Dutch (31) and Belgian (32) numbers; another number only as typed. Empty when the text
    /// has fewer than six digits.
    /// </summary>
    public static IReadOnlyList<string> PhoneForms(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return [];
        }

        var compact = StripSeparators(phone.Trim());
        var digits = compact.TrimStart('+');
        if (digits.Length < 6 || !digits.All(char.IsAsciiDigit))
        {
            return [];
        }

        // The national number without its leading 0: "612345678" for 06-12345678.
        string? national = null;
        string? country = null;
        foreach (var code in new[] { "31", "32" })
        {
            if (compact.StartsWith("+" + code, StringComparison.Ordinal) || compact.StartsWith("00" + code, StringComparison.Ordinal))
            {
                national = compact[(compact.StartsWith('+') ? code.Length + 1 : code.Length + 2)..];
                country = code;
            }
        }

        if (national is null && compact.StartsWith('0') && !compact.StartsWith("00", StringComparison.Ordinal))
        {
            national = compact[1..];
        }

        if (national is null)
        {
            return [compact];
        }

        var forms = new List<string> { "0" + national };
        foreach (var code in country is null ? new[] { "31", "32" } : [country])
        {
            forms.Add("+" + code + national);
            forms.Add("00" + code + national);
        }

        return forms;
    }

    /// <summary>The number without the characters of <see cref="PhoneSeparators"/>, as the lookup index stores it.</summary>
    public static string StripSeparators(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        foreach (var separator in PhoneSeparators)
        {
            phone = phone.Replace(separator, string.Empty, StringComparison.Ordinal);
        }

        return phone;
    }
}
