using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gehoord.Web.Persistence.Migrations.Sqlite;

/// <summary>
/// The first schema: organisations, units, complaints with their parts, respondents, deadlines
/// and timeline, reference counters, Identity and data-protection keys. Written as plain DDL
/// (see docs/decisions/0002-hand-written-migrations.md); MigrationSchemaTests check it against the model.
/// </summary>
[DbContext(typeof(SqliteGehoordDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            """
            CREATE TABLE "AspNetRoles" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
                "Name" TEXT NULL,
                "NormalizedName" TEXT NULL,
                "ConcurrencyStamp" TEXT NULL
            );

            CREATE TABLE "AspNetUsers" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
                "OrganisationId" TEXT NOT NULL,
                "DisplayName" TEXT NOT NULL,
                "UnitId" TEXT NULL,
                "UserName" TEXT NULL,
                "NormalizedUserName" TEXT NULL,
                "Email" TEXT NULL,
                "NormalizedEmail" TEXT NULL,
                "EmailConfirmed" INTEGER NOT NULL,
                "PasswordHash" TEXT NULL,
                "SecurityStamp" TEXT NULL,
                "ConcurrencyStamp" TEXT NULL,
                "PhoneNumber" TEXT NULL,
                "PhoneNumberConfirmed" INTEGER NOT NULL,
                "TwoFactorEnabled" INTEGER NOT NULL,
                "LockoutEnd" INTEGER NULL,
                "LockoutEnabled" INTEGER NOT NULL,
                "AccessFailedCount" INTEGER NOT NULL
            );

            CREATE TABLE "Complaints" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Complaints" PRIMARY KEY,
                "OrganisationId" TEXT NOT NULL,
                "ReferenceYear" INTEGER NOT NULL,
                "ReferenceSequence" INTEGER NOT NULL,
                "TrackingCode" TEXT NOT NULL,
                "Channel" TEXT NOT NULL,
                "Kind" TEXT NOT NULL,
                "ReceivedOn" TEXT NOT NULL,
                "RegisteredAt" INTEGER NOT NULL,
                "ComplainantName" TEXT NULL,
                "ComplainantEmail" TEXT NULL,
                "ComplainantPhone" TEXT NULL,
                "ComplainantStreet" TEXT NULL,
                "ComplainantPostalCode" TEXT NULL,
                "ComplainantCity" TEXT NULL,
                "ComplainantPreferredContact" TEXT NOT NULL,
                "RepresentativeName" TEXT NULL,
                "RepresentativeEmail" TEXT NULL,
                "RepresentativePhone" TEXT NULL,
                "RepresentativeRelationship" TEXT NULL,
                "Description" TEXT NOT NULL,
                "ConductOn" TEXT NULL,
                "AdvisoryCommittee" INTEGER NOT NULL,
                "LadderStep" TEXT NOT NULL,
                "Status" TEXT NOT NULL,
                "Outcome" TEXT NOT NULL,
                "HandlerId" TEXT NULL,
                "HandlerName" TEXT NULL,
                "ClosedAt" INTEGER NULL,
                "NextDueOn" TEXT NULL
            );

            CREATE TABLE "DataProtectionKeys" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
                "FriendlyName" TEXT NULL,
                "Xml" TEXT NULL
            );

            CREATE TABLE "Organisations" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
                "Name" TEXT NOT NULL,
                "Slug" TEXT NOT NULL,
                "JurisdictionProfileKey" TEXT NOT NULL
            );

            CREATE TABLE "ReferenceCounters" (
                "OrganisationId" TEXT NOT NULL,
                "Year" INTEGER NOT NULL,
                "Last" INTEGER NOT NULL,
                CONSTRAINT "PK_ReferenceCounters" PRIMARY KEY ("OrganisationId", "Year")
            );

            CREATE TABLE "AspNetRoleClaims" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
                "RoleId" TEXT NOT NULL,
                "ClaimType" TEXT NULL,
                "ClaimValue" TEXT NULL,
                CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "AspNetUserClaims" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
                "UserId" TEXT NOT NULL,
                "ClaimType" TEXT NULL,
                "ClaimValue" TEXT NULL,
                CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "AspNetUserLogins" (
                "LoginProvider" TEXT NOT NULL,
                "ProviderKey" TEXT NOT NULL,
                "ProviderDisplayName" TEXT NULL,
                "UserId" TEXT NOT NULL,
                CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
                CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "AspNetUserRoles" (
                "UserId" TEXT NOT NULL,
                "RoleId" TEXT NOT NULL,
                CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
                CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
                CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "AspNetUserTokens" (
                "UserId" TEXT NOT NULL,
                "LoginProvider" TEXT NOT NULL,
                "Name" TEXT NOT NULL,
                "Value" TEXT NULL,
                CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
                CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "ComplaintDeadlines" (
                "Kind" TEXT NOT NULL,
                "ComplaintId" TEXT NOT NULL,
                "DueOn" TEXT NOT NULL,
                "TermDescription" TEXT NOT NULL,
                "MetOn" TEXT NULL,
                CONSTRAINT "PK_ComplaintDeadlines" PRIMARY KEY ("ComplaintId", "Kind"),
                CONSTRAINT "FK_ComplaintDeadlines_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "ComplaintParts" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_ComplaintParts" PRIMARY KEY,
                "Number" INTEGER NOT NULL,
                "Description" TEXT NOT NULL,
                "ComplaintId" TEXT NULL,
                CONSTRAINT "FK_ComplaintParts_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "ComplaintUnits" (
                "UnitId" TEXT NOT NULL,
                "ComplaintId" TEXT NOT NULL,
                CONSTRAINT "PK_ComplaintUnits" PRIMARY KEY ("ComplaintId", "UnitId"),
                CONSTRAINT "FK_ComplaintUnits_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "Respondents" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Respondents" PRIMARY KEY,
                "Name" TEXT NOT NULL,
                "StaffUserId" TEXT NULL,
                "UnitId" TEXT NULL,
                "ComplaintId" TEXT NULL,
                CONSTRAINT "FK_Respondents_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "TimelineEvents" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_TimelineEvents" PRIMARY KEY,
                "Sequence" INTEGER NOT NULL,
                "At" INTEGER NOT NULL,
                "ActorId" TEXT NOT NULL,
                "ActorName" TEXT NOT NULL,
                "Kind" TEXT NOT NULL,
                "What" TEXT NOT NULL,
                "Why" TEXT NULL,
                "ComplaintId" TEXT NULL,
                CONSTRAINT "FK_TimelineEvents_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "OrganisationExtraRestDays" (
                "Date" TEXT NOT NULL,
                "OrganisationId" TEXT NOT NULL,
                "Name" TEXT NOT NULL,
                CONSTRAINT "PK_OrganisationExtraRestDays" PRIMARY KEY ("OrganisationId", "Date"),
                CONSTRAINT "FK_OrganisationExtraRestDays_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
            );

            CREATE TABLE "Units" (
                "Id" TEXT NOT NULL CONSTRAINT "PK_Units" PRIMARY KEY,
                "OrganisationId" TEXT NOT NULL,
                "Name" TEXT NOT NULL,
                CONSTRAINT "FK_Units_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE CASCADE
            );

            CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

            CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

            CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

            CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

            CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

            CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

            CREATE INDEX "IX_AspNetUsers_OrganisationId" ON "AspNetUsers" ("OrganisationId");

            CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

            CREATE INDEX "IX_ComplaintParts_ComplaintId" ON "ComplaintParts" ("ComplaintId");

            CREATE INDEX "IX_Complaints_OrganisationId_HandlerId" ON "Complaints" ("OrganisationId", "HandlerId");

            CREATE INDEX "IX_Complaints_OrganisationId_NextDueOn_Id" ON "Complaints" ("OrganisationId", "NextDueOn", "Id");

            CREATE UNIQUE INDEX "IX_Complaints_OrganisationId_ReferenceYear_ReferenceSequence" ON "Complaints" ("OrganisationId", "ReferenceYear", "ReferenceSequence");

            CREATE INDEX "IX_Complaints_OrganisationId_Status" ON "Complaints" ("OrganisationId", "Status");

            CREATE UNIQUE INDEX "IX_Complaints_TrackingCode" ON "Complaints" ("TrackingCode");

            CREATE INDEX "IX_ComplaintUnits_UnitId" ON "ComplaintUnits" ("UnitId");

            CREATE UNIQUE INDEX "IX_Organisations_Slug" ON "Organisations" ("Slug");

            CREATE INDEX "IX_Respondents_ComplaintId" ON "Respondents" ("ComplaintId");

            CREATE UNIQUE INDEX "IX_TimelineEvents_ComplaintId_Sequence" ON "TimelineEvents" ("ComplaintId", "Sequence");

            CREATE UNIQUE INDEX "IX_Units_OrganisationId_Name" ON "Units" ("OrganisationId", "Name");
            """);
    }
}
