using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Tests.Infrastructure.Security;

/// <summary>Fixed keys, so that a failing test shows the same bytes every run. They protect nothing real.</summary>
internal static class TestKeys
{
    public static readonly string First = Key(1);
    public static readonly string Second = Key(2);
    public static readonly string Index = Key(3);
    public static readonly string OtherIndex = Key(4);

    public static string Key(byte seed) => Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(seed * 31 + i)).ToArray());

    public static ProtectionOptions Options(string current, Dictionary<string, string> keys, string? index = null) => new()
    {
        CurrentKey = current,
        Keys = keys,
        IndexKey = index ?? Index,
    };

    public static PersonalDataCipher Cipher(string current, Dictionary<string, string> keys, string? index = null) =>
        new(Microsoft.Extensions.Options.Options.Create(Options(current, keys, index)));

    public static PersonalDataCipher Cipher() => Cipher("k1", new() { ["k1"] = First });
}
