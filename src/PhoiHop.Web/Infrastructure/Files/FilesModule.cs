namespace PhoiHop.Infrastructure.Files;

public static class FilesModule
{
    /// <summary>
    /// Attachment intake (<see cref="AttachmentInspector"/>, limits from <c>Attachments:*</c>) and the content-addressed
    /// <see cref="FileStore"/> (folder from <c>Files:Root</c>, by default data/files; never inside wwwroot).
    /// </summary>
    public static IServiceCollection AddAttachmentFiles(this IServiceCollection services)
    {
        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FileStoreOptions>()
            .BindConfiguration(FileStoreOptions.Section)
            .PostConfigure<IHostEnvironment>((o, environment) => o.Root = string.IsNullOrWhiteSpace(o.Root)
                ? Path.Combine(AppDataDirectory.Of(environment), "files")
                : Path.GetFullPath(o.Root, environment.ContentRootPath))
            .Validate<IWebHostEnvironment>((o, environment) => !IsInside(o.Root!, environment.WebRootPath),
                "Files:Root is inside the web root (wwwroot): attachments would be served to anyone. Choose a folder outside it.")
            .ValidateOnStart();
        services.AddSingleton<AttachmentInspector>();
        services.AddSingleton<FileStore>();
        return services;
    }

    private static bool IsInside(string path, string? folder)
    {
        if (string.IsNullOrEmpty(folder))
            return false;
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return !outside;
    }
}
