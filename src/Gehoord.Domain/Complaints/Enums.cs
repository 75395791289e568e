namespace Gehoord.Domain.Complaints;

/// <summary>How the dissatisfaction reached the organisation. Every channel is the right one.</summary>
public enum Channel
{
    WebForm,
    Email,
    Letter,
    Phone,
    Counter,
    SocialMedia,
    Webcare,
    Survey,
    Internal,
    ViaOmbudsman,
}

/// <summary>A complaint asks for handling; a signal is registered to learn from but needs no reply.</summary>
public enum ComplaintKind
{
    Complaint,
    Signal,
}

/// <summary>Where the complaint sits on the complaint ladder (seed 001, §1.4).</summary>
public enum LadderStep
{
    /// <summary>Tree 1: the employee who heard it resolves it.</summary>
    Frontline,

    /// <summary>Tree 2: an internal handler takes it on.</summary>
    Internal,

    /// <summary>Tree 3: the external ombudsman.</summary>
    External,
}

/// <summary>The stages of the lifecycle in docs/architecture.md, following the five rules of thumb.</summary>
public enum ComplaintStatus
{
    Received,
    Exploring,
    Resolving,
    Investigating,
    Judged,
    Closing,
    Closed,
    Reopened,
}

/// <summary>How a closed complaint ended, next to the verdicts of a formal judgement.</summary>
public enum ComplaintOutcome
{
    None,
    ResolvedOnTheSpot,
    Resolved,
    Judged,
    Referred,
    Withdrawn,
    NotHandled,
    Forwarded,
}

/// <summary>What the citizen would like to happen; several may apply.</summary>
[Flags]
public enum CitizenWishes
{
    None = 0,
    BeHeard = 1,
    Explanation = 2,
    CorrectError = 4,
    Apology = 8,
    Compensation = 16,
    Judgement = 32,
    PreventRecurrence = 64,
    Other = 128,
}

public static class WishFacts
{
    public static IReadOnlyList<CitizenWishes> All { get; } =
    [
        CitizenWishes.BeHeard,
        CitizenWishes.Explanation,
        CitizenWishes.CorrectError,
        CitizenWishes.Apology,
        CitizenWishes.Compensation,
        CitizenWishes.Judgement,
        CitizenWishes.PreventRecurrence,
        CitizenWishes.Other,
    ];

    public static string DutchName(CitizenWishes wish) => wish switch
    {
        CitizenWishes.BeHeard => "Dat er naar mij geluisterd wordt",
        CitizenWishes.Explanation => "Uitleg over wat er is gebeurd",
        CitizenWishes.CorrectError => "Dat een fout wordt hersteld",
        CitizenWishes.Apology => "Excuses",
        CitizenWishes.Compensation => "Een vergoeding van schade of kosten",
        CitizenWishes.Judgement => "Een oordeel over mijn klacht",
        CitizenWishes.PreventRecurrence => "Dat het anderen niet overkomt",
        CitizenWishes.Other => "Iets anders",
        _ => wish.ToString(),
    };

    public static string EnglishName(CitizenWishes wish) => wish switch
    {
        CitizenWishes.BeHeard => "To be listened to",
        CitizenWishes.Explanation => "An explanation of what happened",
        CitizenWishes.CorrectError => "A mistake to be corrected",
        CitizenWishes.Apology => "An apology",
        CitizenWishes.Compensation => "Compensation for damage or costs",
        CitizenWishes.Judgement => "A judgement on my complaint",
        CitizenWishes.PreventRecurrence => "That it does not happen to others",
        CitizenWishes.Other => "Something else",
        _ => wish.ToString(),
    };

    public static IEnumerable<CitizenWishes> Split(CitizenWishes wishes) => All.Where(w => wishes.HasFlag(w));
}

public enum PreferredContact
{
    NoPreference,
    Email,
    Phone,
    Post,
    NoContact,
}

public static class ChannelFacts
{
    /// <summary>
    /// Written complaints (Awb 9:4, Bestuursdecreet II.76) carry the formal duties such as the
    /// acknowledgement of receipt; oral ones are handled just as seriously but without them.
    /// </summary>
    public static bool IsWritten(Channel channel) =>
        channel is Channel.WebForm or Channel.Email or Channel.Letter or Channel.ViaOmbudsman;

    public static string DutchName(Channel channel) => channel switch
    {
        Channel.WebForm => "Webformulier",
        Channel.Email => "E-mail",
        Channel.Letter => "Brief",
        Channel.Phone => "Telefoon",
        Channel.Counter => "Balie",
        Channel.SocialMedia => "Sociale media",
        Channel.Webcare => "Webcare",
        Channel.Survey => "Tevredenheidsonderzoek",
        Channel.Internal => "Interne klacht (medewerker)",
        Channel.ViaOmbudsman => "Via de ombudsman",
        _ => channel.ToString(),
    };
}

public static class StatusFacts
{
    public static string DutchName(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => "Ontvangen",
        ComplaintStatus.Exploring => "Probleem verkennen",
        ComplaintStatus.Resolving => "Oplossen",
        ComplaintStatus.Investigating => "Onderzoek en oordeel",
        ComplaintStatus.Judged => "Oordeel gegeven",
        ComplaintStatus.Closing => "Afronden",
        ComplaintStatus.Closed => "Afgesloten",
        ComplaintStatus.Reopened => "Heropend",
        _ => status.ToString(),
    };

    public static bool IsOpen(ComplaintStatus status) => status != ComplaintStatus.Closed;
}
