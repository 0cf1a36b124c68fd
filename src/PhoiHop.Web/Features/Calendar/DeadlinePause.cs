namespace PhoiHop.Features.Calendar;

/// <summary>
/// Days during which a time limit does not run, both ends included: typically from the suspension decision to the
/// decision to continue (Luật Tố cáo 2018, Điều 34, khoản 2; NĐ 124/2020/NĐ-CP, Điều 28b as added by NĐ 155/2026/NĐ-CP),
/// so the clock runs again from the day after <see cref="To"/>.
/// </summary>
public readonly record struct DeadlinePause(DateOnly From, DateOnly To);
