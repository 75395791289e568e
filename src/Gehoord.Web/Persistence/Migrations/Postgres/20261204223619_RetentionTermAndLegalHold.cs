using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RetentionTermAndLegalHold : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RetentionYears",
                table: "Organisations",
                type: "integer",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Complaints",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Closed_ClosedAt",
                table: "Complaints",
                columns: new[] { "OrganisationId", "ClosedAt", "Id" },
                filter: "\"Status\" = 'Closed' AND \"LegalHoldReason\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_Closed_ClosedAt",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "RetentionYears",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Complaints");
        }
    }
}
