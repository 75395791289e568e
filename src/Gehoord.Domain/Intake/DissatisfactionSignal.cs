namespace Gehoord.Domain.Intake;

/// <summary>What a marked phrase says about the citizen's experience; drives the explanation shown to staff.</summary>
public enum DissatisfactionSignalKind
{
    Waiting,
    BrokenPromise,
    NotReachable,
    Repetition,
    Unheard,
    Rudeness,
    Error,
    Escalation,
    Emotion,
    Dissatisfaction,
}

/// <summary>
/// One phrase in a message that signals dissatisfaction. <see cref="Start"/> and <see cref="Length"/>
/// index into the original text, so a page can wrap exactly that span in a mark element.
/// </summary>
public sealed record DissatisfactionSignal(int Start, int Length, string Phrase, DissatisfactionSignalKind Kind, string Explanation);
