namespace Gehoord.Web.Features.Handling;

/// <summary>Builds the radio groups of the handling pages as a <see cref="ChoiceFieldset"/> from values and labels.</summary>
public static class RadioGroup
{
    public static ChoiceFieldset Fieldset(string name, string legend, IReadOnlyList<(string Value, string Label)> options, string? current, string? hint = null) =>
        new(name, legend, [.. options.Select(o => new ChoiceOption(o.Value, o.Label, string.Equals(current, o.Value, StringComparison.OrdinalIgnoreCase)))], Hint: hint);

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
