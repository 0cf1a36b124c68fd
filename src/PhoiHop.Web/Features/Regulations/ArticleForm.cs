using System.ComponentModel.DataAnnotations;

namespace PhoiHop.Features.Regulations;

public sealed class ArticleForm
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(500, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Regulations.ArticleTitle")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(20000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Regulations.ArticleText")]
    public string Text { get; set; } = "";

    [Display(Name = "Regulations.Area")]
    public CoordinationArea Area { get; set; }
}
