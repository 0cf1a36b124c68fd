using PhoiHop.Features.Regulations;

namespace PhoiHop.Infrastructure.Data.Seed;

/// <summary>
/// Illustrative texts of the three regulations of Thái Nguyên for the 2021–2026 term. The signed texts are not
/// public here: these are written for the demo and the UI marks them as sample text.
/// </summary>
internal static class DemoRegulationTexts
{
    public static readonly RegulationText CouncilFront = new(
        "01/QCPH-HĐND-MTTQ",
        "Quy chế phối hợp công tác giữa Thường trực Hội đồng nhân dân tỉnh và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh nhiệm kỳ 2021–2026",
        ["TTHDND-TN", "MTTQ-TN"],
        "Văn bản minh họa.",
        [
            new("Chương 1", [
                new("Điều 1", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 2", "Nội dung minh họa.", CoordinationArea.General, []),
            ]),
            new("Chương 2", [
                new("Điều 3", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 4", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 5", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 6", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 7", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 8", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 9", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 10", "Nội dung minh họa.", CoordinationArea.General, []),
            ]),
            new("Chương 3", [
                new("Điều 11", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 12", "Nội dung minh họa.", CoordinationArea.General, []),
            ]),
        ]);

    public static readonly RegulationText CommitteeFront = new(
        "02/QCPH-UBND-MTTQ",
        "Quy chế phối hợp công tác giữa Ủy ban nhân dân tỉnh và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh nhiệm kỳ 2021–2026",
        ["UBND-TN", "MTTQ-TN"],
        "Văn bản minh họa.",
        [
            new("Chương 1", [
                new("Điều 1", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 2", "Nội dung minh họa.", CoordinationArea.General, []),
            ]),
            new("Chương 2", [
                new("Điều 3", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 4", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 5", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 6", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 7", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 8", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 9", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 10", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 11", "Nội dung minh họa.", CoordinationArea.General, []),
            ]),
            new("Chương 3", [
                new("Điều 12", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 13", "Nội dung minh họa.", CoordinationArea.General, []),
            ]),
        ]);

    public static readonly RegulationText DelegationFront = new(
        "03/QCPH-ĐĐBQH-MTTQ",
        "Quy chế phối hợp công tác giữa Đoàn đại biểu Quốc hội tỉnh và Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh nhiệm kỳ 2021–2026",
        ["DBQH-TN", "MTTQ-TN"],
        "Văn bản minh họa.",
        [
            new("Chương 1", [
                new("Điều 1", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 2", "Nội dung minh họa.", CoordinationArea.General, []),
            ]),
            new("Chương 2", [
                new("Điều 3", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 4", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 5", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 6", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 7", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 8", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 9", "Nội dung minh họa.", CoordinationArea.General, []),
            ]),
            new("Chương 3", [
                new("Điều 10", "Nội dung minh họa.", CoordinationArea.General, []),
                new("Điều 11", "Nội dung minh họa.", CoordinationArea.General, []),
            ]),
        ]);

    public static IReadOnlyList<RegulationText> All { get; } = [CouncilFront, CommitteeFront, DelegationFront];
}
