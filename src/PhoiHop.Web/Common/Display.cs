using System.Globalization;

namespace PhoiHop.Common;

/// <summary>How dates and names are shown: dd/MM/yyyy in every language (Decree 30/2020 style), vi-VN collation.</summary>
public static class Display
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Sorts Vietnamese names as a Vietnamese reader expects (Đ after D, tones after base letters).</summary>
    public static readonly StringComparer VietnameseOrder = StringComparer.Create(Vietnamese, CompareOptions.None);

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>An instant shown in Vietnam time (UTC+7, no daylight saving).</summary>
    public static string DateTime(DateTimeOffset? instant) =>
        instant?.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A file's size in bytes, KB or MB (1024), in the reader's number format: "512 B", "1,5 KB", "2,3 MB".</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(CultureInfo.CurrentCulture)} B",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.CurrentCulture)} KB",
        _ => $"{(bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.CurrentCulture)} MB",
    };

    public static DateOnly VietnamToday(TimeProvider clock) => VietnamDate(clock.GetUtcNow());

    /// <summary>The calendar day of an instant in Vietnam (UTC+7).</summary>
    public static DateOnly VietnamDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(7)).DateTime);

    /// <summary>Chapter numbers are Roman in Vietnamese legal texts (Chương I, II, III).</summary>
    public static string Roman(int number)
    {
        if (number is < 1 or > 3999)
            return number.ToString(CultureInfo.InvariantCulture);
        (int Value, string Numeral)[] table =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = new System.Text.StringBuilder();
        foreach (var (value, numeral) in table)
        {
            while (number >= value)
            {
                result.Append(numeral);
                number -= value;
            }
        }
        return result.ToString();
    }
}
