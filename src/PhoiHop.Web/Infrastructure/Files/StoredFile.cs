namespace PhoiHop.Infrastructure.Files;

/// <summary>A file in the <see cref="FileStore"/>: the lowercase hex SHA-256 of its content, which is also its name, and its size in bytes.</summary>
public sealed record StoredFile(string Hash, long Length);
