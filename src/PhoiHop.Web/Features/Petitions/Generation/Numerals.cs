using System.Text;

namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// Numbers and dates as Vietnamese letters write them (dots between thousands, dd/MM/yyyy), without culture lookups or
/// allocations in the hot path.
/// </summary>
internal static class Numerals
{
    private static readonly string[] Cache = BuildCache();

    public static string Text(int value) => (uint)value < (uint)Cache.Length ? Cache[value] : Build(value);

    public static void Append(StringBuilder sb, long value)
    {
        if (value < 0)
        {
            sb.Append('-');
            value = -value;
        }
        Span<char> buffer = stackalloc char[20];
        var i = buffer.Length;
        do
        {
            buffer[--i] = (char)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0);
        sb.Append(buffer[i..]);
    }

    /// <summary>125000000 → 125.000.000, the Vietnamese grouping.</summary>
    public static void AppendMoney(StringBuilder sb, long value)
    {
        Span<char> buffer = stackalloc char[32];
        var i = buffer.Length;
        var digits = 0;
        do
        {
            if (digits > 0 && digits % 3 == 0)
                buffer[--i] = '.';
            buffer[--i] = (char)('0' + (value % 10));
            value /= 10;
            digits++;
        }
        while (value > 0);
        sb.Append(buffer[i..]);
    }

    public static void AppendTwoDigits(StringBuilder sb, int value)
    {
        sb.Append((char)('0' + (value / 10))).Append((char)('0' + (value % 10)));
    }

    /// <summary>dd/MM/yyyy.</summary>
    public static void AppendDate(StringBuilder sb, DateOnly date)
    {
        AppendTwoDigits(sb, date.Day);
        sb.Append('/');
        AppendTwoDigits(sb, date.Month);
        sb.Append('/');
        Append(sb, date.Year);
    }

    /// <summary>"ngày 05 tháng 03 năm 2026", the date line of a letter.</summary>
    public static void AppendLongDate(StringBuilder sb, DateOnly date)
    {
        sb.Append("ngày ");
        AppendTwoDigits(sb, date.Day);
        sb.Append(" tháng ");
        AppendTwoDigits(sb, date.Month);
        sb.Append(" năm ");
        Append(sb, date.Year);
    }

    public static string Date(DateOnly date)
    {
        var sb = new StringBuilder(10);
        AppendDate(sb, date);
        return sb.ToString();
    }

    private static string[] BuildCache()
    {
        var cache = new string[3000];
        for (var i = 0; i < cache.Length; i++)
            cache[i] = Build(i);
        return cache;
    }

    private static string Build(int value)
    {
        var sb = new StringBuilder(11);
        Append(sb, value);
        return sb.ToString();
    }
}
