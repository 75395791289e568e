using Gehoord.Domain.Complaints;

namespace Gehoord.Domain.Letters;

/// <summary>
/// An organisation's own text for one letter type, recipient and language. Saving makes a new
/// version and never changes an old one, so a sent letter's <see cref="SentLetter.TemplateVersion"/>
/// always points at the text it started from. Without a version of its own an organisation
/// uses <c>DefaultLetterTemplates</c> (version 0).
/// </summary>
public sealed class LetterTemplate
{
    private LetterTemplate()
    {
        Language = string.Empty;
        Subject = string.Empty;
        Body = string.Empty;
        CreatedById = string.Empty;
        CreatedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public LetterKind Kind { get; private set; }

    public LetterRecipient Recipient { get; private set; }

    public string Language { get; private set; }

    /// <summary>1 for the first own text, one higher for each save.</summary>
    public int Version { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedById { get; private set; }

    public string CreatedByName { get; private set; }

    /// <summary>
    /// The next version of a template. Refuses an empty text and placeholders Gehoord does not
    /// know, so a typo such as <c>{ombudsmann}</c> is caught when saving, not in a citizen's letter.
    /// </summary>
    public static LetterTemplate NewVersion(
        Guid id,
        Guid organisationId,
        LetterKind kind,
        LetterRecipient recipient,
        string language,
        int latestVersion,
        string subject,
        string body,
        Actor by,
        DateTimeOffset at)
    {
        if (language is not ("nl" or "en") || !Enum.IsDefined(kind) || !Enum.IsDefined(recipient))
        {
            throw new DomainException("Kies een brief uit de lijst, in het Nederlands of het Engels.");
        }

        subject = LetterPlainText.Clean(subject);
        body = LetterPlainText.Clean(body);
        if (string.IsNullOrWhiteSpace(subject))
        {
            throw new DomainException("Geef de brief een onderwerp.");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            throw new DomainException("Schrijf de tekst van de brief.");
        }

        var unknown = LetterPlaceholders.Unknown(subject + "\n" + body);
        if (unknown.Count > 0)
        {
            throw new DomainException("Deze invulvelden bestaan niet: " + string.Join(", ", unknown.Select(u => $"{{{u}}}"))
                + ". Kies een invulveld uit de lijst.");
        }

        return new LetterTemplate
        {
            Id = id,
            OrganisationId = organisationId,
            Kind = kind,
            Recipient = recipient,
            Language = language,
            Version = latestVersion + 1,
            Subject = subject.Trim(),
            Body = body.Trim(),
            CreatedAt = at,
            CreatedById = by.Id,
            CreatedByName = by.Name,
        };
    }
}
