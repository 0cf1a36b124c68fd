using System.ComponentModel.DataAnnotations;

namespace PhoiHop.Features.Calendar;

public sealed class CalendarEntryForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Calendar.Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Calendar.Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Calendar.Kind")]
    public HolidayKind Kind { get; set; } = HolidayKind.Holiday;

    [StringLength(500, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Calendar.LegalBasis")]
    public string? LegalBasis { get; set; }
}
