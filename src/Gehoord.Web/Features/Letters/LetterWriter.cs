using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Letters;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Features.Letters.Documents;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Letters;

/// <summary>A template ready to fill: the organisation's own latest version, or Gehoord's default (version 0).</summary>
public sealed record ChosenTemplate(string Subject, string Body, int Version);

/// <summary>A letter's text before sending: the template filled in from the case.</summary>
public sealed record LetterDraft(string Subject, string Body, int TemplateVersion);

/// <summary>
/// Everything between a case and a letter: which template applies, what the case fills in,
/// sending (the domain checks completeness; e-mail goes through the outbox in the same save),
/// and the document a letter becomes as PDF, Word or e-mail.
/// </summary>
public sealed class LetterWriter(GehoordDbContext db, ComplaintIntake intake, Outbox outbox, Clock clock)
{
    public const string OutboxPurpose = "Letter";

    /// <summary>The text to start from. Respondent letters and letters without an English text fall back to Dutch.</summary>
    public async Task<ChosenTemplate?> TemplateAsync(Organisation organisation, LetterKind kind, LetterRecipient recipient, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        foreach (var candidate in language == "en" ? new[] { "en", "nl" } : ["nl"])
        {
            var own = await db.LetterTemplates.AsNoTracking()
                .Where(t => t.Kind == kind && t.Recipient == recipient && t.Language == candidate)
                .OrderByDescending(t => t.Version)
                .FirstOrDefaultAsync(cancellationToken);
            if (own is not null)
            {
                return new ChosenTemplate(own.Subject, own.Body, own.Version);
            }

            if (DefaultLetterTemplates.For(organisation.Profile().Code, kind, recipient, candidate) is { } shipped)
            {
                return new ChosenTemplate(shipped.Subject, shipped.Body, 0);
            }
        }

        return null;
    }

    /// <summary>The language a letter is written in: the complainant's, but Dutch for colleagues.</summary>
    public static string LanguageFor(Complaint complaint, LetterRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return recipient == LetterRecipient.Respondent ? "nl" : complaint.Language;
    }

    public async Task<LetterCase> CaseAsync(Organisation organisation, Complaint complaint, string senderName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(complaint);
        var arrangements = await ConductArrangementQueries.ForComplainantAsync(db, complaint.Complainant, cancellationToken);
        var statusPage = await intake.StatusPageAsync(organisation, cancellationToken);
        return CaseFor(organisation, complaint, ComplaintIntake.StatusUrl(statusPage, complaint), senderName, arrangements.FirstOrDefault(), clock.TimeZone);
    }

    /// <summary>The case as letters see it; the demo builds its letters the same way, without a request.</summary>
    public static LetterCase CaseFor(Organisation organisation, Complaint complaint, string statusUrl, string senderName, ConductArrangement? conduct, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new LetterCase(complaint, organisation.Profile(), organisation.Name, organisation.ContactPhone, organisation.ContactEmail, statusUrl, senderName, conduct, timeZone);
    }

    public static LetterDraft Fill(ChosenTemplate template, LetterCase letterCase, LetterRequest request)
    {
        ArgumentNullException.ThrowIfNull(template);
        var values = LetterFacts.Values(letterCase, request);
        return new LetterDraft(LetterPlaceholders.Fill(template.Subject, values), LetterPlaceholders.Fill(template.Body, values), template.Version);
    }

    /// <summary>
    /// Sends through the domain, which refuses an incomplete letter; an e-mail is queued in the
    /// same unit of work, so the letter is in the case file exactly when it is on its way.
    /// </summary>
    public SentLetter Send(
        Organisation organisation,
        LetterCase letterCase,
        LetterRequest request,
        LetterDraft draft,
        LetterChannel channel,
        string? sentTo,
        Actor by,
        DateTimeOffset at,
        Guid? letterId = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(letterCase);
        ArgumentNullException.ThrowIfNull(draft);
        var complaint = letterCase.Complaint;
        var letter = complaint.SendLetter(letterCase, request, draft.Subject, draft.Body, channel, sentTo, draft.TemplateVersion, by, at, letterId);
        if (channel == LetterChannel.Email)
        {
            // One message per address: colleagues on one case do not see each other's addresses.
            var email = LetterEmail.Render(Document(organisation, complaint, letter, letterCase.LocalDate(at)));
            foreach (var address in letter.SentTo!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                outbox.Enqueue(organisation.Id, complaint.Id, OutboxPurpose, address, letter.Subject, email.PlainText, email.Html);
            }
        }

        return letter;
    }

    /// <summary>Where a letter to the complainant goes: the e-mail address (or the representative's), or the postal address lines.</summary>
    public static string? ComplainantAddress(Complainant complainant, LetterChannel channel)
    {
        ArgumentNullException.ThrowIfNull(complainant);
        if (channel == LetterChannel.Email)
        {
            return complainant.Email ?? complainant.Representative?.Email;
        }

        var lines = PostalAddress(complainant);
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    /// <summary>The organisation's letterhead logo for its letters, or null; the query filter gives this organisation's only.</summary>
    public static async Task<byte[]?> LogoAsync(GehoordDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (await db.OrganisationLogos.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.Data;
    }

    /// <summary>A sent letter as a document, exactly as it went out.</summary>
    public static LetterDocument Document(Organisation organisation, Complaint complaint, SentLetter letter, DateOnly date, byte[]? logo = null)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var recipient = letter.Channel == LetterChannel.Post && letter.SentTo is { } address
            ? [letter.RecipientName, .. address.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : new[] { letter.RecipientName };
        return Document(organisation, complaint, recipient, letter.Language, letter.Subject, letter.Body, date, logo);
    }

    /// <summary>A letter as a document; <paramref name="logo"/> is the organisation's letterhead logo (PNG or JPEG), or null.</summary>
    public static LetterDocument Document(Organisation organisation, Complaint complaint, IReadOnlyList<string> recipientLines, string language, string subject, string body, DateOnly date, byte[]? logo = null)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(complaint);
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(organisation.ContactPhone))
        {
            lines.Add((language == "en" ? "Phone " : "Telefoon ") + organisation.ContactPhone);
        }

        if (!string.IsNullOrWhiteSpace(organisation.ContactEmail))
        {
            lines.Add(organisation.ContactEmail);
        }

        return new LetterDocument(organisation.Name, lines, recipientLines, complaint.Reference.ToString(), date, language, subject, body, logo);
    }

    /// <summary>The complainant's postal address as letter lines; empty when it is not known.</summary>
    public static IReadOnlyList<string> PostalAddress(Complainant complainant)
    {
        ArgumentNullException.ThrowIfNull(complainant);
        if (complainant.Street is null || complainant.City is null)
        {
            return [];
        }

        return [complainant.Street, $"{complainant.PostalCode} {complainant.City}".Trim()];
    }
}
