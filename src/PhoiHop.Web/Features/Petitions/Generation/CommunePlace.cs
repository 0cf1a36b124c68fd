namespace PhoiHop.Features.Petitions.Generation;

/// <summary>A commune or ward of the province, as the generator places senders and matters in it.</summary>
internal sealed record CommunePlace(string Name, bool IsWard, bool IsRemote, bool WasInBacKan, int Weight)
{
    public string FullName { get; } = (IsWard ? "phường " : "xã ") + Name;

    // "UBND xã Đại Phúc" is written with the capital in the body's name only.
    public string FullNameCapitalised { get; } = (IsWard ? "Phường " : "Xã ") + Name;
}
