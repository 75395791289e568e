using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Sqlite;

/// <summary>
/// Deadline reminders: staff notifications (one per recipient and deadline event) and the job
/// lease that lets one instance make them.
/// </summary>
[DbContext(typeof(SqliteGehoordDbContext))]
[Migration("20261122040000_Reminders")]
public sealed class Reminders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            CREATE TABLE "JobLeases" (
                "Name" TEXT NOT NULL CONSTRAINT "PK_JobLeases" PRIMARY KEY,
                "Holder" TEXT NOT NULL,
                "ExpiresAt" INTEGER NOT NULL
            );

            CREATE TABLE "Notifications" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY,
                "OrganisationId" TEXT NOT NULL,
                "RecipientUserId" TEXT NOT NULL,
                "ComplaintId" TEXT NOT NULL,
                "DeadlineKind" TEXT NOT NULL,
                "DueOn" TEXT NOT NULL,
                "Kind" TEXT NOT NULL,
                "CreatedAt" INTEGER NOT NULL,
                "ReadAt" INTEGER NULL,
                "EmailedAt" INTEGER NULL,
                CONSTRAINT "FK_Notifications_AspNetUsers_RecipientUserId" FOREIGN KEY ("RecipientUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_Notifications_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE UNIQUE INDEX "IX_Notifications_Once" ON "Notifications" ("ComplaintId", "DeadlineKind", "DueOn", "Kind", "RecipientUserId");
            CREATE INDEX "IX_Notifications_RecipientUserId_CreatedAt" ON "Notifications" ("RecipientUserId", "CreatedAt");
            """);
    }
}
