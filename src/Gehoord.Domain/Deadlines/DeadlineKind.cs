namespace Gehoord.Domain.Deadlines;

public enum DeadlineKind
{
    Acknowledgement,
    PersonalContact,
    NotHandledNotice,
    Handling,
}

public static class DeadlineFacts
{
    /// <summary>The deadline's name in the case file and the timeline.</summary>
    public static string DutchName(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Acknowledgement => "Ontvangstbevestiging",
        DeadlineKind.PersonalContact => "Persoonlijk contact",
        DeadlineKind.NotHandledNotice => "Melding niet behandelen",
        DeadlineKind.Handling => "Afhandeling",
        _ => kind.ToString(),
    };
}
