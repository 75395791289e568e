using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Postgres;

/// <summary>
/// Intake: the citizen's wishes and language, organisation contact details, attachments with
/// their content, uploads kept across a form with mistakes, and the e-mail outbox.
/// </summary>
[DbContext(typeof(PostgresGehoordDbContext))]
[Migration("20261122010000_Intake")]
public sealed class Intake : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            ALTER TABLE "Complaints" ADD COLUMN "Wishes" integer NOT NULL DEFAULT 0;
            ALTER TABLE "Complaints" ALTER COLUMN "Wishes" DROP DEFAULT;
            ALTER TABLE "Complaints" ADD COLUMN "WishOther" character varying(2000);
            ALTER TABLE "Complaints" ADD COLUMN "Language" character varying(5) NOT NULL DEFAULT 'nl';
            ALTER TABLE "Complaints" ALTER COLUMN "Language" DROP DEFAULT;
            ALTER TABLE "Organisations" ADD COLUMN "ContactPhone" character varying(50);
            ALTER TABLE "Organisations" ADD COLUMN "ContactEmail" character varying(320);

            CREATE TABLE "OutboxMessages" (
                "Id" uuid NOT NULL,
                "OrganisationId" uuid NOT NULL,
                "ComplaintId" uuid,
                "Purpose" character varying(50) NOT NULL,
                "To" character varying(320) NOT NULL,
                "Subject" character varying(300) NOT NULL,
                "Body" text NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "NextAttemptAt" timestamp with time zone NOT NULL,
                "Attempts" integer NOT NULL,
                "SentAt" timestamp with time zone,
                "LastError" character varying(500),
                "LockedUntil" timestamp with time zone,
                "GaveUp" boolean NOT NULL,
                CONSTRAINT "PK_OutboxMessages" PRIMARY KEY ("Id")
            );

            CREATE TABLE "PendingUploads" (
                "Id" uuid NOT NULL,
                "OrganisationId" uuid NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "FileName" character varying(200) NOT NULL,
                "ContentType" character varying(100) NOT NULL,
                "Data" bytea NOT NULL,
                CONSTRAINT "PK_PendingUploads" PRIMARY KEY ("Id")
            );

            CREATE TABLE "ComplaintAttachments" (
                "Id" uuid NOT NULL,
                "FileName" character varying(200) NOT NULL,
                "ContentType" character varying(100) NOT NULL,
                "SizeBytes" bigint NOT NULL,
                "AddedAt" timestamp with time zone NOT NULL,
                "ComplaintId" uuid,
                CONSTRAINT "PK_ComplaintAttachments" PRIMARY KEY ("Id"),
                CONSTRAINT "FK_ComplaintAttachments_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "AttachmentContents" (
                "Id" uuid NOT NULL,
                "OrganisationId" uuid NOT NULL,
                "Data" bytea NOT NULL,
                CONSTRAINT "PK_AttachmentContents" PRIMARY KEY ("Id"),
                CONSTRAINT "FK_AttachmentContents_ComplaintAttachments_Id" FOREIGN KEY ("Id") REFERENCES "ComplaintAttachments" ("Id") ON DELETE CASCADE
            );

            CREATE INDEX "IX_ComplaintAttachments_ComplaintId" ON "ComplaintAttachments" ("ComplaintId");
            CREATE INDEX "IX_OutboxMessages_ComplaintId" ON "OutboxMessages" ("ComplaintId");
            CREATE INDEX "IX_OutboxMessages_SentAt_NextAttemptAt" ON "OutboxMessages" ("SentAt", "NextAttemptAt");
            CREATE INDEX "IX_PendingUploads_CreatedAt" ON "PendingUploads" ("CreatedAt");
            """);
    }
}
