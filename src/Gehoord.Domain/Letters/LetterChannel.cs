namespace Gehoord.Domain.Letters;

/// <summary>How a letter reaches its recipient.</summary>
public enum LetterChannel
{
    /// <summary>Through the outbox, as HTML with a plain-text alternative.</summary>
    Email,

    /// <summary>Printed from the PDF (or finished in Word) and posted or handed over.</summary>
    Post,
}
