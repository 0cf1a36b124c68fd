using System.Text.RegularExpressions;

namespace PhoiHop.Tests;

/// <summary>
/// Modules are folders, not assemblies (STYLE.md 3.1): this test is the wall between them. A module may use another
/// module only where the allow-list says so; Reports and the home page read across modules. Organizations (bodies,
/// staff, roles) is the foundation every module may use.
/// </summary>
public sealed partial class ArchitectureTests
{
    // The core pieces every module reuses (bodies, audit, notifications, calendar and deadlines, official documents),
    // layered without cycles.
    private static readonly string[] Core = ["Organizations", "Audit", "Notifications", "Calendar", "Documents"];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Organizations"] = [],
        ["Audit"] = ["Organizations"],
        ["Notifications"] = ["Organizations"],
        ["Calendar"] = ["Organizations", "Audit", "Notifications"],
        ["Documents"] = [], // pure rendering: uses no other module

        // Feature modules may use the core, and nothing else unless listed here.
        ["Account"] = Core,
        ["Regulations"] = Core,
        ["Petitions"] = Core,
        // Search reads letters through the petitions module's queries (Readable, MayReveal) and indexes them.
        ["Search"] = [.. Core, "Petitions"],
    };

    [GeneratedRegex(@"PhoiHop\.Features\.(\w+)")]
    private static partial Regex FeatureReference();

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepositoryFiles.WebProject, "Features")))
        {
            var name = Path.GetFileName(dir);
            if (name is not "Shared")
                data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_ReferencesOnlyAllowedModules(string module)
    {
        Assert.True(Allowed.ContainsKey(module) || module is "Reports", $"Module {module} is not in the allow-list of ArchitectureTests: add it there.");
        if (module is "Reports")
            return;

        var folder = Path.Combine(RepositoryFiles.WebProject, "Features", module);
        var violations = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .SelectMany(f => FeatureReference().Matches(File.ReadAllText(f))
                .Select(m => m.Groups[1].Value)
                .Where(target => target != module && !Allowed[module].Contains(target))
                .Select(target => $"{Path.GetRelativePath(RepositoryFiles.Root, f)} → {target}"))
            .Distinct()
            .ToList();

        Assert.True(violations.Count == 0, "Module boundary crossed:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Sources_DoNotReadTheSystemClock()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Regex.IsMatch(File.ReadAllText(f), @"DateTime(Offset)?\.(Now|UtcNow|Today)\b"))
            .ToList();

        Assert.Empty(offenders);
    }
}
