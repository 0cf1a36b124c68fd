using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace PhoiHop.IntegrationTests.Testing;

/// <summary>
/// A real SMTP server (Debian's python3-aiosmtpd) that stores what it receives in a Maildir, started and stopped by
/// the test so that an outage can be staged.
/// </summary>
public sealed class SmtpServerProcess : IAsyncDisposable
{
    private readonly string _maildir = Path.Combine(Path.GetTempPath(), "phoihop-mail", Guid.NewGuid().ToString("N"));
    private Process? _process;

    public int Port { get; } = FreePort();

    public async Task StartAsync(CancellationToken ct)
    {
        if (!File.Exists("/usr/bin/python3"))
            throw new InvalidOperationException("/usr/bin/python3 is missing: install python3-aiosmtpd (test.sh does).");
        Directory.CreateDirectory(Path.GetDirectoryName(_maildir)!);
        _process = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        for (var i = 0; i < 100; i++)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"aiosmtpd exited: {await _process.StandardError.ReadToEndAsync(ct)} (is python3-aiosmtpd installed?)");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port, ct);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, ct);
            }
        }
        throw new InvalidOperationException("aiosmtpd did not start listening within 10 seconds.");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    /// <summary>The messages received so far, parsed.</summary>
    public IReadOnlyList<MimeMessage> Received()
    {
        var folder = Path.Combine(_maildir, "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Order().Select(f => MimeMessage.Load(f))] : [];
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(_maildir))
            Directory.Delete(_maildir, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
