using System.Diagnostics;

namespace PhoiHop.IntegrationTests.Testing;

/// <summary>
/// Runs a subcommand of the real PhoiHop.Web binary as a separate process against a fixture's database, the way
/// an operator would (<c>dotnet PhoiHop.Web.dll tokens create …</c>).
/// </summary>
public static class WebCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public sealed record Outcome(int ExitCode, string Output, string Errors)
    {
        public string LastLine => Output.TrimEnd().Split('\n')[^1].TrimEnd('\r');

        public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
    }

    public static async Task<Outcome> RunAsync(AppFactory app, params string[] arguments)
    {
        var dll = LocateWebAssembly();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Subcommands take settings only as --Section:Key=value.
        start.ArgumentList.Add($"--Database:Provider={app.Provider}");
        start.ArgumentList.Add($"--ConnectionStrings:PhoiHop={app.ConnectionString}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Protection__CurrentKey"] = "test-1";
        start.Environment["Protection__Keys__test-1"] = AppFactory.TestKey;
        start.Environment["Protection__IndexKey"] = AppFactory.TestIndexKey;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"PhoiHop.Web {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }
        return new Outcome(process.ExitCode, await output, await errors);
    }

    /// <summary>The web app is an Exe referenced by this project, so the build copies it next to the tests.</summary>
    private static string LocateWebAssembly()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "PhoiHop.Web.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
            return beside;

        // artifacts/bin/PhoiHop.IntegrationTests/<config>/ → artifacts/bin/PhoiHop.Web/<config>/
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var artifacts = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "PhoiHop.Web", configuration, "PhoiHop.Web.dll"));
        return File.Exists(artifacts)
            ? artifacts
            : throw new FileNotFoundException($"PhoiHop.Web.dll is neither beside the tests ({beside}) nor at {artifacts}. Build the solution first.");
    }
}
