namespace Gehoord.Domain.Tests.Deadlines;

/// <summary>
/// Every Belgian legal holiday 2024–2030 plus 11 July (Flemish administration), with the first
/// day after it that is no Saturday, Sunday or holiday. Worked out independently of the production code.
/// </summary>
public static class BelgianHolidayTable
{
    // holiday, Dutch name, next working day
    public static TheoryData<string, string, string> Rows { get; } = new()
    {
        { "2024-01-01", "Nieuwjaar", "2024-01-02" }, // Mon -> Tue
        { "2024-04-01", "Paasmaandag", "2024-04-02" }, // Mon -> Tue
        { "2024-05-01", "Dag van de Arbeid", "2024-05-02" }, // Wed -> Thu
        { "2024-05-09", "O.L.H. Hemelvaart", "2024-05-10" }, // Thu -> Fri
        { "2024-05-20", "Pinkstermaandag", "2024-05-21" }, // Mon -> Tue
        { "2024-07-11", "Feest van de Vlaamse Gemeenschap", "2024-07-12" }, // Thu -> Fri
        { "2024-07-21", "Nationale feestdag", "2024-07-22" }, // Sun -> Mon
        { "2024-08-15", "O.L.V. Hemelvaart", "2024-08-16" }, // Thu -> Fri
        { "2024-11-01", "Allerheiligen", "2024-11-04" }, // Fri -> Mon
        { "2024-11-11", "Wapenstilstand", "2024-11-12" }, // Mon -> Tue
        { "2024-12-25", "Kerstmis", "2024-12-26" }, // Wed -> Thu
        { "2025-01-01", "Nieuwjaar", "2025-01-02" }, // Wed -> Thu
        { "2025-04-21", "Paasmaandag", "2025-04-22" }, // Mon -> Tue
        { "2025-05-01", "Dag van de Arbeid", "2025-05-02" }, // Thu -> Fri
        { "2025-05-29", "O.L.H. Hemelvaart", "2025-05-30" }, // Thu -> Fri
        { "2025-06-09", "Pinkstermaandag", "2025-06-10" }, // Mon -> Tue
        { "2025-07-11", "Feest van de Vlaamse Gemeenschap", "2025-07-14" }, // Fri -> Mon
        { "2025-07-21", "Nationale feestdag", "2025-07-22" }, // Mon -> Tue
        { "2025-08-15", "O.L.V. Hemelvaart", "2025-08-18" }, // Fri -> Mon
        { "2025-11-01", "Allerheiligen", "2025-11-03" }, // Sat -> Mon
        { "2025-11-11", "Wapenstilstand", "2025-11-12" }, // Tue -> Wed
        { "2025-12-25", "Kerstmis", "2025-12-26" }, // Thu -> Fri
        { "2026-01-01", "Nieuwjaar", "2026-01-02" }, // Thu -> Fri
        { "2026-04-06", "Paasmaandag", "2026-04-07" }, // Mon -> Tue
        { "2026-05-01", "Dag van de Arbeid", "2026-05-04" }, // Fri -> Mon
        { "2026-05-14", "O.L.H. Hemelvaart", "2026-05-15" }, // Thu -> Fri
        { "2026-05-25", "Pinkstermaandag", "2026-05-26" }, // Mon -> Tue
        { "2026-07-11", "Feest van de Vlaamse Gemeenschap", "2026-07-13" }, // Sat -> Mon
        { "2026-07-21", "Nationale feestdag", "2026-07-22" }, // Tue -> Wed
        { "2026-08-15", "O.L.V. Hemelvaart", "2026-08-17" }, // Sat -> Mon
        { "2026-11-01", "Allerheiligen", "2026-11-02" }, // Sun -> Mon
        { "2026-11-11", "Wapenstilstand", "2026-11-12" }, // Wed -> Thu
        { "2026-12-25", "Kerstmis", "2026-12-28" }, // Fri -> Mon
        { "2027-01-01", "Nieuwjaar", "2027-01-04" }, // Fri -> Mon
        { "2027-03-29", "Paasmaandag", "2027-03-30" }, // Mon -> Tue
        { "2027-05-01", "Dag van de Arbeid", "2027-05-03" }, // Sat -> Mon
        { "2027-05-06", "O.L.H. Hemelvaart", "2027-05-07" }, // Thu -> Fri
        { "2027-05-17", "Pinkstermaandag", "2027-05-18" }, // Mon -> Tue
        { "2027-07-11", "Feest van de Vlaamse Gemeenschap", "2027-07-12" }, // Sun -> Mon
        { "2027-07-21", "Nationale feestdag", "2027-07-22" }, // Wed -> Thu
        { "2027-08-15", "O.L.V. Hemelvaart", "2027-08-16" }, // Sun -> Mon
        { "2027-11-01", "Allerheiligen", "2027-11-02" }, // Mon -> Tue
        { "2027-11-11", "Wapenstilstand", "2027-11-12" }, // Thu -> Fri
        { "2027-12-25", "Kerstmis", "2027-12-27" }, // Sat -> Mon
        { "2028-01-01", "Nieuwjaar", "2028-01-03" }, // Sat -> Mon
        { "2028-04-17", "Paasmaandag", "2028-04-18" }, // Mon -> Tue
        { "2028-05-01", "Dag van de Arbeid", "2028-05-02" }, // Mon -> Tue
        { "2028-05-25", "O.L.H. Hemelvaart", "2028-05-26" }, // Thu -> Fri
        { "2028-06-05", "Pinkstermaandag", "2028-06-06" }, // Mon -> Tue
        { "2028-07-11", "Feest van de Vlaamse Gemeenschap", "2028-07-12" }, // Tue -> Wed
        { "2028-07-21", "Nationale feestdag", "2028-07-24" }, // Fri -> Mon
        { "2028-08-15", "O.L.V. Hemelvaart", "2028-08-16" }, // Tue -> Wed
        { "2028-11-01", "Allerheiligen", "2028-11-02" }, // Wed -> Thu
        { "2028-11-11", "Wapenstilstand", "2028-11-13" }, // Sat -> Mon
        { "2028-12-25", "Kerstmis", "2028-12-26" }, // Mon -> Tue
        { "2029-01-01", "Nieuwjaar", "2029-01-02" }, // Mon -> Tue
        { "2029-04-02", "Paasmaandag", "2029-04-03" }, // Mon -> Tue
        { "2029-05-01", "Dag van de Arbeid", "2029-05-02" }, // Tue -> Wed
        { "2029-05-10", "O.L.H. Hemelvaart", "2029-05-11" }, // Thu -> Fri
        { "2029-05-21", "Pinkstermaandag", "2029-05-22" }, // Mon -> Tue
        { "2029-07-11", "Feest van de Vlaamse Gemeenschap", "2029-07-12" }, // Wed -> Thu
        { "2029-07-21", "Nationale feestdag", "2029-07-23" }, // Sat -> Mon
        { "2029-08-15", "O.L.V. Hemelvaart", "2029-08-16" }, // Wed -> Thu
        { "2029-11-01", "Allerheiligen", "2029-11-02" }, // Thu -> Fri
        { "2029-11-11", "Wapenstilstand", "2029-11-12" }, // Sun -> Mon
        { "2029-12-25", "Kerstmis", "2029-12-26" }, // Tue -> Wed
        { "2030-01-01", "Nieuwjaar", "2030-01-02" }, // Tue -> Wed
        { "2030-04-22", "Paasmaandag", "2030-04-23" }, // Mon -> Tue
        { "2030-05-01", "Dag van de Arbeid", "2030-05-02" }, // Wed -> Thu
        { "2030-05-30", "O.L.H. Hemelvaart", "2030-05-31" }, // Thu -> Fri
        { "2030-06-10", "Pinkstermaandag", "2030-06-11" }, // Mon -> Tue
        { "2030-07-11", "Feest van de Vlaamse Gemeenschap", "2030-07-12" }, // Thu -> Fri
        { "2030-07-21", "Nationale feestdag", "2030-07-22" }, // Sun -> Mon
        { "2030-08-15", "O.L.V. Hemelvaart", "2030-08-16" }, // Thu -> Fri
        { "2030-11-01", "Allerheiligen", "2030-11-04" }, // Fri -> Mon
        { "2030-11-11", "Wapenstilstand", "2030-11-12" }, // Mon -> Tue
        { "2030-12-25", "Kerstmis", "2030-12-26" }, // Wed -> Thu
    };
}
