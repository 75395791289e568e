using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Letters;

namespace Gehoord.Web.Features.Letters.Templates;

/// <summary>Which letter templates an organisation has: the default set of its profile, each possibly with own versions.</summary>
public static class TemplateQueries
{
    public sealed record Slot(LetterKind Kind, LetterRecipient Recipient, string Language);

    public static IReadOnlyList<Slot> Slots(JurisdictionProfileCode code) =>
        [.. DefaultLetterTemplates.All
            .Where(t => t.Profile == code)
            .Select(t => new Slot(t.Kind, t.Recipient, t.Language))
            .Distinct()
            .OrderBy(s => s.Language == "en")
            .ThenBy(s => s.Kind)
            .ThenBy(s => s.Recipient)];

    public static string LanguageName(string language) => language == "en" ? "Engels" : "Nederlands";
}
