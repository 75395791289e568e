namespace Gehoord.Web.Features.Letters.Documents;

/// <summary>
/// Everything a letter needs, independent of how it goes out (PDF, Word or e-mail), so the three
/// renderers cannot drift apart in what they say.
/// </summary>
/// <param name="OrganisationName">Shown as the letterhead and used as the document author.</param>
/// <param name="OrganisationLines">Contact lines under the name (phone, e-mail, website); may be empty.</param>
/// <param name="RecipientLines">Name and address as a window envelope shows it; may be just a name.</param>
/// <param name="Reference">The complaint's reference, e.g. "2026-0012".</param>
/// <param name="Date">The date the letter carries.</param>
/// <param name="Language">"nl" or "en"; anything else is treated as Dutch.</param>
/// <param name="Subject">The subject line, also the document title.</param>
/// <param name="Body">
/// Plain text: paragraphs separated by a blank line, a single newline is a line break inside a
/// paragraph, lines starting with "- " are bullet items (see <see cref="LetterBody"/>).
/// </param>
/// <param name="Logo">The organisation's letterhead logo (PNG or JPEG), or null; the PDF prints it top right.</param>
public sealed record LetterDocument(
    string OrganisationName,
    IReadOnlyList<string> OrganisationLines,
    IReadOnlyList<string> RecipientLines,
    string Reference,
    DateOnly Date,
    string Language,
    string Subject,
    string Body,
    byte[]? Logo = null)
{
    public bool IsEnglish => string.Equals(Language, "en", StringComparison.OrdinalIgnoreCase);
}
