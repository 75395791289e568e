using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Gehoord.Web.Infrastructure.TagHelpers;

/// <summary>
/// The list of what to fix at the top of a form, each item a link to its field; empty when the
/// form is valid. Errors not tied to a field (wrong password) are listed as plain text. With
/// errors the page title starts with "Fout: " ("Error: ") and focus moves to the list.
/// </summary>
[HtmlTargetElement("gh-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(HtmlEncoder encoder) : TagHelper
{
    public string Heading { get; set; } = "Controleer wat u hebt ingevuld";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        if (ViewContext.ModelState.IsValid)
        {
            output.SuppressOutput();
            return;
        }

        // The title says it first, so a screen reader user hears it on arrival; the layout renders
        // the title after the page body, so setting it here is in time.
        var prefix = ViewContext.ViewData["Lang"] as string == "en" ? "Error: " : "Fout: ";
        if (ViewContext.ViewData["Title"] is string title && !title.StartsWith(prefix, StringComparison.Ordinal))
        {
            ViewContext.ViewData["Title"] = prefix + title;
        }

        // Focus lands on the list (autofocus works without JavaScript); tabindex lets a div take it,
        // and the id lets the page link to it.
        var html = new StringBuilder();
        html.Append("<div class=\"utrecht-alert utrecht-alert--error gh-error-summary\" id=\"fouten\" tabindex=\"-1\" autofocus role=\"alert\" aria-labelledby=\"gh-error-summary-title\">");
        html.Append("<h2 class=\"utrecht-heading-2\" id=\"gh-error-summary-title\">").Append(encoder.Encode(Heading)).Append("</h2><ul class=\"utrecht-unordered-list\">");
        foreach (var (key, entry) in ViewContext.ModelState)
        {
            foreach (var error in entry.Errors)
            {
                var message = encoder.Encode(error.ErrorMessage);
                html.Append("<li class=\"utrecht-unordered-list__item\">");
                if (string.IsNullOrEmpty(key))
                {
                    html.Append(message);
                }
                else
                {
                    html.Append("<a class=\"utrecht-link\" href=\"#").Append(TagBuilder.CreateSanitizedId(key, "_")).Append("\">").Append(message).Append("</a>");
                }

                html.Append("</li>");
            }
        }

        html.Append("</ul></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
