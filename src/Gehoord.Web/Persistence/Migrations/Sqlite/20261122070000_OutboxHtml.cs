using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Sqlite;

/// <summary>An e-mail can carry an HTML version next to its plain text; older messages have none.</summary>
[DbContext(typeof(SqliteGehoordDbContext))]
[Migration("20261122070000_OutboxHtml")]
public sealed class OutboxHtml : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            ALTER TABLE "OutboxMessages" ADD COLUMN "HtmlBody" TEXT NULL;
            """);
    }
}
