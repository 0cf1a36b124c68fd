using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace PhoiHop.Infrastructure.Security;

/// <summary>Fails the start with a message that names the setting to fix, and never prints a key.</summary>
public sealed partial class ProtectionOptionsValidator : IValidateOptions<ProtectionOptions>
{
    public const int KeyBytes = 32;
    public const int MaxKeyIdLength = 32;

    private const string HowTo =
        "Each key is the base64 of 32 random bytes (`openssl rand -base64 32`, or `PhoiHop.Web protection new-key`); "
        + "set Protection:Keys:<keyId>, Protection:CurrentKey=<keyId> and Protection:IndexKey in environment variables "
        + "or a secret store, never in appsettings.json.";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex KeyIdFormat();

    public ValidateOptionsResult Validate(string? name, ProtectionOptions options)
    {
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static IReadOnlyList<string> Check(ProtectionOptions options)
    {
        var failures = new List<string>();
        if (options.IsEmpty)
        {
            failures.Add("Personal data protection has no keys. " + HowTo);
            return failures;
        }

        foreach (var (id, value) in options.Keys)
        {
            if (!KeyIdFormat().IsMatch(id))
                failures.Add($"Protection:Keys has a key id that is not 1–{MaxKeyIdLength} letters, digits, '-' or '_': '{id}'.");
            if (DecodeKey(value) is null)
                failures.Add($"Protection:Keys:{id} is not the base64 of exactly {KeyBytes} bytes. " + HowTo);
        }

        if (string.IsNullOrWhiteSpace(options.CurrentKey))
            failures.Add("Protection:CurrentKey is not set: name the key, among Protection:Keys, that new data is encrypted with.");
        else if (!options.Keys.ContainsKey(options.CurrentKey))
            failures.Add($"Protection:CurrentKey is '{options.CurrentKey}', but there is no Protection:Keys:{options.CurrentKey}.");

        var indexKey = DecodeKey(options.IndexKey);
        if (indexKey is null)
            failures.Add($"Protection:IndexKey is not the base64 of exactly {KeyBytes} bytes. " + HowTo);
        else if (options.Keys.Values.Any(k => DecodeKey(k) is { } key && key.AsSpan().SequenceEqual(indexKey)))
            failures.Add("Protection:IndexKey must differ from every encryption key in Protection:Keys.");

        return failures;
    }

    internal static byte[]? DecodeKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
            return null;
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written == KeyBytes ? buffer[..written] : null;
    }
}
