namespace Gehoord.Domain.Deadlines;

public enum DeadlineKind
{
    Acknowledgement,
    PersonalContact,
    NotHandledNotice,
    Handling,

    /// <summary>
    /// Not a term of the complaint itself but the review date of a conduct arrangement made on
    /// it (<see cref="Complaints.ConductArrangement.ReviewOn"/>): reminded like a term.
    /// </summary>
    ConductReview,
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
        DeadlineKind.ConductReview => "Evaluatie gedragslijn",
        _ => kind.ToString(),
    };
}
