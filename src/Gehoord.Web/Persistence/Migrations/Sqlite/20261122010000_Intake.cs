using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Sqlite;

/// <summary>
/// Intake: the citizen's wishes and language, organisation contact details, attachments with
/// their content, uploads kept across a form with mistakes, and the e-mail outbox.
/// </summary>
[DbContext(typeof(SqliteGehoordDbContext))]
[Migration("20261122010000_Intake")]
public sealed class Intake : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            ALTER TABLE "Complaints" ADD COLUMN "Wishes" INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE "Complaints" ADD COLUMN "WishOther" TEXT NULL;
            ALTER TABLE "Complaints" ADD COLUMN "Language" TEXT NOT NULL DEFAULT 'nl';
            ALTER TABLE "Organisations" ADD COLUMN "ContactPhone" TEXT NULL;
            ALTER TABLE "Organisations" ADD COLUMN "ContactEmail" TEXT NULL;

            CREATE TABLE "OutboxMessages" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY,
                "OrganisationId" TEXT NOT NULL,
                "ComplaintId" TEXT NULL,
                "Purpose" TEXT NOT NULL,
                "To" TEXT NOT NULL,
                "Subject" TEXT NOT NULL,
                "Body" TEXT NOT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "NextAttemptAt" INTEGER NOT NULL,
                "Attempts" INTEGER NOT NULL,
                "SentAt" INTEGER NULL,
                "LastError" TEXT NULL,
                "LockedUntil" INTEGER NULL,
                "GaveUp" INTEGER NOT NULL
            );

            CREATE TABLE "PendingUploads" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_PendingUploads" PRIMARY KEY,
                "OrganisationId" TEXT NOT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "FileName" TEXT NOT NULL,
                "ContentType" TEXT NOT NULL,
                "Data" BLOB NOT NULL
            );

            CREATE TABLE "ComplaintAttachments" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintAttachments" PRIMARY KEY,
                "FileName" TEXT NOT NULL,
                "ContentType" TEXT NOT NULL,
                "SizeBytes" INTEGER NOT NULL,
                "AddedAt" INTEGER NOT NULL,
                "ComplaintId" TEXT NULL,
                CONSTRAINT "FK_ComplaintAttachments_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "AttachmentContents" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_AttachmentContents" PRIMARY KEY,
                "OrganisationId" TEXT NOT NULL,
                "Data" BLOB NOT NULL,
                CONSTRAINT "FK_AttachmentContents_ComplaintAttachments_Id" FOREIGN KEY ("Id") REFERENCES "ComplaintAttachments" ("Id") ON DELETE CASCADE
            );

            CREATE INDEX "IX_ComplaintAttachments_ComplaintId" ON "ComplaintAttachments" ("ComplaintId");
            CREATE INDEX "IX_OutboxMessages_ComplaintId" ON "OutboxMessages" ("ComplaintId");
            CREATE INDEX "IX_OutboxMessages_SentAt_NextAttemptAt" ON "OutboxMessages" ("SentAt", "NextAttemptAt");
            CREATE INDEX "IX_PendingUploads_CreatedAt" ON "PendingUploads" ("CreatedAt");
            """);
    }
}
