using System.ComponentModel.DataAnnotations;

namespace PhoiHop.Features.Regulations;

/// <summary>The fields of a regulation shared by the create and edit pages.</summary>
public sealed class RegulationForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Regulations.Number")]
    public string Number { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(500, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Regulations.TitleColumn")]
    public string Title { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Regulations.Summary")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Regulations.Term")]
    public Guid? TermId { get; set; }

    [Display(Name = "Regulations.Parties")]
    public List<Guid> PartyIds { get; set; } = [];
}
