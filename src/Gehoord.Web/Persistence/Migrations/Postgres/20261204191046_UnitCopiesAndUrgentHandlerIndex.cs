using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnitCopiesAndUrgentHandlerIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ComplaintIsOpen",
                table: "ComplaintUnits",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ComplaintNextDueOn",
                table: "ComplaintUnits",
                type: "date",
                nullable: true);

            // The copies of the existing rows (ADR 18); from now on the DbContext keeps them on every save.
            migrationBuilder.Sql(
                """
                UPDATE "ComplaintUnits" SET "ComplaintIsOpen" = (c."Status" <> 'Closed'), "ComplaintNextDueOn" = c."NextDueOn"
                FROM "Complaints" AS c WHERE c."Id" = "ComplaintUnits"."ComplaintId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintUnits_Open_UnitId_NextDueOn",
                table: "ComplaintUnits",
                columns: new[] { "UnitId", "ComplaintNextDueOn", "ComplaintId" },
                filter: "\"ComplaintIsOpen\"");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Urgent_HandlerId",
                table: "Complaints",
                columns: new[] { "OrganisationId", "HandlerId", "NextDueOn", "Id" },
                filter: "\"IsUrgent\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ComplaintUnits_Open_UnitId_NextDueOn",
                table: "ComplaintUnits");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Urgent_HandlerId",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "ComplaintIsOpen",
                table: "ComplaintUnits");

            migrationBuilder.DropColumn(
                name: "ComplaintNextDueOn",
                table: "ComplaintUnits");
        }
    }
}
