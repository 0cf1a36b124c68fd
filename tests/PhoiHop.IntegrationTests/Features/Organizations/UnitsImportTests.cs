using System.Text;
using System.Text.Json;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Organizations;

public abstract class UnitsImportTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task UnitsImportCli_ValidCsv_UnitsAppearInApi()
    {
        var p = UniqueCode();
        var csv = $"""
            Mã,Tên,Cấp,Mã cấp trên
            {p}-X1,Xã Thử Nghiệm Một,Xã,{p}
            {p},Tỉnh Thử Nghiệm,Tỉnh,VN
            {p}-P2,"Phường Thử, Nghiệm Hai",Phường,{p}
            """;

        var outcome = await ImportAsync(csv);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var units = await UnitsAsync();
        Assert.Equal(("Tỉnh Thử Nghiệm", "Province", "VN"), units[p]);
        Assert.Equal(("Xã Thử Nghiệm Một", "Commune", p), units[$"{p}-X1"]);
        Assert.Equal(("Phường Thử, Nghiệm Hai", "Commune", p), units[$"{p}-P2"]);
    }

    [Fact]
    public async Task UnitsImportCli_OneInvalidRow_ImportsNothingAndNamesTheLine()
    {
        var p = UniqueCode();
        var csv = $"""
            Mã,Tên,Cấp,Mã cấp trên
            {p},Tỉnh Thử Nghiệm,Tỉnh,VN
            {p}-X1,Xã Thử Nghiệm,Làng,{p}
            {p}-X2,Xã Thử Nghiệm Hai,Xã,{p}
            """;

        var outcome = await ImportAsync(csv);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains("Dòng 3", outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Dòng 2", outcome.Output, StringComparison.Ordinal);
        var units = await UnitsAsync();
        Assert.DoesNotContain(units.Keys, code => code.StartsWith(p, StringComparison.Ordinal));
    }

    private async Task<Dictionary<string, (string Name, string Level, string? Parent)>> UnitsAsync()
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/units", Ct));
        return json.RootElement.EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!,
            u => (u.GetProperty("name").GetString()!, u.GetProperty("level").GetString()!, u.GetProperty("parentCode").GetString()));
    }

    // Written as Excel writes "CSV UTF-8": a byte order mark and CRLF.
    private async Task<WebCli.Outcome> ImportAsync(string csv)
    {
        var path = Path.Combine(Path.GetTempPath(), $"phoihop-units-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv.ReplaceLineEndings("\r\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), Ct);
        try
        {
            return await WebCli.RunAsync(App, "units", "import", path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string UniqueCode() => $"T{Guid.NewGuid():N}"[..7].ToUpperInvariant();

    public sealed class Sqlite(SqliteAppFactory app) : UnitsImportTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : UnitsImportTests(app), IClassFixture<PostgresAppFactory>;
}
