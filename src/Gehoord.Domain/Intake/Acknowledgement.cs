using System.Globalization;
using System.Text;

namespace Gehoord.Domain.Intake;

/// <summary>
/// What the acknowledgement of receipt needs to know. <paramref name="ComplaintSummary"/> is the
/// citizen's own words; <paramref name="HandlingTerm"/> is the term in words ("6 weken"),
/// already the committee term when <paramref name="AdvisoryCommittee"/> is set.
/// For an English letter, <paramref name="HandlingTerm"/> and <paramref name="OmbudsmanName"/>
/// are already in English ("6 weeks", "the National Ombudsman").
/// <paramref name="CommitteeTakesLonger"/> is false where the profile gives a committee no
/// extra time (the Flemish decree), so the letter does not say that handling takes longer.
/// </summary>
public sealed record AcknowledgementFacts(
    string OrganisationName,
    string ReferenceNumber,
    string TrackingCode,
    DateOnly ReceivedOn,
    string ComplaintSummary,
    string? ComplainantName,
    DateOnly HandlingDueOn,
    string HandlingTerm,
    bool AdvisoryCommittee,
    string ContactName,
    string? ContactPhone,
    string? ContactEmail,
    string StatusUrl,
    string OmbudsmanName,
    bool English = false,
    bool CommitteeTakesLonger = true);

public sealed record Letter(string Subject, string Salutation, IReadOnlyList<string> Paragraphs, string Closing);

/// <summary>
/// The written confirmation of receipt (Awb 9:6, Bestuursdecreet II.83). Beyond "we got it", it
/// tells the citizen what happens next, by when, who to call and how to follow the case, and
/// that the door to the ombudsman stays open (docs/rules.md §6). With an advisory committee it says
/// so, as Awb 9:13 requires.
/// </summary>
public static class AcknowledgementLetter
{
    /// <summary>The summary is quoted up to about this many characters, so the letter stays short.</summary>
    public const int MaxSummaryLength = 300;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static Letter Compose(AcknowledgementFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.English ? ComposeEnglish(facts) : ComposeDutch(facts);
    }

    /// <summary>
    /// What an acknowledgement says when an advisory committee handles the complaint (Awb 9:13),
    /// here and in the letter templates' <c>{adviescommissie}</c>. "It takes longer" only where
    /// the profile gives a committee more time (NL: 10 weeks, not 6; the Flemish decree keeps 45 days).
    /// </summary>
    public static string CommitteeParagraph(bool english, bool takesLonger) => english
        ? "An independent committee will advise us on your complaint. This is the complaints advisory committee (klachtadviescommissie). "
            + "The committee may invite you for a talk." + (takesLonger ? " That is why handling takes longer." : string.Empty)
        : "Een onafhankelijke commissie geeft ons advies over uw klacht. Dit is de klachtadviescommissie. "
            + "De commissie nodigt u misschien uit voor een gesprek." + (takesLonger ? " Daarom duurt de behandeling langer." : string.Empty);

    /// <summary>For e-mail bodies: salutation, blank line, paragraphs separated by blank lines, closing.</summary>
    public static string ToPlainText(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var text = new StringBuilder();
        text.Append(letter.Salutation).Append("\n\n");
        foreach (var paragraph in letter.Paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        text.Append(letter.Closing).Append('\n');
        return text.ToString();
    }

    /// <summary>
    /// The citizen's words on one line, shortened on a word boundary with "…" when longer than
    /// <see cref="MaxSummaryLength"/>. Never cuts inside a word unless one word is that long.
    /// </summary>
    public static string ShortenSummary(string summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var oneLine = string.Join(' ', summary.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= MaxSummaryLength)
        {
            return oneLine;
        }

        var cut = oneLine.LastIndexOf(' ', MaxSummaryLength);
        if (cut <= 0)
        {
            cut = char.IsHighSurrogate(oneLine[MaxSummaryLength - 1]) ? MaxSummaryLength - 1 : MaxSummaryLength;
        }

        return oneLine[..cut].TrimEnd(' ', ',', ';', ':', '-', '.') + "…";
    }

    private static Letter ComposeDutch(AcknowledgementFacts f)
    {
        var receivedOn = f.ReceivedOn.ToString("d MMMM yyyy", Dutch);
        var dueOn = f.HandlingDueOn.ToString("d MMMM yyyy", Dutch);
        var summary = ShortenSummary(f.ComplaintSummary);
        var paragraphs = new List<string>
        {
            $"Bedankt voor uw klacht. Wij hebben uw klacht op {receivedOn} ontvangen. Het klachtnummer is {f.ReferenceNumber}."
                + (summary.Length == 0 ? string.Empty : $" U schreef ons: “{summary}”"),
            "Wat gebeurt er nu? Een medewerker neemt binnenkort contact met u op. "
                + "Wij willen goed begrijpen wat er is gebeurd en wat u nodig hebt. Daarna zoeken we samen naar een oplossing.",
        };

        if (f.AdvisoryCommittee)
        {
            // Awb 9:13: the acknowledgement must say that an advisory committee handles it.
            paragraphs.Add(CommitteeParagraph(english: false, f.CommitteeTakesLonger)
                + (f.CommitteeTakesLonger ? $" Wij hebben er {f.HandlingTerm} voor." : string.Empty));
        }

        paragraphs.Add(
            $"U hoort uiterlijk op {dueOn} van ons. Dat is binnen {f.HandlingTerm} na ontvangst. "
            + "Duurt het langer? Dan laten wij u weten waarom.");
        paragraphs.Add(
            "Op onze website ziet u hoe het met uw klacht gaat. Daarvoor hebt u een volgcode nodig. "
            + "Bewaar deze code goed. Geef de code alleen aan iemand die u vertrouwt.\n"
            + $"Website: {f.StatusUrl}\nVolgcode: {f.TrackingCode}");
        paragraphs.Add(ContactDutch(f));
        paragraphs.Add(
            $"Bent u het niet eens met hoe wij uw klacht afhandelen? Dan kunt u daarna naar {f.OmbudsmanName}. "
            + "Dat kan ook als wij niet op tijd antwoorden.");

        return new Letter(
            $"Wij hebben uw klacht ontvangen (klachtnummer {f.ReferenceNumber})",
            string.IsNullOrWhiteSpace(f.ComplainantName) ? "Beste heer of mevrouw," : $"Beste {f.ComplainantName.Trim()},",
            paragraphs,
            $"Met vriendelijke groet,\n{f.OrganisationName}");
    }

    private static Letter ComposeEnglish(AcknowledgementFacts f)
    {
        var receivedOn = f.ReceivedOn.ToString("d MMMM yyyy", English);
        var dueOn = f.HandlingDueOn.ToString("d MMMM yyyy", English);
        var summary = ShortenSummary(f.ComplaintSummary);
        var paragraphs = new List<string>
        {
            $"Thank you for your complaint. We received it on {receivedOn}. Your complaint number is {f.ReferenceNumber}."
                + (summary.Length == 0 ? string.Empty : $" You wrote: “{summary}”"),
            "What happens next? A member of staff will contact you soon. "
                + "We want to understand what happened and what you need. Then we will look for a solution together.",
        };

        if (f.AdvisoryCommittee)
        {
            paragraphs.Add(CommitteeParagraph(english: true, f.CommitteeTakesLonger)
                + (f.CommitteeTakesLonger ? $" We have {f.HandlingTerm} for it." : string.Empty));
        }

        paragraphs.Add(
            $"You will hear from us by {dueOn} at the latest. That is within {f.HandlingTerm} of receipt. "
            + "If it takes longer, we will tell you why.");
        paragraphs.Add(
            "On our website you can see how your complaint is progressing. You need a tracking code for this. "
            + "Keep this code safe. Only give it to someone you trust.\n"
            + $"Website: {f.StatusUrl}\nTracking code: {f.TrackingCode}");
        paragraphs.Add(ContactEnglish(f));
        paragraphs.Add(
            $"Do you disagree with how we handle your complaint? Then you can go to {f.OmbudsmanName} afterwards. "
            + "You can also do this if we do not answer on time.");

        return new Letter(
            $"We have received your complaint (complaint number {f.ReferenceNumber})",
            string.IsNullOrWhiteSpace(f.ComplainantName) ? "Dear Sir or Madam," : $"Dear {f.ComplainantName.Trim()},",
            paragraphs,
            $"Kind regards,\n{f.OrganisationName}");
    }

    // Phone and e-mail address go on lines of their own: a full stop after an address ends up
    // in the link when a mail program makes it clickable.
    private static string ContactDutch(AcknowledgementFacts f)
    {
        var text = new StringBuilder($"Hebt u een vraag? Neem dan contact op met {f.ContactName}. Noem daarbij uw klachtnummer.");
        if (!string.IsNullOrWhiteSpace(f.ContactPhone))
        {
            text.Append($"\nTelefoon: {f.ContactPhone.Trim()}");
        }

        if (!string.IsNullOrWhiteSpace(f.ContactEmail))
        {
            text.Append($"\nE-mail: {f.ContactEmail.Trim()}");
        }

        return text.ToString();
    }

    private static string ContactEnglish(AcknowledgementFacts f)
    {
        var text = new StringBuilder($"Do you have a question? Then please contact {f.ContactName}. Please mention your complaint number.");
        if (!string.IsNullOrWhiteSpace(f.ContactPhone))
        {
            text.Append($"\nPhone: {f.ContactPhone.Trim()}");
        }

        if (!string.IsNullOrWhiteSpace(f.ContactEmail))
        {
            text.Append($"\nEmail: {f.ContactEmail.Trim()}");
        }

        return text.ToString();
    }
}
