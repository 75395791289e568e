using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Postgres;

/// <summary>Letters: sent letters kept as sent, versioned templates per organisation, and the hearing a letter task is about.</summary>
[DbContext(typeof(PostgresGehoordDbContext))]
[Migration("20261122080000_Letters")]
public sealed class Letters : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            ALTER TABLE "LetterTasks" ADD "AboutId" uuid;

            CREATE TABLE "SentLetters" (
                "Id" uuid NOT NULL,
                "Kind" character varying(40) NOT NULL,
                "Recipient" character varying(20) NOT NULL,
                "RecipientName" character varying(400) NOT NULL,
                "SentTo" character varying(400),
                "Channel" character varying(20) NOT NULL,
                "Language" character varying(5) NOT NULL,
                "Subject" character varying(300) NOT NULL,
                "Body" text NOT NULL,
                "ReadabilityScore" double precision NOT NULL,
                "TemplateVersion" integer NOT NULL,
                "TaskId" uuid,
                "SentById" character varying(450) NOT NULL,
                "SentByName" character varying(200) NOT NULL,
                "SentAt" timestamp with time zone NOT NULL,
                "ComplaintId" uuid NOT NULL,
                CONSTRAINT "PK_SentLetters" PRIMARY KEY ("Id"),
                CONSTRAINT "FK_SentLetters_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "LetterTemplates" (
                "Id" uuid NOT NULL,
                "OrganisationId" uuid NOT NULL,
                "Kind" character varying(40) NOT NULL,
                "Recipient" character varying(20) NOT NULL,
                "Language" character varying(5) NOT NULL,
                "Version" integer NOT NULL,
                "Subject" character varying(300) NOT NULL,
                "Body" text NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "CreatedById" character varying(450) NOT NULL,
                "CreatedByName" character varying(200) NOT NULL,
                CONSTRAINT "PK_LetterTemplates" PRIMARY KEY ("Id"),
                CONSTRAINT "FK_LetterTemplates_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
            );

            CREATE INDEX "IX_SentLetters_ComplaintId" ON "SentLetters" ("ComplaintId");
            CREATE UNIQUE INDEX "IX_LetterTemplates_Version" ON "LetterTemplates" ("OrganisationId", "Kind", "Recipient", "Language", "Version");
            """);
    }
}
