namespace PhoiHop.Features.Calendar;

/// <summary>The facts of one case that a time limit depends on.</summary>
/// <param name="StartDate">The date of the start event (receipt, acceptance, decision…); it is not itself counted.</param>
/// <param name="IsRemoteArea">The case is in a remote or hard-to-travel area (vùng sâu, vùng xa đi lại khó khăn).</param>
/// <param name="IsComplex">The case was found complex, in writing (NĐ 31/2019/NĐ-CP, Điều 3; NĐ 124/2020/NĐ-CP, Điều 3a).</param>
/// <param name="Pauses">Suspension periods; used only when the rule pauses on suspension.</param>
/// <param name="Extensions">How many extension decisions have been issued.</param>
public readonly record struct DeadlineInput(
    DateOnly StartDate,
    bool IsRemoteArea = false,
    bool IsComplex = false,
    IReadOnlyList<DeadlinePause>? Pauses = null,
    int Extensions = 0);
