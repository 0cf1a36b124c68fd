using System.Diagnostics.CodeAnalysis;

namespace PhoiHop.Common;

/// <summary>
/// A Vietnamese phone number in its national form, <c>0</c> then the subscriber digits: mobile numbers have 10 digits
/// and start 03, 05, 07, 08 or 09 (since the 2018 renumbering of mobile prefixes); landlines start 02 with the area code
/// (since the 2017 renumbering of area codes) and have 10 or 11 digits. Service numbers (1800, 1900) are not a person's number.
/// </summary>
public readonly struct PhoneNumber : IEquatable<PhoneNumber>
{
    private const int MaxDigits = 15; // E.164

    private readonly string? _digits;

    private PhoneNumber(string digits) => _digits = digits;

    public PhoneNumberKind Kind => Digits[1] == '2' ? PhoneNumberKind.Landline : PhoneNumberKind.Mobile;

    public bool IsMobile => Kind == PhoneNumberKind.Mobile;

    private string Digits => _digits ?? throw new InvalidOperationException("This PhoneNumber is the default value: use TryParse.");

    /// <summary>
    /// Reads a number as typed: <c>+84 912 345 678</c>, <c>84912345678</c>, <c>0084 912.345.678</c>,
    /// <c>(024) 3825 1234</c> and <c>+84 (0) 912 345 678</c> all read as the national form.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? input, out PhoneNumber phone, out PhoneNumberError error)
    {
        phone = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = PhoneNumberError.Empty;
            return false;
        }

        Span<char> buffer = stackalloc char[MaxDigits + 1];
        var count = 0;
        var international = false;
        var trimmed = input.AsSpan().Trim();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '+' && i == 0)
            {
                international = true;
                continue;
            }
            if (c is ' ' or '\u00A0' or '.' or '-' or '(' or ')' or '\u2010' or '\u2011' or '\u2013')
                continue;
            if (!char.IsAsciiDigit(c))
            {
                error = PhoneNumberError.InvalidCharacters;
                return false;
            }
            if (count == buffer.Length)
            {
                error = PhoneNumberError.NotAPhoneNumber;
                return false;
            }
            buffer[count++] = c;
        }
        var digits = buffer[..count];
        if (digits.IsEmpty)
        {
            error = PhoneNumberError.Empty;
            return false;
        }

        // The country code: "+84", "0084", or a bare "84" (a national number always starts with 0, never with 8).
        if (!international && digits.StartsWith("00"))
        {
            international = true;
            digits = digits[2..];
        }
        if (international || digits[0] == '8')
        {
            if (!digits.StartsWith("84"))
            {
                error = international ? PhoneNumberError.NotVietnamese : PhoneNumberError.NotAPhoneNumber;
                return false;
            }
            digits = digits[2..];
            // "+84 (0) 912 …": the trunk 0 written after the country code.
            if (!digits.IsEmpty && digits[0] == '0')
                digits = digits[1..];
        }
        else if (digits[0] == '0')
        {
            digits = digits[1..];
        }
        else
        {
            error = PhoneNumberError.NotAPhoneNumber;
            return false;
        }

        var national = "0" + digits.ToString();
        error = Classify(national);
        if (error != PhoneNumberError.None)
            return false;
        phone = new PhoneNumber(national);
        return true;
    }

    /// <summary>The national form, digits only (<c>0912345678</c>): the normalised form to store and index.</summary>
    public override string ToString() => _digits ?? "";

    /// <summary>E.164, for SMS gateways: <c>+84912345678</c>.</summary>
    public string ToInternational() => "+84" + Digits[1..];

    public bool Equals(PhoneNumber other) => string.Equals(_digits, other._digits, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is PhoneNumber other && Equals(other);

    public override int GetHashCode() => _digits is null ? 0 : StringComparer.Ordinal.GetHashCode(_digits);

    public static bool operator ==(PhoneNumber left, PhoneNumber right) => left.Equals(right);

    public static bool operator !=(PhoneNumber left, PhoneNumber right) => !left.Equals(right);

    private static PhoneNumberError Classify(string national)
    {
        if (national.Length < 2)
            return PhoneNumberError.NotAPhoneNumber;
        return national[1] switch
        {
            '3' or '5' or '7' or '8' or '9' when national.Length == 10 => PhoneNumberError.None,
            '2' when national.Length is 10 or 11 => PhoneNumberError.None,
            '1' when national.Length == 11 => PhoneNumberError.ObsoleteMobileNumber,
            _ => PhoneNumberError.NotAPhoneNumber,
        };
    }
}
