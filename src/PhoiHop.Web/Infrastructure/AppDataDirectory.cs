namespace PhoiHop.Infrastructure;

/// <summary>
/// The folder for a single-machine deployment's own files: the SQLite database, the development protection keys and,
/// unless configured elsewhere, the attachment store. It sits beside the web root, never inside it.
/// </summary>
public static class AppDataDirectory
{
    public static string Of(IHostEnvironment environment) => Path.Combine(environment.ContentRootPath, "data");
}
