namespace Gehoord.Domain.Letters;

/// <summary>How a letter reaches its recipient.</summary>
public enum LetterChannel
{
    /// <summary>Through the outbox, as HTML with a plain-text alternative.</summary>
    Email,

    /// <summary>Printed from the PDF (or finished in Word) and posted or handed over.</summary>
    Post,
}

public static class LetterChannels
{
    /// <summary>The channel as it completes "verstuurd per …".</summary>
    public static string DutchName(LetterChannel channel) => channel == LetterChannel.Email ? "e-mail" : "post";
}

/// <summary>Text as a letter may hold it.</summary>
public static class LetterPlainText
{
    /// <summary>
    /// Drops control characters other than line breaks and tabs: pasted from other programs they
    /// are invisible on screen, but invalid in the Word file and refused by PostgreSQL (NUL).
    /// Line endings become "\n", so a letter reads the same from every browser.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalised = text.ReplaceLineEndings("\n");
        return normalised.Any(IsUnwanted) ? new string(normalised.Where(c => !IsUnwanted(c)).ToArray()) : normalised;
    }

    private static bool IsUnwanted(char c) => (char.IsControl(c) && c is not ('\n' or '\t')) || c is '\uFFFE' or '\uFFFF';
}
