using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PhoiHop.Infrastructure.Security;

/// <summary>
/// Keys for a machine with no configuration (the README's <c>dotnet run</c>): generated once into a file beside the
/// SQLite database, in the shape of appsettings (<c>{"Protection": {...}}</c>), so that a developer can move them into
/// user-secrets. Never used in Production. Losing the file makes every protected field unreadable.
/// </summary>
public static class DevelopmentProtectionKeys
{
    public const string FileName = "protection-keys.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Reads the key file in <paramref name="folder"/>, creating it first if there is none. Safe when several processes start at once.</summary>
    public static ProtectionOptions LoadOrCreate(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            TryCreate(folder, path);
        return Read(path);
    }

    private static void TryCreate(string folder, string path)
    {
        Directory.CreateDirectory(folder);
        var keyId = "dev-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var json = new JsonObject
        {
            ["Protection"] = new JsonObject
            {
                ["CurrentKey"] = keyId,
                ["Keys"] = new JsonObject { [keyId] = PersonalDataCipher.GenerateKey() },
                ["IndexKey"] = PersonalDataCipher.GenerateKey(),
            },
        };

        // Write aside, then move without overwriting: a concurrent start either wins or reads the winner's file.
        var temp = Path.Combine(folder, $".{FileName}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using (var stream = new FileStream(temp, options))
            {
                JsonSerializer.Serialize(stream, json, Indented);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static ProtectionOptions Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var section = JsonNode.Parse(stream)?["Protection"]
                ?? throw new InvalidDataException("it has no \"Protection\" object");
            var options = new ProtectionOptions
            {
                CurrentKey = (string?)section["CurrentKey"],
                IndexKey = (string?)section["IndexKey"],
            };
            foreach (var (id, value) in section["Keys"]?.AsObject() ?? [])
                options.Keys[id] = (string?)value ?? "";
            return options;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or FormatException)
        {
            // Never regenerate over a damaged file: the data encrypted with it would be lost for good.
            throw new InvalidOperationException($"The development key file {path} cannot be read ({e.Message}). Restore it, or delete it "
                + "together with the database it protects.", e);
        }
    }
}
