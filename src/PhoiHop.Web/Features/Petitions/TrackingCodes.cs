using System.Security.Cryptography;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// Tracking codes citizens read out on the phone and type on the portal: "PH-" and 8 characters of Crockford's base 32
/// (no I, L, O or U), about 10¹² codes, drawn at random so that one code says nothing about another.
/// </summary>
public static class TrackingCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<char> code = stackalloc char[12];
        "PH-".CopyTo(code);
        for (var i = 0; i < 8; i++)
            code[i < 4 ? 3 + i : 4 + i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        code[7] = '-';
        return new string(code);
    }

    /// <summary>Reads a code as people type it: any case, spaces or no dash, O for 0 and I or L for 1.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return null;
        var chars = input.Trim().ToUpperInvariant().Where(c => c is not (' ' or '-')).Select(c => c switch
        {
            'O' => '0',
            'I' or 'L' => '1',
            _ => c,
        }).ToArray();
        var body = new string(chars);
        if (body.StartsWith("PH", StringComparison.Ordinal))
            body = body[2..];
        return body.Length == 8 && body.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? $"PH-{body[..4]}-{body[4..]}" : null;
    }
}
