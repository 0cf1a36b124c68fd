using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// The communes and wards a sender's address can name, from the administrative units of Organizations (the demo seed,
/// or the official list loaded with <c>units import</c>). Since 01/07/2025 a commune sits directly under its province
/// (RULES.md 11.1): the choice list groups communes by the district they came from, so that staff used to the old
/// districts still find them, and a name is written commune, (historical district,) province.
/// </summary>
public sealed class SenderUnits(AppDbContext db)
{
    public sealed record Choice(string Code, string Name);

    public sealed record Group(string Label, bool IsFormerDistrict, IReadOnlyList<Choice> Choices);

    /// <summary>The communes in force today, grouped by former district (or by province when none is recorded).</summary>
    public async Task<IReadOnlyList<Group>> ChoicesAsync(DateOnly today, CancellationToken ct)
    {
        var communes = (await db.AdministrativeUnits.AsNoTracking().Include(u => u.Parent)
                .Where(u => u.Level == AdministrativeLevel.Commune && (u.ValidTo == null || u.ValidTo >= today))
                .ToListAsync(ct))
            .Where(u => u.IsValidOn(today)).ToList();
        var ids = communes.Select(c => c.Id).ToList();
        var formerDistricts = await db.UnitSuccessions.AsNoTracking()
            .Where(s => ids.Contains(s.SuccessorId) && s.Predecessor.Level == AdministrativeLevel.District)
            .Select(s => new { s.SuccessorId, s.Predecessor.Name }).ToListAsync(ct);
        var districtOf = formerDistricts.GroupBy(d => d.SuccessorId).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Name);
        return [.. communes
            .GroupBy(c => districtOf.TryGetValue(c.Id, out var district) ? (district, true) : (c.Parent?.Name ?? "", false))
            .OrderBy(g => g.Key.Item1, Display.VietnameseOrder)
            .Select(g => new Group(g.Key.Item1, g.Key.Item2,
                [.. g.OrderBy(c => c.Name, Display.VietnameseOrder).Select(c => new Choice(c.Code, c.Name))]))];
    }

    /// <summary>The codes that are not a commune or ward of the list.</summary>
    public async Task<HashSet<string>> UnknownAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        var known = await db.AdministrativeUnits.AsNoTracking()
            .Where(u => wanted.Contains(u.Code) && u.Level == AdministrativeLevel.Commune).Select(u => u.Code).ToListAsync(ct);
        return [.. wanted.Except(known)];
    }

    /// <summary>"Xã Đại Phúc, Tỉnh Thái Nguyên" for each code: the unit and its parents up to the province.</summary>
    public async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string?> codes, CancellationToken ct)
    {
        var wanted = codes.OfType<string>().Distinct().ToList();
        if (wanted.Count == 0)
            return [];
        var units = await db.AdministrativeUnits.AsNoTracking().Include(u => u.Parent).ThenInclude(p => p!.Parent)
            .Where(u => wanted.Contains(u.Code)).ToListAsync(ct);
        return units.ToDictionary(u => u.Code, u =>
        {
            var names = new List<string>();
            for (var unit = u; unit is not null && unit.Level != AdministrativeLevel.Central; unit = unit.Parent)
                names.Add(unit.Name);
            return string.Join(", ", names);
        });
    }
}
