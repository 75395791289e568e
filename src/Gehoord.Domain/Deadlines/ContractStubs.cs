// TEMPORARY: replaced by the deadline engine from the deadlines branch at merge.
#pragma warning disable CA1822, IDE0065, CA1716, IDE0055, IDE0011
namespace Gehoord.Domain.Deadlines
{
    public static class Easter { public static DateOnly Sunday(int year) => new(year, 4, 5); }
    public sealed record Holiday(DateOnly Date, string Name);
    public interface IHolidayCalendar { bool IsPublicHoliday(DateOnly date); IReadOnlyList<Holiday> HolidaysIn(int year); }
    public sealed class DutchHolidayCalendar(IEnumerable<Holiday>? extraDays = null) : IHolidayCalendar
    {
        private readonly List<Holiday> _extra = extraDays?.ToList() ?? [];
        public bool IsPublicHoliday(DateOnly date) => _extra.Any(h => h.Date == date);
        public IReadOnlyList<Holiday> HolidaysIn(int year) => _extra;
    }
    public sealed class BelgianHolidayCalendar(bool includeFlemishCommunityHoliday = true, IEnumerable<Holiday>? extraDays = null) : IHolidayCalendar
    {
        private readonly List<Holiday> _extra = extraDays?.ToList() ?? [];
        public bool Flemish { get; } = includeFlemishCommunityHoliday;
        public bool IsPublicHoliday(DateOnly date) => _extra.Any(h => h.Date == date);
        public IReadOnlyList<Holiday> HolidaysIn(int year) => _extra;
    }
    public enum TermUnit { CalendarDays, Weeks, WorkingDays }
    public readonly record struct Term(int Amount, TermUnit Unit)
    {
        public static Term Days(int amount) => new(amount, TermUnit.CalendarDays);
        public static Term Weeks(int amount) => new(amount, TermUnit.Weeks);
        public static Term WorkingDays(int amount) => new(amount, TermUnit.WorkingDays);
        public string Describe() => $"{Amount} {Unit}";
    }
    public sealed class TermCalculator(IHolidayCalendar calendar, bool extendWhenEndingOnRestDay)
    {
        public IHolidayCalendar Calendar { get; } = calendar;
        public bool Extend { get; } = extendWhenEndingOnRestDay;
        public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Calendar.IsPublicHoliday(date);
        public DateOnly NextWorkingDayFrom(DateOnly date) { while (!IsWorkingDay(date)) { date = date.AddDays(1); } return date; }
        public DateOnly EndOf(DateOnly start, Term term) => start.AddDays(term.Unit == TermUnit.Weeks ? term.Amount * 7 : term.Amount);
        public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive) => toInclusive.DayNumber - fromExclusive.DayNumber;
    }
    public enum DeadlineKind { Acknowledgement, PersonalContact, NotHandledNotice, Handling }
    public sealed record Deadline(DeadlineKind Kind, DateOnly DueOn, Term Term);
}

namespace Gehoord.Domain.Jurisdictions
{
    using Gehoord.Domain.Deadlines;
    public enum JurisdictionProfileCode { NlAwb, VlBestuursdecreet, Custom }
    public sealed record ProfileTerms(Term Acknowledgement, Term PersonalContact, Term NotHandledNotice, Term Handling, Term HandlingWithCommittee, Term? MaxExtension);
    public sealed class JurisdictionProfile
    {
        private JurisdictionProfile(JurisdictionProfileCode code, string key, ProfileTerms terms, IHolidayCalendar calendar)
        { Code = code; Key = key; Terms = terms; Calculator = new TermCalculator(calendar, true); }
        public static JurisdictionProfile NlAwb { get; } = new(JurisdictionProfileCode.NlAwb, "NL-Awb", new(Term.WorkingDays(5), Term.WorkingDays(3), Term.Weeks(4), Term.Weeks(6), Term.Weeks(10), Term.Weeks(4)), new DutchHolidayCalendar());
        public static JurisdictionProfile VlBestuursdecreet { get; } = new(JurisdictionProfileCode.VlBestuursdecreet, "VL-Bestuursdecreet", new(Term.Days(10), Term.WorkingDays(3), Term.Days(10), Term.Days(45), Term.Days(45), null), new BelgianHolidayCalendar());
        public static JurisdictionProfile Custom(ProfileTerms terms, IHolidayCalendar calendar, bool extendWhenEndingOnRestDay = true) => new(JurisdictionProfileCode.Custom, "Custom", terms, calendar);
        public JurisdictionProfile WithCalendar(IHolidayCalendar calendar) => new(Code, Key, Terms, calendar);
        public JurisdictionProfile WithTerms(ProfileTerms terms) => new(Code, Key, terms, Calculator.Calendar);
        public JurisdictionProfileCode Code { get; }
        public string Key { get; }
        public string DisplayName => Key;
        public string OmbudsmanName => "de Nationale ombudsman";
        public ProfileTerms Terms { get; }
        public TermCalculator Calculator { get; }
        public static JurisdictionProfile FromKey(string key) => key switch { "NL-Awb" => NlAwb, "VL-Bestuursdecreet" => VlBestuursdecreet, "Custom" => Custom(NlAwb.Terms, new DutchHolidayCalendar()), _ => throw new DomainException("Onbekend profiel.") };
        public IReadOnlyList<Deadline> DeadlinesFor(DateOnly receivedOn, bool advisoryCommittee) =>
        [
            new(DeadlineKind.Acknowledgement, Calculator.EndOf(receivedOn, Terms.Acknowledgement), Terms.Acknowledgement),
            new(DeadlineKind.PersonalContact, Calculator.EndOf(receivedOn, Terms.PersonalContact), Terms.PersonalContact),
            new(DeadlineKind.NotHandledNotice, Calculator.EndOf(receivedOn, Terms.NotHandledNotice), Terms.NotHandledNotice),
            HandlingDeadline(receivedOn, advisoryCommittee),
        ];
        public Deadline HandlingDeadline(DateOnly receivedOn, bool advisoryCommittee) { var t = advisoryCommittee ? Terms.HandlingWithCommittee : Terms.Handling; return new(DeadlineKind.Handling, Calculator.EndOf(receivedOn, t), t); }
        public DateOnly ExtendedHandlingDeadline(DateOnly receivedOn, bool advisoryCommittee, Term extension, bool writtenConsentOfComplainant) => HandlingDeadline(receivedOn, advisoryCommittee).DueOn.AddDays(extension.Amount * 7);
    }
}
