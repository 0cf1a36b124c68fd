using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Organizations;

/// <summary>
/// Imports the official list of administrative units: code, name, level, parent code, and optionally valid from
/// and valid to (dd/MM/yyyy or yyyy-MM-dd). Rows are matched by code: new codes are added, known codes updated.
/// A file with any invalid row changes nothing.
/// </summary>
public sealed class AdministrativeUnitImporter(AppDbContext db)
{
    public sealed record ImportResult(int Added, int Updated, IReadOnlyList<string> Errors)
    {
        public bool IsSuccess => Errors.Count == 0;
    }

    private sealed record Row(int Line, string Code, string Name, AdministrativeLevel Level, string? ParentCode, DateOnly? From, DateOnly? To);

    public async Task<ImportResult> ImportAsync(TextReader csv, CancellationToken ct)
    {
        var errors = new List<string>();
        var rows = new List<Row>();
        foreach (var (line, raw) in CsvReader.Read(csv))
        {
            var f = raw.Select(x => TextInput.Clean(x.Trim()) ?? "\uFFFD").ToArray();
            if (rows.Count == 0 && errors.Count == 0 && IsHeader(f))
                continue;
            if (f.Any(x => x == "\uFFFD"))
            {
                errors.Add($"Dòng {line}: có ký tự không hợp lệ.");
                continue;
            }
            if (f.Length < 3)
            {
                errors.Add($"Dòng {line}: cần ít nhất mã, tên và cấp.");
                continue;
            }
            var (code, name) = (f[0], f[1]);
            if (code.Length is 0 or > 16 || !code.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '.'))
                errors.Add($"Dòng {line}: mã \"{code}\" không hợp lệ.");
            if (name.Length is 0 or > 200)
                errors.Add($"Dòng {line}: tên trống hoặc quá dài.");
            var level = ParseLevel(f[2]);
            if (level is null)
                errors.Add($"Dòng {line}: cấp \"{f[2]}\" không nhận ra (Tỉnh, Huyện, Xã, Phường, Đặc khu…).");
            DateOnly? from = null, to = null;
            if (f.Length > 4 && f[4].Length > 0 && (from = ParseDate(f[4])) is null)
                errors.Add($"Dòng {line}: ngày hiệu lực \"{f[4]}\" không hợp lệ.");
            if (f.Length > 5 && f[5].Length > 0 && (to = ParseDate(f[5])) is null)
                errors.Add($"Dòng {line}: ngày hết hiệu lực \"{f[5]}\" không hợp lệ.");
            if (level is not null)
                rows.Add(new Row(line, code, name, level.Value, f.Length > 3 && f[3].Length > 0 ? f[3] : null, from, to));
        }

        var existing = await db.AdministrativeUnits.ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, ct);
        var fileCodes = rows.Select(r => r.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var duplicate in rows.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            errors.Add($"Dòng {string.Join(", ", duplicate.Select(r => r.Line))}: mã {duplicate.Key} lặp lại.");
        foreach (var row in rows.Where(r => r.ParentCode is not null && !existing.ContainsKey(r.ParentCode) && !fileCodes.Contains(r.ParentCode)))
            errors.Add($"Dòng {row.Line}: không có đơn vị cấp trên mã {row.ParentCode}.");
        if (errors.Count > 0)
            return new ImportResult(0, 0, errors);

        int added = 0, updated = 0;
        // Parents before children: a row's parent may come later in the file.
        foreach (var row in rows.OrderBy(r => r.Level))
        {
            var parent = row.ParentCode is null ? null : existing[row.ParentCode];
            if (existing.TryGetValue(row.Code, out var unit))
            {
                unit.Rename(row.Name);
                unit.SetLevel(row.Level);
                unit.MoveTo(parent);
                unit.SetValidity(row.From ?? unit.ValidFrom, row.To ?? unit.ValidTo);
                updated++;
            }
            else
            {
                unit = AdministrativeUnit.Create(row.Code, row.Name, row.Level, parent, row.From, row.To);
                db.AdministrativeUnits.Add(unit);
                existing[row.Code] = unit;
                added++;
            }
        }
        await db.SaveChangesAsync(ct);
        return new ImportResult(added, updated, []);
    }

    private static bool IsHeader(string[] f) =>
        f.Length > 0 && (f[0].Equals("code", StringComparison.OrdinalIgnoreCase) || f[0].StartsWith("Mã", StringComparison.OrdinalIgnoreCase));

    internal static AdministrativeLevel? ParseLevel(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        return v switch
        {
            "tỉnh" or "thành phố trung ương" or "thành phố trực thuộc trung ương" or "province" or "1" => AdministrativeLevel.Province,
            "huyện" or "quận" or "thị xã" or "thành phố thuộc tỉnh" or "thành phố" or "district" or "2" => AdministrativeLevel.District,
            "xã" or "phường" or "thị trấn" or "đặc khu" or "commune" or "ward" or "3" => AdministrativeLevel.Commune,
            "thôn" or "tổ dân phố" or "bản" or "khu dân cư" or "residentialarea" or "4" => AdministrativeLevel.ResidentialArea,
            _ => null,
        };
    }

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
