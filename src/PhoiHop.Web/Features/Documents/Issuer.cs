namespace PhoiHop.Features.Documents;

/// <summary>
/// The body that issues a document. Names are given in sentence case as the body text writes them (Nghị định 30/2020/NĐ-CP,
/// Phụ lục II): "Ủy ban nhân dân tỉnh Thái Nguyên"; the header prints them in capitals.
/// </summary>
/// <param name="Name">Tên cơ quan ban hành, e.g. "Sở Nông nghiệp và Môi trường".</param>
/// <param name="Code">The abbreviation in document symbols, e.g. "SNNMT", "UBND", "MTTQ-BTT".</param>
/// <param name="Place">Địa danh: the province (or commune) where the body sits, e.g. "Thái Nguyên".</param>
/// <param name="ParentAuthority">Tên cơ quan chủ quản trực tiếp, printed above the name, e.g. "Ủy ban nhân dân tỉnh Thái Nguyên".</param>
public sealed record Issuer(string Name, string Code, string Place, string? ParentAuthority = null);
