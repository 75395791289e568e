namespace Gehoord.Domain;

/// <summary>
/// Thrown when an action would break a rule of complaint handling (an illegal transition,
/// a handler who is also a respondent). The message is plain Dutch, fit to show to staff.
/// </summary>
public class DomainException : Exception
{
    public DomainException(string message)
        : base(message) { }

    public DomainException(string message, Exception innerException)
        : base(message, innerException) { }

    public DomainException() { }
}
