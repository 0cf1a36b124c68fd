namespace PhoiHop.Features.Calendar;

public enum DeadlineStatus
{
    Open = 0,
    Met = 1,
    Cancelled = 2,
}
