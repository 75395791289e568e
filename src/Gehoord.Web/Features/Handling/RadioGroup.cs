namespace Gehoord.Web.Features.Handling;

/// <summary>A set of radio buttons in a fieldset with legend, hint and error, rendered by _RadioGroup.cshtml.</summary>
public sealed record RadioGroup(string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, string? Current, string? Hint = null)
{
    public static IReadOnlyList<(string Value, string Label)> YesNo(string yes = "Ja", string no = "Nee") => [("true", yes), ("false", no)];

    public static IReadOnlyList<(string Value, string Label)> Of<T>(IEnumerable<T> values, Func<T, string> label)
        where T : struct, Enum => values.Select(v => (v.ToString(), label(v))).ToList();

    public static IReadOnlyList<(string Value, string Label)> Of<T>(Func<T, string> label)
        where T : struct, Enum => Of(Enum.GetValues<T>(), label);

    public static string? Value(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => null,
    };
}
