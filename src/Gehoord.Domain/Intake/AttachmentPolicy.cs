using System.Buffers;
using System.Globalization;
using System.Text;

namespace Gehoord.Domain.Intake;

/// <summary>The file types a citizen can attach. Everything else is refused.</summary>
public enum AttachmentKind
{
    Jpeg,
    Png,
    Gif,
    Webp,
    Heic,
    Pdf,
}

/// <summary>
/// The verdict on one attachment. <paramref name="Problem"/> is a sentence for the citizen, naming
/// the file. <paramref name="FileName"/> is the safe name to store, with the extension that fits
/// the content (null when refused).
/// </summary>
public sealed record AttachmentCheck(bool Accepted, AttachmentKind? Kind, string? ContentType, string? Problem, string? FileName = null);

/// <summary>
/// What a citizen may attach to a complaint: photos and PDFs, checked on their bytes, never on the
/// name alone, because a name is whatever the sender typed.
/// </summary>
public static class AttachmentPolicy
{
    public const int MaxFiles = 5;
    public const long MaxFileBytes = MaxFileMegabytes * 1024 * 1024;
    public const long MaxTotalBytes = MaxTotalMegabytes * 1024 * 1024;
    public const int MaxFileMegabytes = 10;
    public const int MaxTotalMegabytes = 25;

    /// <summary>The number of bytes of a file that <see cref="Check"/> needs to recognise it.</summary>
    public const int HeaderLength = 16;

    public const int MaxFileNameLength = 120;

    private const string FallbackName = "bijlage";
    private const int MaxExtensionLength = 5;
    private const double BytesPerMegabyte = 1024 * 1024;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly SearchValues<char> LettersAndDigits =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    // Characters Windows refuses in names; replaced so the name survives a download on any system.
    private static readonly SearchValues<char> Forbidden = SearchValues.Create("<>:\"|?*");

    public static string LimitsInDutch { get; } =
        $"U kunt maximaal {MaxFiles} bestanden toevoegen: foto's (JPG, PNG, GIF, WEBP of HEIC) of PDF. "
        + $"Elk bestand is maximaal {MaxFileMegabytes} MB, samen maximaal {MaxTotalMegabytes} MB.";

    public static string LimitsInEnglish { get; } =
        $"You can add up to {MaxFiles} files: photos (JPG, PNG, GIF, WEBP or HEIC) or PDF. "
        + $"Each file can be up to {MaxFileMegabytes} MB, {MaxTotalMegabytes} MB in total.";

    /// <summary>
    /// Checks one file. <paramref name="header"/> holds the first bytes of the file (at least
    /// <see cref="HeaderLength"/> when the file is that long); the kind is read from them. Given
    /// the whole file, it also refuses a file that is two formats at once.
    /// </summary>
    /// <remarks>
    /// When the name says one thing and the bytes another ("foto.jpg" that is really a PDF), the
    /// file is accepted on its content: citizens rename files by accident and phones save HEIC
    /// photos as ".jpg", and refusing them would put up a threshold for nothing. What is stored
    /// comes from the bytes only: the content type, and a name whose extension is corrected, so
    /// nobody downstream opens the file as something it is not. A file whose bytes are none of
    /// the allowed kinds is refused whatever its name says.
    /// </remarks>
    public static AttachmentCheck Check(string fileName, long length, ReadOnlySpan<byte> header, bool english = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var name = SafeFileName(fileName);

        if (length == 0)
        {
            return Refused(english
                ? $"The file '{name}' is empty. Please choose another file."
                : $"Het bestand '{name}' is leeg. Kies een ander bestand.");
        }

        if (length > MaxFileBytes)
        {
            var size = Megabytes(length, english);
            return Refused(english
                ? $"The file '{name}' is too large ({size}). A file can be up to {MaxFileMegabytes} MB."
                : $"Het bestand '{name}' is te groot ({size}). Een bestand mag maximaal {MaxFileMegabytes} MB zijn.");
        }

        if (Detect(header) is not { } kind)
        {
            return Refused(english
                ? $"The file '{name}' is not a photo or PDF. You can only add photos (JPG, PNG, GIF, WEBP, HEIC) and PDF files."
                : $"Het bestand '{name}' is geen foto of PDF. U kunt alleen foto's (JPG, PNG, GIF, WEBP, HEIC) en PDF-bestanden toevoegen.");
        }

        if (AlsoAnotherFormat(header, kind))
        {
            return Refused(english
                ? $"The file '{name}' is a {ExtensionOf(kind)[1..].ToUpperInvariant()} and another kind of file at the same time. We do not accept such files. Save it again as a photo or PDF and try once more."
                : $"Het bestand '{name}' is een {ExtensionOf(kind)[1..].ToUpperInvariant()} en tegelijk een ander soort bestand. Zulke bestanden nemen we niet aan. Sla het opnieuw op als foto of PDF en probeer het nog eens.");
        }

        return new AttachmentCheck(true, kind, ContentTypeOf(kind, header), null, WithFittingExtension(name, kind));
    }

    /// <summary>
    /// Whether <paramref name="content"/> (the whole file) is, next to <paramref name="kind"/>,
    /// also a PDF or a ZIP archive (which includes Office files and Java archives). Such a
    /// polyglot opens as a harmless photo in one program and as something else in another, so
    /// it is refused. PDF readers look for "%PDF-" in the first 1024 bytes; ZIP readers read
    /// the end-of-central-directory record at the end, whose comment must end the file exactly.
    /// </summary>
    public static bool AlsoAnotherFormat(ReadOnlySpan<byte> content, AttachmentKind kind)
    {
        if (kind != AttachmentKind.Pdf && content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return true;
        }

        const int EndRecordLength = 22;
        var searchFrom = Math.Max(0, content.Length - EndRecordLength - ushort.MaxValue);
        for (var at = content.Length - EndRecordLength; at >= searchFrom; at--)
        {
            if (content[at..].StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06])
                && at + EndRecordLength + (content[at + 20] | (content[at + 21] << 8)) == content.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks the whole set a citizen attaches. Null when it is fine, otherwise a message for the citizen.</summary>
    public static string? CheckSet(IReadOnlyList<(string FileName, long Length)> files, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<string>();
        if (files.Count > MaxFiles)
        {
            problems.Add(english
                ? $"You chose {files.Count} files. You can add up to {MaxFiles} files."
                : $"U hebt {files.Count} bestanden gekozen. U kunt maximaal {MaxFiles} bestanden toevoegen.");
        }

        long total = 0;
        foreach (var (_, length) in files)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(length);

            // Saturate instead of overflowing: the answer only needs to be "too large".
            total = length > long.MaxValue - total ? long.MaxValue : total + length;
        }

        if (total > MaxTotalBytes)
        {
            var size = Megabytes(total, english);
            problems.Add(english
                ? $"Together the files are too large ({size}). Together they can be up to {MaxTotalMegabytes} MB."
                : $"De bestanden zijn samen te groot ({size}). Samen mogen ze maximaal {MaxTotalMegabytes} MB zijn.");
        }

        return problems.Count == 0 ? null : string.Join(' ', problems);
    }

    /// <summary>
    /// The bare name to store and show: no folders (a browser or mail client may send a full
    /// path, and "../" must never reach the file system), no control or invisible formatting
    /// characters (a right-to-left override can make "gpj.exe" look like "exe.jpg"), at most
    /// <see cref="MaxFileNameLength"/> characters with the extension kept, and never empty.
    /// </summary>
    public static string SafeFileName(string fileName)
    {
        var bare = fileName ?? string.Empty;
        var lastSeparator = bare.AsSpan().LastIndexOfAny('/', '\\');
        if (lastSeparator >= 0)
        {
            bare = bare[(lastSeparator + 1)..];
        }

        var builder = new StringBuilder(bare.Length);
        foreach (var c in bare.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            builder.Append(Forbidden.Contains(c) ? '_' : c);
        }

        // Leading dots would hide the file on Unix ("..", ".htaccess"); trailing dots and spaces
        // are dropped by Windows. A drive letter without a backslash ("C:foto.jpg") became "C_foto.jpg" above.
        var cleaned = builder.ToString().Trim().Trim('.').Trim();
        if (cleaned.Length == 0)
        {
            return FallbackName;
        }

        var (stem, extension) = Split(cleaned);
        return Join(stem.Length == 0 ? FallbackName : stem, extension);
    }

    /// <summary>The kind the bytes say this is, or null when it is none of the allowed kinds.</summary>
    public static AttachmentKind? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return AttachmentKind.Jpeg;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return AttachmentKind.Png;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return AttachmentKind.Gif;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return AttachmentKind.Webp;
        }

        if (HeifBrand(header) is not null)
        {
            return AttachmentKind.Heic;
        }

        // Strictly at the start: readers tolerate junk before "%PDF-", but such a file could be
        // something else at the same time, so it is refused.
        if (header.StartsWith("%PDF-"u8))
        {
            return AttachmentKind.Pdf;
        }

        return null;
    }

    public static string ExtensionOf(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Jpeg => ".jpg",
        AttachmentKind.Png => ".png",
        AttachmentKind.Gif => ".gif",
        AttachmentKind.Webp => ".webp",
        AttachmentKind.Heic => ".heic",
        AttachmentKind.Pdf => ".pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string ContentTypeOf(AttachmentKind kind, ReadOnlySpan<byte> header) => kind switch
    {
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Gif => "image/gif",
        AttachmentKind.Webp => "image/webp",
        AttachmentKind.Heic => HeifBrand(header) switch
        {
            "heic" or "heix" => "image/heic",
            "hevc" => "image/heic-sequence",
            "msf1" => "image/heif-sequence",
            _ => "image/heif",
        },
        AttachmentKind.Pdf => "application/pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // ISO base media file: a box size (4 bytes), then "ftyp" and the major brand.
    private static string? HeifBrand(ReadOnlySpan<byte> header)
    {
        if (header.Length < 12 || !header[4..8].SequenceEqual("ftyp"u8))
        {
            return null;
        }

        var brand = Encoding.ASCII.GetString(header[8..12]);
        return brand is "heic" or "heix" or "hevc" or "mif1" or "msf1" ? brand : null;
    }

    private static bool FitsKind(string extension, AttachmentKind kind) => extension.ToUpperInvariant() switch
    {
        ".JPG" or ".JPEG" or ".JPE" or ".JFIF" => kind == AttachmentKind.Jpeg,
        ".PNG" => kind == AttachmentKind.Png,
        ".GIF" => kind == AttachmentKind.Gif,
        ".WEBP" => kind == AttachmentKind.Webp,
        ".HEIC" or ".HEIF" => kind == AttachmentKind.Heic,
        ".PDF" => kind == AttachmentKind.Pdf,
        _ => false,
    };

    private static string WithFittingExtension(string safeName, AttachmentKind kind)
    {
        var (stem, extension) = Split(safeName);
        if (FitsKind(extension, kind))
        {
            return safeName;
        }

        // The wrong extension is replaced, not kept in front ("foto.jpg.pdf"), so the name shows one kind only.
        return Join(stem.Length == 0 ? FallbackName : stem, ExtensionOf(kind));
    }

    // Only a short run of letters and digits with at least one letter counts as an extension,
    // so a name like "brief van 12.03" does not lose its end.
    private static (string Stem, string Extension) Split(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && IsExtension(name.AsSpan(dot + 1)) ? (name[..dot], name[dot..]) : (name, string.Empty);
    }

    private static bool IsExtension(ReadOnlySpan<char> extension) =>
        extension.Length is > 0 and <= MaxExtensionLength
        && !extension.ContainsAnyExcept(LettersAndDigits)
        && extension.ContainsAnyExceptInRange('0', '9');

    private static string Join(string stem, string extension)
    {
        var room = MaxFileNameLength - extension.Length;
        if (stem.Length > room)
        {
            // Do not cut a surrogate pair in half: half an emoji is not valid text.
            var cut = char.IsHighSurrogate(stem[room - 1]) ? room - 1 : room;
            stem = stem[..cut].TrimEnd();
        }

        return stem + extension;
    }

    private static string Megabytes(long bytes, bool english)
    {
        // Rounded up, so a file just over the limit never shows as exactly the limit.
        var megabytes = Math.Ceiling(bytes / BytesPerMegabyte * 10) / 10;
        return megabytes.ToString("0.#", english ? English : Dutch) + " MB";
    }

    private static AttachmentCheck Refused(string problem) => new(false, null, null, problem);
}
