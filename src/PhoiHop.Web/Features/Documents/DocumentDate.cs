using System.Globalization;

namespace PhoiHop.Features.Documents;

/// <summary>
/// Dates as an administrative document writes them (Nghị định 30/2020/NĐ-CP, Phụ lục I, "Địa danh và thời gian ban hành
/// văn bản"): written in full with Arabic numerals, and a day below 10 or the month of January or February gets a leading
/// zero: "ngày 05 tháng 02 năm 2026", but "ngày 27 tháng 3 năm 2026".
/// </summary>
public static class DocumentDate
{
    /// <summary>"ngày 05 tháng 02 năm 2026".</summary>
    public static string Written(DateOnly date) => string.Create(CultureInfo.InvariantCulture,
        $"ngày {date.Day:00} tháng {(date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>"05/02/2026", for dates inside the body text.</summary>
    public static string Numeric(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The line under the national motto: "Thái Nguyên, ngày 05 tháng 02 năm 2026".</summary>
    public static string PlaceAndDate(string place, DateOnly date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        return $"{place.Trim()}, {Written(date)}";
    }
}
