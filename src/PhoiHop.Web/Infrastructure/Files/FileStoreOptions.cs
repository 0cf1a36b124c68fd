namespace PhoiHop.Infrastructure.Files;

public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>
    /// The folder attachments are stored in, outside the web root. Relative paths start from the content root; empty
    /// means <c>data/files</c> beside the SQLite database. Several nodes must share it (a network volume).
    /// </summary>
    public string? Root { get; set; }
}
