using System.ComponentModel.DataAnnotations;

namespace PhoiHop.Features.Organizations;

public sealed class BodyForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(32, ErrorMessage = "Validation.TooLong")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9.-]*$", ErrorMessage = "Organizations.CodeFormat")]
    [Display(Name = "Organizations.Code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Organizations.Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Organizations.ShortName")]
    public string ShortName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(40, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Organizations.DocumentSymbol")]
    public string DocumentSymbol { get; set; } = "";

    [Display(Name = "Organizations.Kind")]
    public BodyKind Kind { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Organizations.Unit")]
    public Guid? UnitId { get; set; }

    [Display(Name = "Organizations.Parent")]
    public Guid? ParentId { get; set; }
}
