namespace Gehoord.Domain.Deadlines;

public enum DeadlineKind
{
    Acknowledgement,
    PersonalContact,
    NotHandledNotice,
    Handling,
}
