namespace Gehoord.Domain.Complaints;

/// <summary>
/// The person who complains. Every field is optional: an anonymous complaint is still heard
/// (as a signal when there is no way to reply). Missing details are asked for later, never a
/// reason to drop the complaint (Awb 9:4).
/// </summary>
public sealed record Complainant(
    string? Name = null,
    string? Email = null,
    string? Phone = null,
    string? Street = null,
    string? PostalCode = null,
    string? City = null,
    PreferredContact PreferredContact = PreferredContact.NoPreference,
    Representative? Representative = null)
{
    // For the persistence layer, which cannot pass the representative through a constructor.
    private Complainant()
        : this(Name: null)
    {
    }

    public static Complainant Anonymous { get; } = new(Name: null);

    public bool IsAnonymous => Name is null && Email is null && Phone is null && Street is null && Representative is null;

    /// <summary>Whether the organisation has any way to answer the complainant or their representative.</summary>
    public bool CanBeContacted =>
        PreferredContact != PreferredContact.NoContact
        && (Email is not null || Phone is not null || (Street is not null && City is not null) || Representative?.CanBeContacted == true);

    /// <summary>Trims every field and turns empty input into "not given".</summary>
    public Complainant Normalised() => this with
    {
        Name = Clean(Name),
        Email = Clean(Email),
        Phone = Clean(Phone),
        Street = Clean(Street),
        PostalCode = Clean(PostalCode)?.ToUpperInvariant(),
        City = Clean(City),
        Representative = Representative?.Normalised() is { IsEmpty: false } r ? r : null,
    };

    /// <summary>Refuses details longer than the file keeps (a pasted letter in the name field, say), in plain Dutch.</summary>
    public void EnsureFits()
    {
        Fits(Name, 200, "De naam");
        Fits(Email, 320, "Het e-mailadres");
        Fits(Phone, 50, "Het telefoonnummer");
        Fits(Street, 200, "Straat en huisnummer");
        Fits(PostalCode, 20, "De postcode");
        Fits(City, 100, "De plaats");
        Fits(Representative?.Name, 200, "De naam van de gemachtigde");
        Fits(Representative?.Email, 320, "Het e-mailadres van de gemachtigde");
        Fits(Representative?.Phone, 50, "Het telefoonnummer van de gemachtigde");
        Fits(Representative?.Relationship, 100, "Wie de gemachtigde is");
    }

    private static void Fits(string? value, int max, string what)
    {
        if (value is { Length: var length } && length > max)
        {
            throw new DomainException($"{what} is te lang: hoogstens {max} tekens.");
        }
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Someone who acts for the complainant (gemachtigde): a relative, carer, lawyer or social worker.</summary>
public sealed record Representative(string? Name = null, string? Email = null, string? Phone = null, string? Relationship = null)
{
    public bool IsEmpty => Name is null && Email is null && Phone is null;

    public bool CanBeContacted => Email is not null || Phone is not null;

    public Representative Normalised() => new(
        Complainant.Clean(Name),
        Complainant.Clean(Email),
        Complainant.Clean(Phone),
        Complainant.Clean(Relationship));
}
