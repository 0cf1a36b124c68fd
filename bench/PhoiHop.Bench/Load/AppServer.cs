using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Bench.Load;

/// <summary>
/// The real app as operators run it: the Release build of PhoiHop.Web started as its own process on Kestrel, in
/// Production, configured by environment variables only (database, fixed bench protection keys, demo seed on an empty
/// database). Scheduled jobs are off so that the hourly reminder scan does not land inside a measurement.
/// </summary>
internal sealed class AppServer : IAsyncDisposable
{
    // Fixed keys: the loader encrypts bulk senders with them, and the app must decrypt them.
    public const string KeyId = "bench-1";
    public const string Key = "YmVuY2gta2V5LWZvci1waG9paG9wLWxvYWQtdGVzdHM=";
    public const string IndexKey = "YmVuY2gtaW5kZXgta2V5LWZvci1waG9paG9wLWxvYWQ=";

    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppServer(Process process, StreamWriter log, Uri baseAddress, string logPath)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public Uri BaseAddress { get; }

    public string LogPath { get; }

    public int ProcessId => _process.Id;

    /// <summary>CPU time the server process has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    // settings: configuration for this run on top of the bench's (environment variable names, A__B).
    public static async Task<AppServer> StartAsync(BenchDatabase database, int port, TextWriter output, IReadOnlyDictionary<string, string>? settings = null)
    {
        port = port > 0 ? port : FreePort();
        var logPath = Path.Combine(Path.GetTempPath(), "phoihop-bench", $"server-{database.Provider}-{port}.log");
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var start = Start(database, [], $"http://127.0.0.1:{port}");
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AppServer(process, log, new Uri($"http://127.0.0.1:{port}"), logPath);

        // The first start migrates and seeds the demo province: allow it time.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The app exited with code {process.ExitCode}; see {logPath}.");
            try
            {
                using var response = await http.GetAsync(new Uri(server.BaseAddress, "/health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                    break;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (started.Elapsed > TimeSpan.FromMinutes(5))
            {
                await server.DisposeAsync();
                throw new TimeoutException($"The app was not ready after 5 minutes; see {logPath}.");
            }
            await Task.Delay(250);
        }
        await output.WriteLineAsync($"App (pid {process.Id}) ready on {server.BaseAddress} over {database} in {started.Elapsed.TotalSeconds:F1} s; log {logPath}");
        return server;
    }

    /// <summary>Runs <c>tokens create</c> of the same binary and returns the token (its last line of output).</summary>
    public static async Task<string> CreateTokenAsync(BenchDatabase database, string login)
    {
        var start = Start(database, ["tokens", "create", "--user", login, "--name", "bench"], url: null);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the app.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0 || lines.Length == 0 || !lines[^1].StartsWith("ph_", StringComparison.Ordinal))
            throw new InvalidOperationException($"tokens create failed ({process.ExitCode}): {await stderr}");
        return lines[^1];
    }

    /// <summary>
    /// Waits until the app has built its duplicate index (DuplicateIndexHost logs it), which it does in the background
    /// after it is ready: at 1M letters about 27 s of one core, which would otherwise be measured with the first requests.
    /// </summary>
    public async Task WhenSettledAsync(TimeSpan timeout, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            string text;
            lock (_log)
            {
                using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
                text = reader.ReadToEnd();
            }
            if (text.Contains("Duplicate index built", StringComparison.Ordinal))
            {
                await output.WriteLineAsync($"App settled (duplicate index built) {waited.Elapsed.TotalSeconds:F0} s after ready");
                return;
            }
            await Task.Delay(500);
        }
        await output.WriteLineAsync($"App not settled after {timeout.TotalSeconds:F0} s: measuring anyway");
    }

    /// <summary>SIGKILL: nothing is flushed or drained, as in a crash.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: Kestrel drains and the host stops as under systemd.
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }
        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.WriteLine(line);
    }

    private static ProcessStartInfo Start(BenchDatabase database, string[] arguments, string? url)
    {
        var root = RepositoryRoot();
        var dll = WebDll(root);
        var start = new ProcessStartInfo("dotnet")
        {
            // Content root = the project folder, as `dotnet run` would have it (appsettings.json, wwwroot).
            WorkingDirectory = Path.Combine(root, "src", "PhoiHop.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        var env = start.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["DOTNET_ENVIRONMENT"] = "Production";
        if (url is not null)
            env["ASPNETCORE_URLS"] = url;
        env["Database__Provider"] = database.Provider == DatabaseProvider.PostgreSQL ? "PostgreSQL" : "Sqlite";
        env["ConnectionStrings__PhoiHop"] = database.ConnectionString;
        env["Database__SeedDemo"] = "true";
        env["Jobs__Enabled"] = "false";
        env["Protection__CurrentKey"] = KeyId;
        env["Protection__Keys__" + KeyId] = Key;
        env["Protection__IndexKey"] = IndexKey;
        env["Files__Root"] = Path.Combine(Path.GetTempPath(), "phoihop-bench", "files");
        return start;
    }

    private static string WebDll(string root)
    {
        // The configuration the bench itself was built in (artifacts/bin/PhoiHop.Bench/release → PhoiHop.Web/release).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Name;
        var dll = Path.Combine(root, "artifacts", "bin", "PhoiHop.Web", configuration, "PhoiHop.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build PhoiHop.Web first ({dll} is missing).");
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PhoiHop.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("PhoiHop.slnx not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
