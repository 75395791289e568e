namespace Gehoord.Domain.Complaints;

/// <summary>What is known about a complaint when it comes in. Only the description is required.</summary>
public sealed record ComplaintRegistration(
    Channel Channel,
    ComplaintKind Kind,
    DateOnly ReceivedOn,
    string Description,
    Complainant? Complainant = null,
    DateOnly? ConductOn = null,
    bool AdvisoryCommittee = false,
    CitizenWishes Wishes = CitizenWishes.None,
    string? WishOther = null,
    string Language = "nl");
