namespace PhoiHop.Features.Documents;

/// <summary>
/// Who signs, and in what capacity (Nghị định 30/2020/NĐ-CP, Điều 13 and Phụ lục I, "Chức vụ, họ tên và chữ ký của người
/// có thẩm quyền"): "TM." on behalf of a collective, "KT." for a deputy signing for the head, "TL." by order, "TUQ." by
/// written authorisation, "Q." for an acting head. No academic or honorary titles go before the name.
/// </summary>
/// <param name="Authority">The capacity lines above the position, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"].</param>
/// <param name="Position">Chức vụ, e.g. "Phó Chủ tịch"; printed in capitals.</param>
/// <param name="FullName">Họ và tên, e.g. "Nguyễn Văn An".</param>
public sealed record Signer(IReadOnlyList<string> Authority, string Position, string FullName)
{
    /// <summary>The head signs in their own name (bodies run by one head: a department director).</summary>
    public static Signer Head(string position, string fullName) => new([], position, fullName);

    /// <summary>The head signs on behalf of a collective: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH".</summary>
    public static Signer OnBehalfOf(string collective, string position, string fullName) => new([$"TM. {collective}"], position, fullName);

    /// <summary>
    /// A deputy signs for the head: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; with a collective, "TM. ỦY BAN NHÂN DÂN" comes first.
    /// </summary>
    public static Signer ForHead(string headPosition, string position, string fullName, string? collective = null) =>
        new(collective is null ? [$"KT. {headPosition}"] : [$"TM. {collective}", $"KT. {headPosition}"], position, fullName);

    /// <summary>The head of a unit signs by order of the body's head: "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG".</summary>
    public static Signer ByOrderOf(string headPosition, string position, string fullName) => new([$"TL. {headPosition}"], position, fullName);

    /// <summary>Signs by the head's written, time-limited authorisation: "TUQ. CHỦ TỊCH" / "GIÁM ĐỐC SỞ …".</summary>
    public static Signer ByAuthorisationOf(string headPosition, string position, string fullName) => new([$"TUQ. {headPosition}"], position, fullName);

    /// <summary>An acting head: "Q. GIÁM ĐỐC".</summary>
    public static Signer Acting(string position, string fullName) => new([], $"Q. {position}", fullName);
}
