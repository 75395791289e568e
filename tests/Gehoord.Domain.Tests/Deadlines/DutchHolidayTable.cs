namespace Gehoord.Domain.Tests.Deadlines;

/// <summary>
/// Every Algemene termijnenwet holiday 2024–2030 with the first day after it that is no
/// Saturday, Sunday or holiday. Worked out independently of the production code.
/// </summary>
public static class DutchHolidayTable
{
    // holiday, Dutch name, next working day
    public static TheoryData<string, string, string> Rows { get; } = new()
    {
        { "2024-01-01", "Nieuwjaarsdag", "2024-01-02" }, // Mon -> Tue
        { "2024-03-29", "Goede Vrijdag", "2024-04-02" }, // Fri -> Tue
        { "2024-04-01", "Tweede Paasdag", "2024-04-02" }, // Mon -> Tue
        { "2024-04-27", "Koningsdag", "2024-04-29" }, // Sat -> Mon
        { "2024-05-05", "Bevrijdingsdag", "2024-05-06" }, // Sun -> Mon
        { "2024-05-09", "Hemelvaartsdag", "2024-05-10" }, // Thu -> Fri
        { "2024-05-20", "Tweede Pinksterdag", "2024-05-21" }, // Mon -> Tue
        { "2024-12-25", "Eerste Kerstdag", "2024-12-27" }, // Wed -> Fri
        { "2024-12-26", "Tweede Kerstdag", "2024-12-27" }, // Thu -> Fri
        { "2025-01-01", "Nieuwjaarsdag", "2025-01-02" }, // Wed -> Thu
        { "2025-04-18", "Goede Vrijdag", "2025-04-22" }, // Fri -> Tue
        { "2025-04-21", "Tweede Paasdag", "2025-04-22" }, // Mon -> Tue
        { "2025-04-26", "Koningsdag", "2025-04-28" }, // Sat -> Mon
        { "2025-05-05", "Bevrijdingsdag", "2025-05-06" }, // Mon -> Tue
        { "2025-05-29", "Hemelvaartsdag", "2025-05-30" }, // Thu -> Fri
        { "2025-06-09", "Tweede Pinksterdag", "2025-06-10" }, // Mon -> Tue
        { "2025-12-25", "Eerste Kerstdag", "2025-12-29" }, // Thu -> Mon
        { "2025-12-26", "Tweede Kerstdag", "2025-12-29" }, // Fri -> Mon
        { "2026-01-01", "Nieuwjaarsdag", "2026-01-02" }, // Thu -> Fri
        { "2026-04-03", "Goede Vrijdag", "2026-04-07" }, // Fri -> Tue
        { "2026-04-06", "Tweede Paasdag", "2026-04-07" }, // Mon -> Tue
        { "2026-04-27", "Koningsdag", "2026-04-28" }, // Mon -> Tue
        { "2026-05-05", "Bevrijdingsdag", "2026-05-06" }, // Tue -> Wed
        { "2026-05-14", "Hemelvaartsdag", "2026-05-15" }, // Thu -> Fri
        { "2026-05-25", "Tweede Pinksterdag", "2026-05-26" }, // Mon -> Tue
        { "2026-12-25", "Eerste Kerstdag", "2026-12-28" }, // Fri -> Mon
        { "2026-12-26", "Tweede Kerstdag", "2026-12-28" }, // Sat -> Mon
        { "2027-01-01", "Nieuwjaarsdag", "2027-01-04" }, // Fri -> Mon
        { "2027-03-26", "Goede Vrijdag", "2027-03-30" }, // Fri -> Tue
        { "2027-03-29", "Tweede Paasdag", "2027-03-30" }, // Mon -> Tue
        { "2027-04-27", "Koningsdag", "2027-04-28" }, // Tue -> Wed
        { "2027-05-05", "Bevrijdingsdag", "2027-05-07" }, // Wed -> Fri
        { "2027-05-06", "Hemelvaartsdag", "2027-05-07" }, // Thu -> Fri
        { "2027-05-17", "Tweede Pinksterdag", "2027-05-18" }, // Mon -> Tue
        { "2027-12-25", "Eerste Kerstdag", "2027-12-27" }, // Sat -> Mon
        { "2027-12-26", "Tweede Kerstdag", "2027-12-27" }, // Sun -> Mon
        { "2028-01-01", "Nieuwjaarsdag", "2028-01-03" }, // Sat -> Mon
        { "2028-04-14", "Goede Vrijdag", "2028-04-18" }, // Fri -> Tue
        { "2028-04-17", "Tweede Paasdag", "2028-04-18" }, // Mon -> Tue
        { "2028-04-27", "Koningsdag", "2028-04-28" }, // Thu -> Fri
        { "2028-05-05", "Bevrijdingsdag", "2028-05-08" }, // Fri -> Mon
        { "2028-05-25", "Hemelvaartsdag", "2028-05-26" }, // Thu -> Fri
        { "2028-06-05", "Tweede Pinksterdag", "2028-06-06" }, // Mon -> Tue
        { "2028-12-25", "Eerste Kerstdag", "2028-12-27" }, // Mon -> Wed
        { "2028-12-26", "Tweede Kerstdag", "2028-12-27" }, // Tue -> Wed
        { "2029-01-01", "Nieuwjaarsdag", "2029-01-02" }, // Mon -> Tue
        { "2029-03-30", "Goede Vrijdag", "2029-04-03" }, // Fri -> Tue
        { "2029-04-02", "Tweede Paasdag", "2029-04-03" }, // Mon -> Tue
        { "2029-04-27", "Koningsdag", "2029-04-30" }, // Fri -> Mon
        { "2029-05-05", "Bevrijdingsdag", "2029-05-07" }, // Sat -> Mon
        { "2029-05-10", "Hemelvaartsdag", "2029-05-11" }, // Thu -> Fri
        { "2029-05-21", "Tweede Pinksterdag", "2029-05-22" }, // Mon -> Tue
        { "2029-12-25", "Eerste Kerstdag", "2029-12-27" }, // Tue -> Thu
        { "2029-12-26", "Tweede Kerstdag", "2029-12-27" }, // Wed -> Thu
        { "2030-01-01", "Nieuwjaarsdag", "2030-01-02" }, // Tue -> Wed
        { "2030-04-19", "Goede Vrijdag", "2030-04-23" }, // Fri -> Tue
        { "2030-04-22", "Tweede Paasdag", "2030-04-23" }, // Mon -> Tue
        { "2030-04-27", "Koningsdag", "2030-04-29" }, // Sat -> Mon
        { "2030-05-05", "Bevrijdingsdag", "2030-05-06" }, // Sun -> Mon
        { "2030-05-30", "Hemelvaartsdag", "2030-05-31" }, // Thu -> Fri
        { "2030-06-10", "Tweede Pinksterdag", "2030-06-11" }, // Mon -> Tue
        { "2030-12-25", "Eerste Kerstdag", "2030-12-27" }, // Wed -> Fri
        { "2030-12-26", "Tweede Kerstdag", "2030-12-27" }, // Thu -> Fri
    };
}
