using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Gehoord.Web.Infrastructure.TagHelpers;

/// <summary>
/// One form field in the NL Design System markup: label, optional hint, the error in plain
/// words, and the input with what the user typed kept. Every form uses it so that labels,
/// aria-describedby and aria-invalid are never forgotten.
/// <code>&lt;gh-field for="Input.Email" label="E-mailadres" type="email" autocomplete="email" /&gt;</code>
/// </summary>
[HtmlTargetElement("gh-field", Attributes = "for,label", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(HtmlEncoder encoder) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    /// <summary>Input type: text, email, tel, password, date, number; or "textarea".</summary>
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public bool Required { get; set; }

    public int Rows { get; set; } = 6;

    public string? Inputmode { get; set; }

    /// <summary>Shown after the label of a field that may stay empty; English pages pass "(optional)".</summary>
    public string OptionalText { get; set; } = "(niet verplicht)";

    /// <summary>
    /// Words of the label only screen readers need, where the page's layout shows them already
    /// (a norm's note beside the norm): " bij Fair play".
    /// </summary>
    public string? LabelHidden { get; set; }

    /// <summary>For <c>type="select"</c>: the options, value and label, in order.</summary>
    public IReadOnlyList<(string Value, string Label)> Options { get; set; } = [];

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var errors = ViewContext.ModelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var value = entry?.AttemptedValue ?? Format(For.Model);
        var invalid = errors.Count > 0;

        var describedBy = new List<string>();
        var html = new System.Text.StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field utrecht-form-field--{(Type is "textarea" or "select" ? Type : "text")}{(invalid ? " utrecht-form-field--invalid" : string.Empty)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">{E(Label)}{(string.IsNullOrEmpty(LabelHidden) ? string.Empty : $"<span class=\"gh-visually-hidden\">{E(LabelHidden)}</span>")}{(Required || OptionalText.Length == 0 ? string.Empty : $" <span class=\"gh-optional\">{E(OptionalText)}</span>")}</label></div>");
        if (!string.IsNullOrEmpty(Hint))
        {
            describedBy.Add(id + "-hint");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"{id}-hint\">{E(Hint)}</div>");
        }

        if (invalid)
        {
            describedBy.Add(id + "-error");
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"utrecht-form-field__error-message utrecht-form-field-error-message gh-field-error\" id=\"{id}-error\">{E(string.Join(" ", errors))}</div>");
        }

        var common = new System.Text.StringBuilder();
        common.Append(CultureInfo.InvariantCulture, $" id=\"{id}\" name=\"{E(name)}\"");
        if (describedBy.Count > 0)
        {
            common.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        if (invalid)
        {
            common.Append(" aria-invalid=\"true\"");
        }

        if (Required)
        {
            // aria-required, not required: the browser's own pop-up would replace our plain message,
            // and some styles mark an empty required field red before anything was typed.
            common.Append(" aria-required=\"true\"");
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            common.Append(CultureInfo.InvariantCulture, $" autocomplete=\"{E(Autocomplete)}\"");
        }

        if (!string.IsNullOrEmpty(Inputmode))
        {
            common.Append(CultureInfo.InvariantCulture, $" inputmode=\"{E(Inputmode)}\"");
        }

        html.Append("<div class=\"utrecht-form-field__input\">");
        if (Type == "textarea")
        {
            // Browsers post line breaks as CR LF; echoed back encoded, a CR is invalid HTML.
            html.Append(CultureInfo.InvariantCulture, $"<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea{(invalid ? " utrecht-textarea--invalid" : string.Empty)}\" rows=\"{Rows}\"{common}>{E(value?.ReplaceLineEndings("\n"))}</textarea>");
        }
        else if (Type == "select")
        {
            html.Append(CultureInfo.InvariantCulture, $"<select class=\"utrecht-select utrecht-select--html-select{(invalid ? " utrecht-select--invalid" : string.Empty)}\"{common}>");
            foreach (var (optionValue, optionLabel) in Options)
            {
                html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(optionValue)}\"{(optionValue == (value ?? string.Empty) ? " selected" : string.Empty)}>{E(optionLabel)}</option>");
            }

            html.Append("</select>");
        }
        else
        {
            // Passwords are never echoed back into the page.
            var shown = Type == "password" ? string.Empty : value;
            html.Append(CultureInfo.InvariantCulture, $"<input class=\"utrecht-textbox utrecht-textbox--html-input{(invalid ? " utrecht-textbox--invalid" : string.Empty)}\" type=\"{E(Type)}\" value=\"{E(shown)}\"{common}>");
        }

        html.Append("</div></div>");

        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Format(object? model) => model switch
    {
        null => string.Empty,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString() ?? string.Empty,
    };

    private string E(string? text) => encoder.Encode(text ?? string.Empty);
}
