using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PhoiHop.Infrastructure.Web;

/// <summary>
/// With nothing to say, ASP.NET's validation summary still writes <c>&lt;li style="display:none"&gt;</c>, a placeholder
/// for client-side validation libraries PhoiHop does not use. Its inline style breaks the Content Security Policy
/// (style-src 'self'), so every form page logged an error in the browser: the placeholder is left out, and the empty
/// summary is hidden by the stylesheet (.error-summary:empty).
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ValidationSummaryPlaceholderTagHelper : TagHelper
{
    // After the framework's ValidationSummaryTagHelper has written its content.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // The placeholder exactly: a message's own text is encoded and cannot look like it.
        if (output.PostContent.GetContent().Contains("<li style=\"display:none\"></li>", StringComparison.Ordinal))
            output.PostContent.Clear();
    }
}
