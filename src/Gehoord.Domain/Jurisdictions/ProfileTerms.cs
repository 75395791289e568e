using Gehoord.Domain.Deadlines;

namespace Gehoord.Domain.Jurisdictions;

/// <summary>The terms a jurisdiction profile tracks for every complaint.</summary>
/// <param name="Acknowledgement">Confirmation of receipt. NL: organisation target (Awb 9:6 sets no term); VL: II.83.</param>
/// <param name="PersonalContact">The government takes the initiative for personal contact, early.</param>
/// <param name="NotHandledNotice">Telling the complainant the complaint will not be handled (Awb 9:8 lid 3; II.77).</param>
/// <param name="Handling">Deciding on the complaint (Awb 9:11 lid 1; II.84).</param>
/// <param name="HandlingWithCommittee">Deciding when an advisory committee handles it (Awb 9:11 lid 1, 9:13–9:15).</param>
/// <param name="MaxExtension">Longest postponement without the complainant's consent; null when the rules allow none.</param>
public sealed record ProfileTerms(
    Term Acknowledgement,
    Term PersonalContact,
    Term NotHandledNotice,
    Term Handling,
    Term HandlingWithCommittee,
    Term? MaxExtension)
{
    /// <summary>Awb chapter 9 with Gehoord's default targets for acknowledgement and personal contact.</summary>
    public static ProfileTerms NlAwb { get; } = new(
        Acknowledgement: Term.WorkingDays(5),
        PersonalContact: Term.WorkingDays(3),
        NotHandledNotice: Term.Weeks(4),
        Handling: Term.Weeks(6),
        HandlingWithCommittee: Term.Weeks(10),
        MaxExtension: Term.Weeks(4));

    /// <summary>Bestuursdecreet II.77, II.83 and II.84; the decree provides no postponement.</summary>
    public static ProfileTerms VlBestuursdecreet { get; } = new(
        Acknowledgement: Term.Days(10),
        PersonalContact: Term.WorkingDays(3),
        NotHandledNotice: Term.Days(10),
        Handling: Term.Days(45),
        HandlingWithCommittee: Term.Days(45),
        MaxExtension: null);
}
