using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Notifications;

/// <summary>
/// Sends due outbox mail through SMTP. Each message is claimed by a conditional update first, so several nodes can
/// run the sender without sending a message twice.
/// </summary>
public sealed class MailOutboxSender(AppDbContext db, TimeProvider clock, IOptions<SmtpOptions> smtp, ILogger<MailOutboxSender> log)
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(15);

    public sealed record Outcome(int Sent, int Failed);

    public async Task<Outcome> SendDueAsync(CancellationToken ct)
    {
        var options = smtp.Value;
        if (!options.IsConfigured)
            return new Outcome(0, 0);

        var now = clock.GetUtcNow();
        var due = await db.Set<OutboxMail>().AsNoTracking()
            .Where(m => m.Status == OutboxMailStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(5).ToListAsync(ct);
        if (due.Count == 0)
            return new Outcome(0, 0);

        var claimed = new List<Guid>();
        var until = now + ClaimFor;
        // A batch is claimed for longer than it can take (50 messages × MailKit's 2-minute timeout would not be: so
        // batches stay small) and each outcome is saved at once, so another node never re-sends a message.
        foreach (var id in due)
        {
            var won = await db.Set<OutboxMail>()
                .Where(m => m.Id == id && m.Status == OutboxMailStatus.Pending && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, until), ct);
            if (won == 1)
                claimed.Add(id);
        }
        var messages = await db.Set<OutboxMail>().Where(m => claimed.Contains(m.Id)).ToListAsync(ct);

        int sent = 0, failed = 0;
        using var client = new SmtpClient();
        string? connectError = null;
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, Security(options.Security), ct);
            if (!string.IsNullOrEmpty(options.UserName))
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            connectError = e.Message;
            log.LogWarning("SMTP server {Host}:{Port} unavailable: {Error}", options.Host, options.Port, e.Message);
        }

        foreach (var message in messages)
        {
            if (connectError is not null)
            {
                message.MarkAttemptFailed(connectError, clock.GetUtcNow());
                failed++;
                await db.SaveChangesAsync(CancellationToken.None);
                continue;
            }
            try
            {
                await client.SendAsync(ToMime(message, options.From), ct);
                message.MarkSent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                message.MarkAttemptFailed(e.Message, clock.GetUtcNow());
                failed++;
                log.LogWarning("Mail {Id} to {To} not sent: {Error}", message.Id, message.To, e.Message);
            }
            // Saved message by message, even when shutting down: a sent message must never be sent again.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        if (client.IsConnected)
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        return new Outcome(sent, failed);
    }

    private static MimeMessage ToMime(OutboxMail mail, string from)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.MessageId = $"{mail.Id:N}@phoihop";
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }

    private static SecureSocketOptions Security(string value) => value switch
    {
        "StartTls" => SecureSocketOptions.StartTls,
        "SslOnConnect" => SecureSocketOptions.SslOnConnect,
        "None" => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
