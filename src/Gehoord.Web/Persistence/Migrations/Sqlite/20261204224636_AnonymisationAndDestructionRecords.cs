using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnonymisationAndDestructionRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_Closed_ClosedAt",
                table: "Complaints");

            migrationBuilder.AddColumn<long>(
                name: "AnonymisedAt",
                table: "Complaints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DestructionRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DestroyedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ApprovedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DestructionRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Closed_ClosedAt",
                table: "Complaints",
                columns: new[] { "OrganisationId", "ClosedAt", "Id" },
                filter: "\"Status\" = 'Closed' AND \"LegalHoldReason\" IS NULL AND \"AnonymisedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DestructionRecords_OrganisationId_DestroyedAt_Id",
                table: "DestructionRecords",
                columns: new[] { "OrganisationId", "DestroyedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DestructionRecords");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Closed_ClosedAt",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Closed_ClosedAt",
                table: "Complaints",
                columns: new[] { "OrganisationId", "ClosedAt", "Id" },
                filter: "\"Status\" = 'Closed' AND \"LegalHoldReason\" IS NULL");
        }
    }
}
