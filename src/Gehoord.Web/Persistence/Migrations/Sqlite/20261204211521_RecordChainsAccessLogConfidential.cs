using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordChainsAccessLogConfidential : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "TimelineEvents",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HistoryHash",
                table: "Organisations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HistoryLength",
                table: "Organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Hash",
                table: "ConfigurationChanges",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "ConfigurationChanges",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ConfidentialReason",
                table: "Complaints",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsConfidential",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "TimelineHash",
                table: "Complaints",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TimelineLength",
                table: "Complaints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "AccessLog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Refused = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintConfidentialReaders",
                columns: table => new
                {
                    StaffUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintConfidentialReaders", x => new { x.ComplaintId, x.StaffUserId });
                    table.ForeignKey(
                        name: "FK_ComplaintConfidentialReaders_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // ADR 20: the existing changes get their place in the organisation's chain by moment
            // (then id), before the unique index needs them distinct; RecordChainBackfill seals
            // them in that order at start-up. The same SQL on both databases.
            migrationBuilder.Sql("""
                UPDATE "ConfigurationChanges" SET "Sequence" = (
                    SELECT COUNT(*) FROM "ConfigurationChanges" AS "o"
                    WHERE "o"."OrganisationId" = "ConfigurationChanges"."OrganisationId"
                      AND ("o"."At" < "ConfigurationChanges"."At" OR ("o"."At" = "ConfigurationChanges"."At" AND "o"."Id" <= "ConfigurationChanges"."Id")));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ConfigurationChanges_OrganisationId_Sequence",
                table: "ConfigurationChanges",
                columns: new[] { "OrganisationId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Unsealed",
                table: "Complaints",
                column: "Id",
                filter: "\"TimelineHash\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_ComplaintId_At_Id",
                table: "AccessLog",
                columns: new[] { "ComplaintId", "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_OrganisationId_ActorId_At_Id",
                table: "AccessLog",
                columns: new[] { "OrganisationId", "ActorId", "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_OrganisationId_At_Id",
                table: "AccessLog",
                columns: new[] { "OrganisationId", "At", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessLog");

            migrationBuilder.DropTable(
                name: "ComplaintConfidentialReaders");

            migrationBuilder.DropIndex(
                name: "IX_ConfigurationChanges_OrganisationId_Sequence",
                table: "ConfigurationChanges");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Unsealed",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "TimelineEvents");

            migrationBuilder.DropColumn(
                name: "HistoryHash",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "HistoryLength",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Hash",
                table: "ConfigurationChanges");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "ConfigurationChanges");

            migrationBuilder.DropColumn(
                name: "ConfidentialReason",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "IsConfidential",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "TimelineHash",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "TimelineLength",
                table: "Complaints");
        }
    }
}
