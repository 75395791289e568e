using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Postgres;

/// <summary>
/// The inbox counts per deadline signal: an index on status and deadline replaces the one on
/// status alone (its prefix), so counting open and overdue complaints needs no table reads.
/// </summary>
[DbContext(typeof(PostgresGehoordDbContext))]
[Migration("20261122020000_InboxCountIndex")]
public sealed class InboxCountIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            DROP INDEX "IX_Complaints_OrganisationId_Status";
            CREATE INDEX "IX_Complaints_OrganisationId_Status_NextDueOn" ON "Complaints" ("OrganisationId", "Status", "NextDueOn");
            """);
    }
}
