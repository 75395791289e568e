using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Postgres;

/// <summary>
/// Deadline reminders: staff notifications (one per recipient and deadline event) and the job
/// lease that lets one instance make them.
/// </summary>
[DbContext(typeof(PostgresGehoordDbContext))]
[Migration("20261122040000_Reminders")]
public sealed class Reminders : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            CREATE TABLE "JobLeases" (
                "Name" character varying(100) NOT NULL,
                "Holder" character varying(200) NOT NULL,
                "ExpiresAt" timestamp with time zone NOT NULL,
                CONSTRAINT "PK_JobLeases" PRIMARY KEY ("Name")
            );

            CREATE TABLE "Notifications" (
                "Id" uuid NOT NULL,
                "OrganisationId" uuid NOT NULL,
                "RecipientUserId" character varying(450) NOT NULL,
                "ComplaintId" uuid NOT NULL,
                "DeadlineKind" character varying(30) NOT NULL,
                "DueOn" date NOT NULL,
                "Kind" character varying(20) NOT NULL,
                "CreatedAt" timestamp with time zone NOT NULL,
                "ReadAt" timestamp with time zone,
                "EmailedAt" timestamp with time zone,
                CONSTRAINT "PK_Notifications" PRIMARY KEY ("Id"),
                CONSTRAINT "FK_Notifications_AspNetUsers_RecipientUserId" FOREIGN KEY ("RecipientUserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_Notifications_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE UNIQUE INDEX "IX_Notifications_Once" ON "Notifications" ("ComplaintId", "DeadlineKind", "DueOn", "Kind", "RecipientUserId");
            CREATE INDEX "IX_Notifications_RecipientUserId_CreatedAt" ON "Notifications" ("RecipientUserId", "CreatedAt");
            """);
    }
}
