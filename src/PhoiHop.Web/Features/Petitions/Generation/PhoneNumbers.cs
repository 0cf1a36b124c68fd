namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// Ten-digit mobile numbers with the prefixes in use since the 2018 renumbering (03x, 05x, 07x, 08x, 09x). Weights
/// follow the networks' rough market shares (Viettel about half, then VinaPhone and MobiFone) [NV: estimates].
/// </summary>
internal static class PhoneNumbers
{
    public static readonly string[] Prefixes =
    [
        // Viettel
        "032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098",
        // VinaPhone
        "081", "082", "083", "084", "085", "088", "091", "094",
        // MobiFone
        "070", "076", "077", "078", "079", "089", "090", "093",
        // Vietnamobile, Gmobile, iTel
        "052", "056", "058", "092", "059", "099", "087",
    ];

    private static readonly WeightedTable PrefixTable = new(
    [
        5, 5, 5, 5, 4, 4, 4, 4, 4, 5, 5, 5,
        3, 3, 3, 3, 3, 3, 4, 4,
        2, 2, 2, 2, 2, 2, 4, 3,
        1, 1, 1, 1, 1, 1, 1,
    ]);

    public static string Pick(Random random)
    {
        Span<char> number = stackalloc char[10];
        Prefixes[PrefixTable.Pick(random)].AsSpan().CopyTo(number);
        for (var i = 3; i < 10; i++)
            number[i] = (char)('0' + random.Next(10));
        return new string(number);
    }
}
