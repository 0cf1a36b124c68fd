using System.ComponentModel.DataAnnotations;

namespace PhoiHop.Features.Organizations.Staff;

public sealed class StaffForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.FullName")]
    public string FullName { get; set; } = "";

    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.Position")]
    public string? Position { get; set; }

    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(256, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Account.Email")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Account.Body")]
    public Guid? BodyId { get; set; }

    [Display(Name = "Account.Roles")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Staff.Status")]
    public bool IsActive { get; set; } = true;
}
