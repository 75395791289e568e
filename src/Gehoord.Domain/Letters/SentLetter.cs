using Gehoord.Domain.Complaints;

namespace Gehoord.Domain.Letters;

/// <summary>
/// A letter as it went out: the exact text, to whom, how, when and by whom. It has no way to
/// change after sending; a correction is a new letter. The case file shows it and it can be
/// downloaded again exactly as sent.
/// </summary>
public sealed class SentLetter
{
    private SentLetter()
    {
        Language = string.Empty;
        RecipientName = string.Empty;
        Subject = string.Empty;
        Body = string.Empty;
        SentById = string.Empty;
        SentByName = string.Empty;
    }

    internal SentLetter(
        Guid id,
        LetterKind kind,
        LetterRecipient recipient,
        string recipientName,
        string? sentTo,
        LetterChannel channel,
        string language,
        string subject,
        string body,
        double readabilityScore,
        int templateVersion,
        Guid? taskId,
        Actor by,
        DateTimeOffset at)
    {
        Id = id;
        Kind = kind;
        Recipient = recipient;
        RecipientName = recipientName;
        SentTo = sentTo;
        Channel = channel;
        Language = language;
        Subject = subject;
        Body = body;
        ReadabilityScore = readabilityScore;
        TemplateVersion = templateVersion;
        TaskId = taskId;
        SentById = by.Id;
        SentByName = by.Name;
        SentAt = at;
    }

    public Guid Id { get; private set; }

    public LetterKind Kind { get; private set; }

    public LetterRecipient Recipient { get; private set; }

    public string RecipientName { get; private set; }

    /// <summary>The e-mail address it went to, or the postal address lines; null when handed over.</summary>
    public string? SentTo { get; private set; }

    public LetterChannel Channel { get; private set; }

    /// <summary>"nl" or "en": decides the words of the PDF's header and footer when downloaded again.</summary>
    public string Language { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    /// <summary>Flesch-Douma (Dutch) or Flesch reading ease (English) of the body when sent.</summary>
    public double ReadabilityScore { get; private set; }

    /// <summary>The template version it started from; 0 is the default text Gehoord ships.</summary>
    public int TemplateVersion { get; private set; }

    /// <summary>The "letter to be sent" task this letter did, if any.</summary>
    public Guid? TaskId { get; private set; }

    public string SentById { get; private set; }

    public string SentByName { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}
