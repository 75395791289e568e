using System.Globalization;
using System.Text;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Features.Cases;

namespace Gehoord.Web.Features.Reminders;

/// <summary>One deadline in a digest: only what staff need to find the case, nothing about the complainant.</summary>
public sealed record DigestLine(string Reference, NotificationKind Kind, DeadlineKind Deadline, DateOnly DueOn, Guid ComplaintId);

/// <summary>
/// The e-mail that bundles a staff member's new reminders. E-mail leaves the organisation's
/// systems, so it holds no name, address, story or other personal data of a complainant: only
/// reference numbers, the kind of deadline, the date and a link that needs a sign-in.
/// </summary>
public static class ReminderDigest
{

    public static (string Subject, string Body) Compose(string recipientName, IEnumerable<DigestLine> lines, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var all = lines.OrderBy(l => l.DueOn).ThenBy(l => l.Reference, StringComparer.Ordinal).ToList();
        var root = (baseUrl ?? string.Empty).TrimEnd('/');
        var subject = all.Count == 1
            ? "Gehoord: 1 termijn vraagt uw aandacht"
            : $"Gehoord: {all.Count} termijnen vragen uw aandacht";

        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Beste {recipientName},\n\n");
        body.Append("Er zijn termijnen die bijna verlopen of al verlopen zijn. Kijk in Gehoord wat er nodig is.\n");
        Section(body, "Termijn verlopen", all.Where(l => l.Kind == NotificationKind.Overdue), root);
        Section(body, "Bijna verlopen", all.Where(l => l.Kind == NotificationKind.DueSoon), root);
        body.Append(CultureInfo.InvariantCulture, $"\nAl uw meldingen staan op {root}/Staff/Meldingen.\n\n");
        body.Append("Dit bericht is automatisch verstuurd door Gehoord.\n");
        return (subject, body.ToString());
    }

    private static void Section(StringBuilder body, string title, IEnumerable<DigestLine> lines, string root)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        body.Append(CultureInfo.InvariantCulture, $"\n{title}:\n");
        foreach (var line in list)
        {
            body.Append(CultureInfo.InvariantCulture, $"- Klacht {line.Reference}, {CaseTexts.DeadlineName(line.Deadline).ToLower(CaseTexts.Dutch)}, uiterlijk {CaseTexts.Date(line.DueOn)}: {root}{PathFor(line.Deadline, line.ComplaintId)}\n");
        }
    }

    /// <summary>Where a reminder leads: the case page, or for a conduct review the case's conduct page.</summary>
    public static string PathFor(DeadlineKind deadline, Guid complaintId) => deadline == DeadlineKind.ConductReview
        ? $"/Staff/Klachten/{complaintId}/gedragslijn"
        : $"/Staff/Klachten/{complaintId}";
}
