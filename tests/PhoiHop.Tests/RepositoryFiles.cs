namespace PhoiHop.Tests;

/// <summary>Finds the repository's files from the test's output folder, for tests that read sources and resources.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "PhoiHop.Web");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PhoiHop.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PhoiHop.slnx not found above " + AppContext.BaseDirectory);
    }
}
