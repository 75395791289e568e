using Gehoord.Web.Infrastructure;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Gehoord.Web.Features.Mail;

/// <summary>One e-mail as the transport sends it.</summary>
/// <param name="MessageId">
/// The Message-ID header, the same on every attempt for one outbox message, so a repeat after a
/// crash is recognisable as the same e-mail (by the recipient's mail program and in the mail log).
/// </param>
/// <param name="Recipient">The address to send to.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body; always sent, for mail programs that show no HTML.</param>
/// <param name="HtmlBody">An HTML version of the same text, or null for plain text only.</param>
public sealed record OutgoingMail(string MessageId, string Recipient, string Subject, string Body, string? HtmlBody);

public interface IMailTransport
{
    /// <summary>Returns when the mail server has accepted the message; throws when it has not.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>
/// Sends through SMTP (MailKit) when a host is configured; otherwise writes each message as an
/// .eml file in the pickup directory, so a developer can open what a citizen would receive.
/// </summary>
public sealed class SmtpMailTransport(IOptions<GehoordOptions> options, IHostEnvironment environment) : IMailTransport
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value.Mail;
        var message = Compose(mail, settings.From);

        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var directory = Path.IsPathRooted(settings.PickupDirectory)
                ? settings.PickupDirectory
                : Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
            Directory.CreateDirectory(directory);

            // Written under a temporary name and then renamed, so a reader never sees half a file.
            var path = Path.Combine(directory, mail.MessageId.Split('@')[0] + ".eml");
            var partial = path + ".part";
            await message.WriteToAsync(partial, cancellationToken).ConfigureAwait(false);
            File.Move(partial, path, overwrite: true);
            return;
        }

        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(settings.SendTimeoutSeconds).TotalMilliseconds };
        try
        {
            var security = settings.SmtpUseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
            await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, security, cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(settings.SmtpUserName))
            {
                await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword, cancellationToken).ConfigureAwait(false);
            }

            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            client.Dispose();
            throw;
        }

        // Accepted: the caller records that now. Saying goodbye to the server waits on another
        // round trip, which would only widen the window in which a crash sends the message twice.
        _ = QuitAsync(client);
    }

    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.CommandException or OperationCanceledException or TimeoutException)
        {
            // The message is accepted; a goodbye that fails changes nothing.
        }
        finally
        {
            client.Dispose();
        }
    }

    internal static MimeMessage Compose(OutgoingMail mail, string from)
    {
        var message = new MimeMessage { MessageId = mail.MessageId, Subject = mail.Subject };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.Recipient));

        // multipart/alternative: the text stays the body, the mail program picks the richest part
        // it can show, so a reader with plain text only misses nothing.
        var body = new BodyBuilder { TextBody = mail.Body, HtmlBody = mail.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The Message-ID of an outbox message: its id at the sender's domain, stable across attempts.</summary>
    public static string MessageIdFor(Guid outboxMessageId, string from)
    {
        var at = from.LastIndexOf('@');
        var domain = at >= 0 && at < from.Length - 1 ? from[(at + 1)..].Trim('>', ' ') : "gehoord.invalid";
        return outboxMessageId.ToString("N") + "@" + domain;
    }
}
