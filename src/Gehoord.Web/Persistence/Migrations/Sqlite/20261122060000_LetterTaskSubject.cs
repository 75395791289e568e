using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Sqlite;

/// <summary>A letter task says what it is about, so two letters of one kind on a case can be told apart.</summary>
[DbContext(typeof(SqliteGehoordDbContext))]
[Migration("20261122060000_LetterTaskSubject")]
public sealed class LetterTaskSubject : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            ALTER TABLE "LetterTasks" ADD COLUMN "Subject" TEXT NULL;
            """);
    }
}
