using System.Globalization;
using Gehoord.Domain.Deadlines;
using Gehoord.Web.Features.Handling;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Gehoord.Web.Features.Administration;

/// <summary>A term as typed: an amount and a unit ("5" + "werkdagen"); empty means "not set".</summary>
public sealed class TermInput
{
    public string? Amount { get; set; }

    public string? Unit { get; set; }

    public static TermInput From(Term? term) => term is { } t
        ? new TermInput { Amount = t.Amount.ToString(CultureInfo.InvariantCulture), Unit = t.Unit.ToString() }
        : new TermInput { Unit = nameof(TermUnit.WorkingDays) };

    public static IReadOnlyList<ChoiceOption> Units(string? selected, bool workingDays = true) =>
        new[] { TermUnit.WorkingDays, TermUnit.CalendarDays, TermUnit.Weeks }
            .Where(u => workingDays || u != TermUnit.WorkingDays)
            .Select(u => new ChoiceOption(u.ToString(), UnitName(u), string.Equals(selected, u.ToString(), StringComparison.Ordinal)))
            .ToList();

    public static string UnitName(TermUnit unit) => unit switch
    {
        TermUnit.WorkingDays => "werkdagen",
        TermUnit.CalendarDays => "dagen",
        _ => "weken",
    };

    /// <summary>The term, null when empty; an unreadable amount adds a Dutch error under <paramref name="key"/>.</summary>
    public Term? Parse(ModelStateDictionary modelState, string key, string what)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(Amount))
        {
            return null;
        }

        if (!int.TryParse(Amount.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount < 1 || amount > 365)
        {
            modelState.AddModelError(key + ".Amount", $"Vul bij {what} een heel getal van 1 tot en met 365 in, of laat het leeg.");
            return null;
        }

        if (!Enum.TryParse<TermUnit>(Unit, out var unit) || !Enum.IsDefined(unit))
        {
            modelState.AddModelError(key + ".Amount", $"Kies bij {what} werkdagen, dagen of weken.");
            return null;
        }

        return new Term(amount, unit);
    }
}
