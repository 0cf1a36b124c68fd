using static PhoiHop.Features.Calendar.CalendarText;

namespace PhoiHop.Features.Calendar;

/// <summary>
/// Walks a period day by day and says, in Vietnamese, what was counted and what was skipped and why, so that a citizen
/// or an inspector can check a due date by hand. Slow on purpose; <see cref="DeadlineCalculator"/> checks that this walk
/// reaches the same date as its fast path.
/// </summary>
internal sealed class DeadlineExplanation(DeadlineRule rule, DeadlineInput input, int amount, WorkingCalendar calendar)
{
    private const string PauseKey = "\u0001pause";
    private const string WeekendKey = "\u0001weekend";

    private readonly List<string> _lines = [];
    private string? _runKey;
    private DateOnly _runFrom;
    private DateOnly _runTo;

    public IReadOnlyList<string> Lines => _lines;

    public DateOnly Walk()
    {
        var pauses = rule.PausesOnSuspension && input.Pauses is { Count: > 0 } ? input.Pauses : null;
        DescribeRule();
        if (input.Pauses is { Count: > 0 } && !rule.PausesOnSuspension)
        {
            _lines.Add("Thời hạn này không dừng khi tạm đình chỉ: các ngày tạm đình chỉ vẫn được tính.");
        }

        var anchor = DeadlineCalculator.Anchor(rule, input.StartDate);
        _lines.Add(rule.CountFromNextDay
            ? $"Bắt đầu tính từ ngày {Date(anchor.AddDays(1))} (ngày tiếp theo ngày {Date(input.StartDate)})"
            : $"Bắt đầu tính từ ngày {Date(input.StartDate)} (tính cả ngày bắt đầu)");

        DateOnly end;
        switch (rule.Unit)
        {
            case DeadlineUnit.WorkingDays:
                end = WalkWorkingDays(anchor, pauses);
                _lines.Add(Invariant($"Đủ {amount} ngày làm việc vào {Weekday(end)} {Date(end)}."));
                return Due(end);
            case DeadlineUnit.CalendarDays:
                end = WalkDays(anchor, amount, pauses);
                _lines.Add(Invariant($"Đủ {amount} ngày vào {Weekday(end)} {Date(end)}."));
                break;
            case DeadlineUnit.Months:
                end = DeadlineCalculator.MonthEnd(rule, input.StartDate, amount);
                _lines.Add(end.Day == input.StartDate.Day || !rule.CountFromNextDay
                    ? Invariant($"{amount} tháng kể từ {Date(input.StartDate)}: kết thúc vào ngày tương ứng {Weekday(end)} {Date(end)}.")
                    : Invariant($"{amount} tháng kể từ {Date(input.StartDate)}: tháng {end:MM/yyyy} không có ngày {input.StartDate.Day}, kết thúc vào ngày cuối tháng {Date(end)} (Bộ luật Dân sự 2015, Điều 148, khoản 3)."));
                if (pauses is not null)
                {
                    var nominal = end;
                    end = WalkDays(anchor, end.DayNumber - anchor.DayNumber, pauses);
                    _lines.Add(Invariant($"Cộng thêm {end.DayNumber - nominal.DayNumber} ngày tạm đình chỉ: {Weekday(end)} {Date(end)}."));
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Unit, "Unknown deadline unit.");
        }

        if (rule.RollForwardIfNonWorking && !calendar.IsWorkingDay(end))
        {
            var next = calendar.FirstWorkingDayOnOrAfter(end);
            var reason = calendar.Describe(end) is { } entry ? $" ({entry.Name})" : "";
            _lines.Add($"Hạn cuối rơi vào {Weekday(end)} {Date(end)}{reason}, chuyển sang ngày làm việc tiếp theo {Date(next)} (Bộ luật Dân sự 2015, Điều 148, khoản 5)");
            end = next;
        }

        return Due(end);
    }

    private DateOnly Due(DateOnly end)
    {
        _lines.Add($"Hạn cuối: hết ngày {Weekday(end)} {Date(end)}.");
        return end;
    }

    private void DescribeRule()
    {
        _lines.Add($"Áp dụng: {rule.Step} — {Period(rule.Amount, rule.Unit)} kể từ {rule.StartEvent} ({rule.LegalBasis}; quy định có hiệu lực từ {Date(rule.ValidFrom)}).");

        var variant = Variant();
        var baseAmount = amount - (input.Extensions * rule.ExtensionAmount);
        if (variant is not null)
        {
            _lines.Add($"Trường hợp {variant}: {Period(baseAmount, rule.Unit)}.");
        }

        if (input.Extensions > 0)
        {
            _lines.Add(Invariant($"Gia hạn {input.Extensions} lần, mỗi lần {Period(rule.ExtensionAmount, rule.Unit)}: tổng cộng {Period(amount, rule.Unit)}."));
        }
    }

    /// <summary>Which variant amount <see cref="DeadlineCalculator.AmountFor"/> took, in words, or null for the base amount.</summary>
    private string? Variant()
    {
        const string remote = "vùng sâu, vùng xa đi lại khó khăn";
        const string complex = "vụ việc phức tạp";
        var hasRemote = input.IsRemoteArea && rule.RemoteAreaAmount is not null;
        var hasComplex = input.IsComplex && rule.ComplexAmount is not null;
        if (input is { IsRemoteArea: true, IsComplex: true } && rule.RemoteComplexAmount is not null || hasRemote && hasComplex)
        {
            return $"{complex} ở {remote}";
        }

        return hasRemote ? remote : hasComplex ? complex : null;
    }

    private DateOnly WalkWorkingDays(DateOnly anchor, IReadOnlyList<DeadlinePause>? pauses)
    {
        var day = anchor;
        for (var counted = 0; counted < amount;)
        {
            day = day.AddDays(1);
            var entry = calendar.Describe(day);
            if (DeadlineCalculator.IsPaused(pauses, day.DayNumber))
            {
                Skip(PauseKey, day);
            }
            else if (!calendar.IsWorkingDay(day))
            {
                Skip(entry?.Name ?? WeekendKey, day);
            }
            else
            {
                Flush();
                counted++;
                if (entry is { Kind: HolidayKind.SwapOn } && day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    _lines.Add($"Tính {Weekday(day)} {Date(day)} là ngày làm việc: {entry.Name}");
                }
            }
        }

        Flush();
        return day;
    }

    private DateOnly WalkDays(DateOnly anchor, int days, IReadOnlyList<DeadlinePause>? pauses)
    {
        var day = anchor;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (DeadlineCalculator.IsPaused(pauses, day.DayNumber))
            {
                Skip(PauseKey, day);
            }
            else
            {
                Flush();
                counted++;
            }
        }

        Flush();
        return day;
    }

    private void Skip(string key, DateOnly day)
    {
        if (_runKey == key && _runTo.AddDays(1) == day)
        {
            _runTo = day;
            return;
        }

        Flush();
        (_runKey, _runFrom, _runTo) = (key, day, day);
    }

    private void Flush()
    {
        switch (_runKey)
        {
            case null:
                return;
            case PauseKey:
                _lines.Add(_runFrom == _runTo
                    ? $"Tạm đình chỉ ngày {Date(_runFrom)}: không tính"
                    : $"Tạm đình chỉ từ {Date(_runFrom)} đến {Date(_runTo)}: không tính");
                break;
            case WeekendKey:
                _lines.Add($"Bỏ qua {Range(_runFrom, _runTo)}: {(_runFrom == _runTo ? Weekday(_runFrom) : "thứ Bảy, Chủ nhật")}");
                break;
            default:
                _lines.Add($"Bỏ qua {Range(_runFrom, _runTo)}: {_runKey}");
                break;
        }

        _runKey = null;
    }
}
