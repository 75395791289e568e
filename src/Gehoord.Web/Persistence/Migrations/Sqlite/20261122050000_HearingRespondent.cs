using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Sqlite;

/// <summary>
/// Each respondent is offered their own hearing (Awb 9:10). Existing hearings keep a null
/// respondent and still count for every respondent of their complaint.
/// </summary>
[DbContext(typeof(SqliteGehoordDbContext))]
[Migration("20261122050000_HearingRespondent")]
public sealed class HearingRespondent : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            ALTER TABLE "Hearings" ADD "RespondentId" TEXT NULL;
            """);
    }
}
