using Gehoord.Domain.Intake;

namespace Gehoord.Domain.Tests.Intake;

public sealed class AttachmentPolicyTests
{
    private const long Small = 20_000;

    public static TheoryData<string, string, AttachmentKind, string> RealHeaders => new()
    {
        { "foto.jpg", "FF D8 FF E0 00 10 4A 46 49 46 00 01 01 00 00 01", AttachmentKind.Jpeg, "image/jpeg" },
        { "foto.png", "89 50 4E 47 0D 0A 1A 0A 00 00 00 0D 49 48 44 52", AttachmentKind.Png, "image/png" },
        { "foto.gif", "47 49 46 38 39 61 01 00 01 00 80 00 00 FF FF FF", AttachmentKind.Gif, "image/gif" },
        { "oud.gif", "47 49 46 38 37 61 01 00 01 00 80 00 00 FF FF FF", AttachmentKind.Gif, "image/gif" },
        { "foto.webp", "52 49 46 46 24 00 00 00 57 45 42 50 56 50 38 20", AttachmentKind.Webp, "image/webp" },
        { "IMG_0001.HEIC", "00 00 00 18 66 74 79 70 68 65 69 63 00 00 00 00", AttachmentKind.Heic, "image/heic" },
        { "foto.heic", "00 00 00 1C 66 74 79 70 68 65 69 78 00 00 00 00", AttachmentKind.Heic, "image/heic" },
        { "reeks.heic", "00 00 00 1C 66 74 79 70 68 65 76 63 00 00 00 00", AttachmentKind.Heic, "image/heic-sequence" },
        { "foto.heif", "00 00 00 1C 66 74 79 70 6D 69 66 31 00 00 00 00", AttachmentKind.Heic, "image/heif" },
        { "reeks.heif", "00 00 00 1C 66 74 79 70 6D 73 66 31 00 00 00 00", AttachmentKind.Heic, "image/heif-sequence" },
        { "brief.pdf", "25 50 44 46 2D 31 2E 37 0A 25 E2 E3 CF D3 0A 31", AttachmentKind.Pdf, "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(RealHeaders))]
    public void Every_allowed_kind_is_recognised_from_its_bytes(string name, string hex, AttachmentKind kind, string contentType)
    {
        var check = AttachmentPolicy.Check(name, Small, Bytes(hex));

        Assert.True(check.Accepted);
        Assert.Equal(kind, check.Kind);
        Assert.Equal(contentType, check.ContentType);
        Assert.Null(check.Problem);
        Assert.Equal(name, check.FileName);
    }

    [Fact]
    public void A_pdf_named_jpg_is_accepted_as_pdf_with_the_extension_fixed()
    {
        var check = AttachmentPolicy.Check("foto.jpg", Small, "%PDF-1.4\n%âãÏÓ\n1 0"u8);

        Assert.True(check.Accepted);
        Assert.Equal(AttachmentKind.Pdf, check.Kind);
        Assert.Equal("application/pdf", check.ContentType);
        Assert.Equal("foto.pdf", check.FileName);
    }

    [Theory]
    [InlineData("foto.exe", "foto.jpg")]
    [InlineData("foto", "foto.jpg")]
    [InlineData("foto.JPEG", "foto.JPEG")]
    [InlineData("scan 12.03", "scan 12.03.jpg")]
    public void The_stored_name_gets_the_extension_of_the_content(string name, string stored) =>
        Assert.Equal(stored, AttachmentPolicy.Check(name, Small, Bytes("FF D8 FF E1 00 10 45 78 69 66 00 00 4D 4D 00 2A")).FileName);

    [Theory]
    [InlineData("virus.exe", "4D 5A 90 00 03 00 00 00 04 00 00 00 FF FF 00 00")]
    [InlineData("foto.jpg", "4D 5A 90 00 03 00 00 00 04 00 00 00 FF FF 00 00")]
    [InlineData("archief.zip", "50 4B 03 04 14 00 00 00 08 00 00 00 00 00 00 00")]
    [InlineData("tekening.svg", "3C 73 76 67 20 78 6D 6C 6E 73 3D 22 68 74 74 70")]
    [InlineData("pagina.html", "3C 21 44 4F 43 54 59 50 45 20 68 74 6D 6C 3E 0A")]
    [InlineData("film.avi", "52 49 46 46 24 00 00 00 41 56 49 20 4C 49 53 54")]
    [InlineData("film.mp4", "00 00 00 18 66 74 79 70 69 73 6F 6D 00 00 02 00")]
    [InlineData("laat.pdf", "0A 25 50 44 46 2D 31 2E 37 0A 25 E2 E3 CF D3 0A")]
    [InlineData("kort.jpg", "FF D8")]
    public void Content_that_is_no_photo_or_pdf_is_refused_whatever_the_name(string name, string hex)
    {
        var check = AttachmentPolicy.Check(name, Small, Bytes(hex));

        Assert.False(check.Accepted);
        Assert.Null(check.Kind);
        Assert.Null(check.ContentType);
        Assert.Equal(
            $"Het bestand '{name}' is geen foto of PDF. U kunt alleen foto's (JPG, PNG, GIF, WEBP, HEIC) en PDF-bestanden toevoegen.",
            check.Problem);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var check = AttachmentPolicy.Check("foto.jpg", 0, []);

        Assert.False(check.Accepted);
        Assert.Equal("Het bestand 'foto.jpg' is leeg. Kies een ander bestand.", check.Problem);
    }

    [Fact]
    public void A_file_of_exactly_the_maximum_size_is_accepted() =>
        Assert.True(AttachmentPolicy.Check("foto.jpg", AttachmentPolicy.MaxFileBytes, Bytes("FF D8 FF E0")).Accepted);

    [Fact]
    public void A_file_one_byte_over_the_maximum_is_refused_and_does_not_look_like_10_MB()
    {
        var check = AttachmentPolicy.Check("foto.jpg", AttachmentPolicy.MaxFileBytes + 1, Bytes("FF D8 FF E0"));

        Assert.False(check.Accepted);
        Assert.Equal("Het bestand 'foto.jpg' is te groot (10,1 MB). Een bestand mag maximaal 10 MB zijn.", check.Problem);
    }

    [Fact]
    public void Problems_can_be_in_english()
    {
        Assert.Equal(
            "The file 'foto.exe' is not a photo or PDF. You can only add photos (JPG, PNG, GIF, WEBP, HEIC) and PDF files.",
            AttachmentPolicy.Check("foto.exe", Small, Bytes("4D 5A 90 00"), english: true).Problem);
        Assert.Equal(
            "The file 'foto.jpg' is too large (12.5 MB). A file can be up to 10 MB.",
            AttachmentPolicy.Check("foto.jpg", 12L * 1024 * 1024 + (512 * 1024), Bytes("FF D8 FF E0"), english: true).Problem);
        Assert.Equal("The file 'x.pdf' is empty. Please choose another file.", AttachmentPolicy.Check("x.pdf", 0, [], english: true).Problem);
    }

    [Fact]
    public void The_problem_names_the_safe_name_not_the_path()
    {
        var check = AttachmentPolicy.Check("../../etc/passwd", Small, "root:x:0:0:root:/root:/bin/bash"u8);

        Assert.False(check.Accepted);
        Assert.StartsWith("Het bestand 'passwd' is geen foto of PDF.", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_length_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AttachmentPolicy.Check("foto.jpg", -1, Bytes("FF D8 FF")));

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\temp\\foto.jpg", "foto.jpg")]
    [InlineData("\\\\server\\share\\brief.pdf", "brief.pdf")]
    [InlineData("map/sub\\foto.png", "foto.png")]
    [InlineData("..", "bijlage")]
    [InlineData("../", "bijlage")]
    [InlineData("", "bijlage")]
    [InlineData("   ", "bijlage")]
    [InlineData(".jpg", "jpg")]
    [InlineData(".htaccess", "htaccess")]
    [InlineData("foto\u0000.jpg", "foto.jpg")]
    [InlineData("foto\r\n.jpg", "foto.jpg")]
    [InlineData("gpj\u202E.exe", "gpj.exe")]
    [InlineData("C:foto.jpg", "C_foto.jpg")]
    [InlineData("wat?<>|*\".jpg", "wat______.jpg")]
    [InlineData("foto. ", "foto")]
    [InlineData("Straat in Wezembeek-Oppem, België.jpg", "Straat in Wezembeek-Oppem, België.jpg")]
    public void Safe_file_name_is_the_bare_harmless_name(string input, string expected) =>
        Assert.Equal(expected, AttachmentPolicy.SafeFileName(input));

    [Fact]
    public void Safe_file_name_is_never_empty_even_for_null() =>
        Assert.Equal("bijlage", AttachmentPolicy.SafeFileName(null!));

    [Fact]
    public void A_long_name_is_cut_to_120_characters_keeping_the_extension()
    {
        var safe = AttachmentPolicy.SafeFileName(new string('a', 300) + ".jpeg");

        Assert.Equal(AttachmentPolicy.MaxFileNameLength, safe.Length);
        Assert.EndsWith("a.jpeg", safe, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_name_is_not_cut_inside_a_surrogate_pair()
    {
        // 115 letters then emoji: the cut at 116 would fall between the two halves of the emoji.
        var safe = AttachmentPolicy.SafeFileName(new string('a', 115) + "😀😀😀.pdf");

        Assert.True(safe.Length <= AttachmentPolicy.MaxFileNameLength);
        Assert.EndsWith(".pdf", safe, StringComparison.Ordinal);
        for (var i = 0; i < safe.Length; i++)
        {
            if (char.IsHighSurrogate(safe[i]))
            {
                Assert.True(i + 1 < safe.Length && char.IsLowSurrogate(safe[i + 1]));
            }
        }
    }

    [Fact]
    public void A_long_name_whose_extension_is_fixed_stays_within_the_limit()
    {
        var check = AttachmentPolicy.Check(new string('b', 200) + ".x", Small, Bytes("47 49 46 38 39 61"));

        Assert.Equal(AttachmentPolicy.MaxFileNameLength, check.FileName!.Length);
        Assert.EndsWith("b.gif", check.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_within_the_limits_is_fine()
    {
        Assert.Null(AttachmentPolicy.CheckSet([]));
        Assert.Null(AttachmentPolicy.CheckSet(
        [
            ("a.jpg", 5 * 1024 * 1024), ("b.jpg", 5 * 1024 * 1024), ("c.jpg", 5 * 1024 * 1024),
            ("d.jpg", 5 * 1024 * 1024), ("e.jpg", 5 * 1024 * 1024),
        ]));
    }

    [Fact]
    public void A_sixth_file_is_too_many()
    {
        var files = Enumerable.Range(1, 6).Select(i => ($"{i}.jpg", 1000L)).ToList();

        Assert.Equal("U hebt 6 bestanden gekozen. U kunt maximaal 5 bestanden toevoegen.", AttachmentPolicy.CheckSet(files));
        Assert.Equal("You chose 6 files. You can add up to 5 files.", AttachmentPolicy.CheckSet(files, english: true));
    }

    [Fact]
    public void One_byte_over_the_total_is_too_large()
    {
        var files = new List<(string, long)> { ("a.pdf", 10 * 1024 * 1024), ("b.pdf", 10 * 1024 * 1024), ("c.pdf", (5 * 1024 * 1024) + 1) };

        Assert.Equal("De bestanden zijn samen te groot (25,1 MB). Samen mogen ze maximaal 25 MB zijn.", AttachmentPolicy.CheckSet(files));
    }

    [Fact]
    public void Both_problems_are_named_and_huge_totals_do_not_overflow()
    {
        var files = Enumerable.Range(1, 7).Select(i => ($"{i}.jpg", long.MaxValue / 2)).ToList();

        var problem = AttachmentPolicy.CheckSet(files);

        Assert.NotNull(problem);
        Assert.Contains("7 bestanden", problem, StringComparison.Ordinal);
        Assert.Contains("samen te groot", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limits_hint_states_the_numbers_the_policy_enforces()
    {
        Assert.Equal(
            "U kunt maximaal 5 bestanden toevoegen: foto's (JPG, PNG, GIF, WEBP of HEIC) of PDF. Elk bestand is maximaal 10 MB, samen maximaal 25 MB.",
            AttachmentPolicy.LimitsInDutch);
        Assert.Equal(
            "You can add up to 5 files: photos (JPG, PNG, GIF, WEBP or HEIC) or PDF. Each file can be up to 10 MB, 25 MB in total.",
            AttachmentPolicy.LimitsInEnglish);
        Assert.Equal(10L * 1024 * 1024, AttachmentPolicy.MaxFileBytes);
        Assert.Equal(25L * 1024 * 1024, AttachmentPolicy.MaxTotalBytes);
    }

    [Fact]
    public void A_program_name_holding_a_PDF_is_stored_with_the_PDF_extension()
    {
        var check = AttachmentPolicy.Check("setup.exe", Small, "%PDF-1.7\n%âãÏÓ\n"u8);

        Assert.True(check.Accepted);
        Assert.Equal("setup.pdf", check.FileName);
    }

    [Fact]
    public void A_JPEG_that_is_also_a_PDF_is_refused()
    {
        byte[] content = [.. Bytes("FF D8 FF E0 00 10 4A 46 49 46 00 01"), .. "%PDF-1.4\n"u8.ToArray()];

        var check = AttachmentPolicy.Check("foto.jpg", content.Length, content);

        Assert.False(check.Accepted);
        Assert.Equal("Het bestand 'foto.jpg' is een JPG en tegelijk een ander soort bestand. Zulke bestanden nemen we niet aan. Sla het opnieuw op als foto of PDF en probeer het nog eens.", check.Problem);
    }

    [Fact]
    public void A_PDF_that_is_also_a_ZIP_is_refused_by_its_end_record()
    {
        // A ZIP end-of-central-directory record with a 2-byte comment that ends the file exactly.
        byte[] content = [.. "%PDF-1.4\n%%EOF\n"u8.ToArray(), .. Bytes("50 4B 05 06 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 02 00 41 42")];

        Assert.True(AttachmentPolicy.AlsoAnotherFormat(content, AttachmentKind.Pdf));
        Assert.False(AttachmentPolicy.Check("brief.pdf", content.Length, content).Accepted);
    }

    [Fact]
    public void The_ZIP_signature_inside_a_photo_that_does_not_end_it_is_no_ZIP()
    {
        byte[] content = [.. Bytes("FF D8 FF E0 00 10 4A 46 49 46 00 01"), .. Bytes("50 4B 05 06 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 09 00 41 42"), .. Bytes("FF D9")];

        Assert.False(AttachmentPolicy.AlsoAnotherFormat(content, AttachmentKind.Jpeg));
        Assert.True(AttachmentPolicy.Check("foto.jpg", content.Length, content).Accepted);
    }

    private static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));
}
