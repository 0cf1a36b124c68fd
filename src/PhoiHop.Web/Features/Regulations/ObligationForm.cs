using System.ComponentModel.DataAnnotations;

namespace PhoiHop.Features.Regulations;

public sealed class ObligationForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Regulations.Responsible")]
    public Guid? ResponsibleBodyId { get; set; }

    [Display(Name = "Regulations.Partner")]
    public Guid? PartnerBodyId { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Regulations.Obligation")]
    public string Description { get; set; } = "";

    [Display(Name = "Regulations.Recurrence")]
    public Recurrence Recurrence { get; set; }
}
