using PhoiHop.Common;

namespace PhoiHop.Features.Calendar;

public static class DeadlineErrors
{
    public static readonly DomainError NoMoreExtensions = new("deadline.no_more_extensions", "Errors.Deadline.NoMoreExtensions");
}
