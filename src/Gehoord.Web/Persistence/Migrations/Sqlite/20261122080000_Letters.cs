using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Sqlite;

/// <summary>Letters: sent letters kept as sent, versioned templates per organisation, and the hearing a letter task is about.</summary>
[DbContext(typeof(SqliteGehoordDbContext))]
[Migration("20261122080000_Letters")]
public sealed class Letters : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            ALTER TABLE "LetterTasks" ADD COLUMN "AboutId" TEXT NULL;

            CREATE TABLE "SentLetters" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_SentLetters" PRIMARY KEY,
                "Kind" TEXT NOT NULL,
                "Recipient" TEXT NOT NULL,
                "RecipientName" TEXT NOT NULL,
                "SentTo" TEXT NULL,
                "Channel" TEXT NOT NULL,
                "Language" TEXT NOT NULL,
                "Subject" TEXT NOT NULL,
                "Body" TEXT NOT NULL,
                "ReadabilityScore" REAL NOT NULL,
                "TemplateVersion" INTEGER NOT NULL,
                "TaskId" TEXT NULL,
                "SentById" TEXT NOT NULL,
                "SentByName" TEXT NOT NULL,
                "SentAt" INTEGER NOT NULL,
                "ComplaintId" TEXT NOT NULL,
                CONSTRAINT "FK_SentLetters_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "LetterTemplates" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_LetterTemplates" PRIMARY KEY,
                "OrganisationId" TEXT NOT NULL,
                "Kind" TEXT NOT NULL,
                "Recipient" TEXT NOT NULL,
                "Language" TEXT NOT NULL,
                "Version" INTEGER NOT NULL,
                "Subject" TEXT NOT NULL,
                "Body" TEXT NOT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "CreatedById" TEXT NOT NULL,
                "CreatedByName" TEXT NOT NULL,
                CONSTRAINT "FK_LetterTemplates_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
            );

            CREATE INDEX "IX_SentLetters_ComplaintId" ON "SentLetters" ("ComplaintId");
            CREATE UNIQUE INDEX "IX_LetterTemplates_Version" ON "LetterTemplates" ("OrganisationId", "Kind", "Recipient", "Language", "Version");
            """);
    }
}
