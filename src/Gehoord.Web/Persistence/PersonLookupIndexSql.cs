using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence;

/// <summary>
/// The lookup indexes of a person's request (AVG art. 15, <c>PersonRequestQuery</c>): e-mail
/// address and name in lower case, phone number without separators, each behind the
/// organisation. EF's model cannot hold an index on an expression, so migration
/// <c>PersonLookupIndexes</c> makes them with this SQL, the same on SQLite and PostgreSQL. The
/// expressions must stay exactly what the query's LINQ becomes (lower(x), nested replace()),
/// or the database no longer uses them.
/// </summary>
internal static class PersonLookupIndexSql
{
    private static readonly (string Name, string Table, string Columns)[] Indexes =
    [
        ("IX_Complaints_Lookup_ComplainantEmail", "Complaints", "\"OrganisationId\", lower(\"ComplainantEmail\")"),
        ("IX_Complaints_Lookup_RepresentativeEmail", "Complaints", "\"OrganisationId\", lower(\"RepresentativeEmail\")"),
        ("IX_Complaints_Lookup_ComplainantName", "Complaints", "\"OrganisationId\", lower(\"ComplainantName\")"),
        ("IX_Complaints_Lookup_RepresentativeName", "Complaints", "\"OrganisationId\", lower(\"RepresentativeName\")"),
        ("IX_Complaints_Lookup_ComplainantPhone", "Complaints", "\"OrganisationId\", " + Digits("ComplainantPhone")),
        ("IX_Complaints_Lookup_RepresentativePhone", "Complaints", "\"OrganisationId\", " + Digits("RepresentativePhone")),
        ("IX_InvolvedPersons_Lookup_Name", "InvolvedPersons", "lower(\"Name\")"),
    ];

    /// <summary>The statements that make the indexes; also run beside a database made from the model (the schema test).</summary>
    public static IEnumerable<string> CreateStatements => Indexes.Select(i => $"CREATE INDEX \"{i.Name}\" ON \"{i.Table}\" ({i.Columns});");

    public static void Create(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in CreateStatements)
        {
            migrationBuilder.Sql(statement);
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        foreach (var (name, _, _) in Indexes)
        {
            migrationBuilder.Sql($"DROP INDEX \"{name}\";");
        }
    }

    /// <summary>The phone number without the separators of <c>PersonLookup.PhoneSeparators</c>, innermost first.</summary>
    private static string Digits(string column) =>
        Gehoord.Domain.Privacy.PersonLookup.PhoneSeparators.Aggregate($"\"{column}\"", (inner, separator) => $"replace({inner}, '{separator}', '')");
}
