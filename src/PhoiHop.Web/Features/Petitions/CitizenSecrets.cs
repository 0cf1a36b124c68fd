using System.Security.Cryptography;
using System.Text;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// The secret of a citizen's receipt (as GlobaLeaks gives a receipt): 16 characters of Crockford's base 32, 80 random bits,
/// shown once. Only its SHA-256 is stored; with 80 bits a fast hash is enough, and lookups are rate limited.
/// </summary>
public static class CitizenSecrets
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> secret = stackalloc char[19];
        var at = 0;
        for (var i = 0; i < 16; i++)
        {
            if (i > 0 && i % 4 == 0)
                secret[at++] = '-';
            secret[at++] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(secret);
    }

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(Normalize(secret) ?? "")));

    /// <summary>True when <paramref name="input"/> is the secret whose hash is <paramref name="hash"/> (constant time).</summary>
    public static bool Matches(string? input, string? hash)
    {
        if (hash is null || Normalize(input) is not { } secret)
            return false;
        var actual = Encoding.ASCII.GetBytes(Hash(secret));
        var expected = Encoding.ASCII.GetBytes(hash);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
            return null;
        var chars = input.ToUpperInvariant().Where(c => c is not (' ' or '-')).Select(c => c switch
        {
            'O' => '0',
            'I' or 'L' => '1',
            _ => c,
        }).ToArray();
        return chars.Length == 16 && chars.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? new string(chars) : null;
    }
}
