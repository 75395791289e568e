using PdfSharp.Fonts;

namespace Gehoord.Web.Features.Letters.Documents;

/// <summary>
/// Gives PDFsharp the Atkinson Hyperlegible files that ship inside the app. PDFsharp's Core build
/// finds no system fonts on Linux, and a letter must look the same on every server, so the font
/// comes from the assembly and is embedded in every PDF.
/// </summary>
public sealed class LetterFontResolver : IFontResolver
{
    public const string FamilyName = "Atkinson Hyperlegible";

    private const string RegularFace = "AtkinsonHyperlegible-Regular";
    private const string BoldFace = "AtkinsonHyperlegible-Bold";
    private const string ResourcePrefix = "Gehoord.Web.Letters.Fonts.";

    private static readonly Lock Gate = new();
    private static readonly Lazy<byte[]> Regular = new(() => Load("AtkinsonHyperlegible_400Regular.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("AtkinsonHyperlegible_700Bold.ttf"));
    private static bool _registered;

    private LetterFontResolver()
    {
    }

    /// <summary>The one instance: PDFsharp accepts a resolver once and only the same one again.</summary>
    public static LetterFontResolver Instance { get; } = new();

    /// <summary>
    /// Makes this the global resolver. Safe to call from every render and from parallel tests:
    /// PDFsharp refuses a second, different resolver once fonts were used, so it is set only once.
    /// </summary>
    public static void Register()
    {
        if (Volatile.Read(ref _registered))
        {
            return;
        }

        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (current is not LetterFontResolver)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has the font resolver {current.GetType().Name}; letters need {nameof(LetterFontResolver)}.");
            }

            Volatile.Write(ref _registered, true);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The app ships no italic face; PDFsharp slants the upright one when asked.
        return new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);
    }

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => Regular.Value,
        BoldFace => Bold.Value,
        _ => null,
    };

    private static byte[] Load(string fileName)
    {
        using var stream = typeof(LetterFontResolver).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The font {fileName} is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
