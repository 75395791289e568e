namespace Gehoord.Web.Features.Handling;

/// <summary>A radio or checkbox group for <c>_ChoiceFieldset.cshtml</c>.</summary>
public sealed record ChoiceFieldset(string Name, string Legend, IReadOnlyList<ChoiceOption> Options, bool Multiple = false, string? Hint = null)
{
    /// <summary>The HTML id of the fieldset, from the field's name as ASP.NET Core makes ids.</summary>
    public string FieldsetId => Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(Name, "_");

    /// <summary>Ja / Nee, and optionally "weet ik niet" for a question that may stay open.</summary>
    public static ChoiceFieldset YesNo(string name, string legend, bool? value, bool allowUnknown = false, string? hint = null)
    {
        List<ChoiceOption> options = [new("true", "Ja", value == true), new("false", "Nee", value == false)];
        if (allowUnknown)
        {
            options.Add(new(string.Empty, "Weet ik (nog) niet", value is null));
        }

        return new(name, legend, options, Hint: hint);
    }
}

public sealed record ChoiceOption(string Value, string Label, bool Checked, string? Description = null);
