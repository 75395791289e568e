using System.Globalization;
using System.Text;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;

namespace Gehoord.Domain.Letters;

/// <summary>
/// A letter template as Gehoord ships it: plain text with <c>{naam}</c> placeholders from
/// <see cref="LetterPlaceholders"/>. The body runs from salutation to signature; paragraphs
/// are separated by one blank line, a single line break stays a line break, and lines that
/// start with "- " are bullet items. Date, reference and address are the renderer's job.
/// </summary>
public sealed record LetterTemplateText(string Subject, string Body);

/// <summary>
/// The texts an organisation starts with, per jurisdiction profile, letter kind, recipient and
/// language. They are written at B1 (docs/rules.md §5) and carry what the law and the ombudsman ask
/// of each letter (docs/rules.md §1, §2, §6), so an organisation that changes nothing still sends
/// good letters. <see cref="JurisdictionProfileCode.Custom"/> borrows the NL-Awb texts because
/// organisations outside the laws mostly model their rules on the Awb; they edit from there.
/// English is for complainants who do not read Dutch; respondents are colleagues and get Dutch.
/// </summary>
public static partial class DefaultLetterTemplates
{
    private static readonly Dictionary<(JurisdictionProfileCode Profile, LetterKind Kind, LetterRecipient Recipient, string Language), LetterTemplateText> Texts = Build();

    /// <summary>Every combination <see cref="For"/> has a text for, Custom included.</summary>
    public static IReadOnlyList<(JurisdictionProfileCode Profile, LetterKind Kind, LetterRecipient Recipient, string Language)> All { get; } =
        Texts.Keys
            .Concat(Texts.Keys.Where(k => k.Profile == JurisdictionProfileCode.NlAwb).Select(k => k with { Profile = JurisdictionProfileCode.Custom }))
            .OrderBy(k => k.Profile)
            .ThenByDescending(k => k.Language, StringComparer.Ordinal)
            .ThenBy(k => k.Recipient)
            .ThenBy(k => k.Kind)
            .ToList();

    /// <summary>The shipped text, or null when Gehoord has none for this combination (an English letter to a respondent, say).</summary>
    public static LetterTemplateText? For(JurisdictionProfileCode profile, LetterKind kind, LetterRecipient recipient, string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var code = language.Trim().ToLowerInvariant();
        var source = profile == JurisdictionProfileCode.Custom ? JurisdictionProfileCode.NlAwb : profile;
        return Texts.GetValueOrDefault((source, kind, recipient, code));
    }

    /// <summary>
    /// The readability of every shipped text, filled with <see cref="PlaceholderExamples"/>, as
    /// a markdown table. Custom is left out because its texts are the NL-Awb ones.
    /// </summary>
    public static string ScoreTable()
    {
        var table = new StringBuilder();
        table.Append("| profile | kind | recipient | language | score |\n");
        table.Append("|---|---|---|---|---|\n");
        foreach (var (profile, kind, recipient, language) in All.Where(k => k.Profile != JurisdictionProfileCode.Custom))
        {
            var score = Readability.Score(Filled(profile, kind, recipient, language), language);
            table.Append(CultureInfo.InvariantCulture, $"| {ProfileName(profile)} | {kind} | {recipient} | {language} | {score:0.0} |\n");
        }

        return table.ToString();
    }

    /// <summary>Subject and body filled with the example values: the letter as a reader would see it.</summary>
    internal static string Filled(JurisdictionProfileCode profile, LetterKind kind, LetterRecipient recipient, string language)
    {
        var template = For(profile, kind, recipient, language)
            ?? throw new ArgumentException($"No template for {profile} {kind} {recipient} {language}.", nameof(profile));
        var examples = PlaceholderExamples.For(language);
        return LetterPlaceholders.Fill(template.Subject, examples) + "\n\n" + LetterPlaceholders.Fill(template.Body, examples);
    }

    private static string ProfileName(JurisdictionProfileCode profile) => profile switch
    {
        JurisdictionProfileCode.NlAwb => "NL-Awb",
        JurisdictionProfileCode.VlBestuursdecreet => "VL-Bestuursdecreet",
        _ => profile.ToString(),
    };

    private static Dictionary<(JurisdictionProfileCode, LetterKind, LetterRecipient, string), LetterTemplateText> Build()
    {
        var texts = new Dictionary<(JurisdictionProfileCode, LetterKind, LetterRecipient, string), LetterTemplateText>();
        AddNetherlands(texts);
        AddFlanders(texts);
        AddEnglish(texts);
        return texts;
    }
}
