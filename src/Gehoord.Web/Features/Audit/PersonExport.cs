using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Access;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Audit;

/// <summary>
/// The answer to a person's request to see their data (AVG art. 15): one ZIP archive with an
/// overview in plain Dutch (overzicht.html), the data as they are stored (gegevens.json), every
/// letter as it was sent (brieven/) and every attachment (bijlagen/). Each complaint in it gets
/// an "export" line in the access log (ADR 21): the file left Gehoord, and who took it.
/// </summary>
public sealed class PersonExport(GehoordDbContext db, AccessLogWriter log, Clock clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<byte[]> WriteAsync(string organisationName, PersonQuestion question, IReadOnlyList<PersonHit> hits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(hits);
        var made = clock.ToLocal(clock.Now);
        var cases = new List<ExportedComplaint>();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var hit in hits)
            {
                await log.WriteAsync(hit.ComplaintId, AccessItem.Export, null, refused: false, cancellationToken);
                var complaint = await db.Complaints.AsNoTracking().WithEverything().SingleAsync(c => c.Id == hit.ComplaintId, cancellationToken);
                var folder = hit.Reference.ToString();
                var letters = new List<string>();
                foreach (var letter in complaint.SentLetters.OrderBy(l => l.SentAt))
                {
                    var name = $"brieven/{folder}/{clock.ToLocal(letter.SentAt):yyyy-MM-dd}-{letter.Kind}-{letter.Id.ToString("N")[..6]}.txt";
                    await WriteTextAsync(zip, name, $"Onderwerp: {letter.Subject}\nVerstuurd: {Moment(letter.SentAt)} ({letter.Channel})\nAan: {letter.RecipientName} {letter.SentTo}\n\n{letter.Body}\n", cancellationToken);
                    letters.Add(name);
                }

                var attachments = new List<string>();
                var ids = complaint.Attachments.Select(a => a.Id).ToList();
                var contents = await db.AttachmentContents.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Data, cancellationToken);
                foreach (var attachment in complaint.Attachments)
                {
                    if (contents.TryGetValue(attachment.Id, out var data))
                    {
                        var name = $"bijlagen/{folder}/{attachment.Id.ToString("N")[..6]}-{SafeFileName(attachment.FileName)}";
                        await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(cancellationToken);
                        await entry.WriteAsync(data, cancellationToken);
                        attachments.Add(name);
                    }
                }

                cases.Add(new ExportedComplaint(hit, complaint, letters, attachments));
            }

            await WriteTextAsync(zip, "gegevens.json", JsonSerializer.Serialize(cases.Select(Data), Json), cancellationToken);
            await WriteTextAsync(zip, "overzicht.html", Overview(organisationName, question, made, cases), cancellationToken);
        }

        return buffer.ToArray();
    }

    private string Moment(DateTimeOffset at) => clock.ToLocal(at).ToString("d MMMM yyyy HH:mm", Dutch);

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private object Data(ExportedComplaint exported)
    {
        var c = exported.Complaint;
        return new
        {
            klachtnummer = exported.Hit.Reference.ToString(),
            uwRol = exported.Hit.Roles.Select(RoleName).ToList(),
            ontvangen = c.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            kanaal = c.Channel.ToString(),
            status = c.Status.ToString(),
            afgesloten = c.ClosedAt is { } closed ? Moment(closed) : null,
            klager = new { naam = c.Complainant.Name, email = c.Complainant.Email, telefoon = c.Complainant.Phone, straat = c.Complainant.Street, postcode = c.Complainant.PostalCode, plaats = c.Complainant.City },
            vertegenwoordiger = c.Complainant.Representative is { } r ? new { naam = r.Name, email = r.Email, telefoon = r.Phone, relatie = r.Relationship } : null,
            betrokkenen = c.InvolvedPersons.Select(p => new { naam = p.Name, rol = p.Role.ToString(), verklaring = p.Statement }).ToList(),
            klacht = c.Description,
            onderwerp = c.Subject,
            tijdlijn = c.Timeline.OrderBy(e => e.Sequence).Select(e => new { wanneer = Moment(e.At), wat = e.What, waarom = e.Why }).ToList(),
            brieven = exported.Letters,
            bijlagen = exported.Attachments,
        };
    }

    private string Overview(string organisationName, PersonQuestion question, DateTimeOffset made, IReadOnlyList<ExportedComplaint> cases)
    {
        var h = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head><meta charset=\"utf-8\"><title>Uw gegevens bij ").Append(h.Encode(organisationName)).Append("</title>")
            .Append("<style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}th{text-align:left;padding-right:1rem;vertical-align:top}</style></head>\n<body>\n");
        html.Append("<h1>Uw gegevens bij ").Append(h.Encode(organisationName)).Append("</h1>\n");
        html.Append("<p>U vroeg welke gegevens wij over u hebben. Dit is alles wat in onze klachtdossiers over u staat, op ")
            .Append(h.Encode(made.ToString("d MMMM yyyy", Dutch))).Append(". Wij zochten op: ")
            .Append(h.Encode(string.Join(", ", new[] { question.Email, question.Phone, question.Name }.Where(v => !string.IsNullOrWhiteSpace(v))))).Append(".</p>\n");
        html.Append("<p>In deze map staan ook: <code>gegevens.json</code> (dezelfde gegevens, voor een computer), de map <code>brieven</code> (elke brief en e-mail zoals wij die stuurden) en de map <code>bijlagen</code> (de bestanden die bij de klacht horen).</p>\n");
        html.Append("<p>Klopt er iets niet? Dan mag u ons vragen het te verbeteren. U mag ook vragen uw gegevens te wissen, als wij ze niet meer hoeven te bewaren (AVG artikel 16 en 17). Neem daarvoor contact met ons op.</p>\n");
        if (cases.Count == 0)
        {
            html.Append("<p><strong>Wij vonden geen klachten met deze gegevens.</strong></p>\n");
        }

        foreach (var exported in cases)
        {
            var c = exported.Complaint;
            html.Append("<h2>Klacht ").Append(h.Encode(exported.Hit.Reference.ToString())).Append("</h2>\n<table>\n");
            Row(html, "U bent", string.Join(", ", exported.Hit.Roles.Select(RoleName)));
            Row(html, "Ontvangen op", c.ReceivedOn.ToString("d MMMM yyyy", Dutch));
            Row(html, "Stand van zaken", c.ClosedAt is { } closed ? "Afgesloten op " + Moment(closed) : "In behandeling");
            Row(html, "Naam", c.Complainant.Name);
            Row(html, "E-mailadres", c.Complainant.Email);
            Row(html, "Telefoon", c.Complainant.Phone);
            Row(html, "Adres", string.Join(", ", new[] { c.Complainant.Street, c.Complainant.PostalCode, c.Complainant.City }.Where(v => !string.IsNullOrWhiteSpace(v))));
            if (c.Complainant.Representative is { } r)
            {
                Row(html, "Vertegenwoordiger", string.Join(", ", new[] { r.Name, r.Relationship, r.Email, r.Phone }.Where(v => !string.IsNullOrWhiteSpace(v))));
            }

            Row(html, "Wat u schreef of vertelde", c.Description);
            Row(html, "Brieven en e-mails", exported.Letters.Count.ToString(CultureInfo.InvariantCulture));
            Row(html, "Bijlagen", exported.Attachments.Count.ToString(CultureInfo.InvariantCulture));
            html.Append("</table>\n<h3>Wat er met de klacht gebeurde</h3>\n<ul>\n");
            foreach (var e in c.Timeline.OrderBy(e => e.Sequence))
            {
                html.Append("<li>").Append(h.Encode(Moment(e.At))).Append(": ").Append(h.Encode(e.What)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();

        void Row(StringBuilder to, string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                to.Append("<tr><th scope=\"row\">").Append(h.Encode(label)).Append("</th><td>").Append(h.Encode(value)).Append("</td></tr>\n");
            }
        }
    }

    public static string RoleName(PersonRole role) => role switch
    {
        PersonRole.Complainant => "klager",
        PersonRole.Representative => "vertegenwoordiger van de klager",
        _ => "betrokkene",
    };

    private static async Task WriteTextAsync(ZipArchive zip, string name, string text, CancellationToken cancellationToken)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(cancellationToken);
        await entry.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
    }

    private static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(name.Select(ch => invalid.Contains(ch) || ch == '/' || ch == '\\' ? '_' : ch).ToArray());
        return string.IsNullOrWhiteSpace(safe) ? "bijlage" : safe;
    }

    private sealed record ExportedComplaint(PersonHit Hit, Complaint Complaint, IReadOnlyList<string> Letters, IReadOnlyList<string> Attachments);
}
