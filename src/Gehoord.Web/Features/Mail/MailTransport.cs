using System.Net;
using System.Net.Mime;
using System.Net.Mail;
using Gehoord.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Gehoord.Web.Features.Mail;

public interface IMailTransport
{
    /// <param name="recipient">The address to send to.</param>
    /// <param name="subject">The subject line.</param>
    /// <param name="body">The plain-text body; always sent, for mail programs that show no HTML.</param>
    /// <param name="htmlBody">An HTML version of the same text, or null for plain text only.</param>
    /// <param name="cancellationToken">Stops the attempt.</param>
    Task SendAsync(string recipient, string subject, string body, string? htmlBody, CancellationToken cancellationToken);
}

/// <summary>
/// Sends through SMTP when a host is configured; otherwise writes each message as an .eml file
/// in the pickup directory, so a developer can open what a citizen would receive.
/// </summary>
public sealed class SmtpMailTransport(IOptions<GehoordOptions> options, IHostEnvironment environment) : IMailTransport
{
    public async Task SendAsync(string recipient, string subject, string body, string? htmlBody, CancellationToken cancellationToken)
    {
        var mail = options.Value.Mail;
        using var message = new MailMessage(mail.From, recipient, subject, body)
        {
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
            IsBodyHtml = false,
        };
        if (htmlBody is not null)
        {
            // multipart/alternative: the text stays the body, the mail program picks the richest
            // part it can show, so a reader with plain text only misses nothing.
            message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(htmlBody, System.Text.Encoding.UTF8, MediaTypeNames.Text.Html));
        }

        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(mail.SmtpHost))
        {
            var directory = Path.IsPathRooted(mail.PickupDirectory)
                ? mail.PickupDirectory
                : Path.Combine(environment.ContentRootPath, mail.PickupDirectory);
            Directory.CreateDirectory(directory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = directory;
        }
        else
        {
            client.Host = mail.SmtpHost;
            client.Port = mail.SmtpPort;
            client.EnableSsl = mail.SmtpUseTls;
            if (!string.IsNullOrEmpty(mail.SmtpUserName))
            {
                client.Credentials = new NetworkCredential(mail.SmtpUserName, mail.SmtpPassword);
            }
        }

        await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
