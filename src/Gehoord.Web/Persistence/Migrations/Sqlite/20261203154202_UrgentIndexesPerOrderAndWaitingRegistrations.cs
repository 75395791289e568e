using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UrgentIndexesPerOrderAndWaitingRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_Urgent",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Urgent",
                table: "Complaints",
                columns: new[] { "OrganisationId", "NextDueOn", "Id" },
                filter: "\"IsUrgent\"");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Urgent_HandlingDueOn",
                table: "Complaints",
                columns: new[] { "OrganisationId", "HandlingDueOn", "Id" },
                filter: "\"IsUrgent\"");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Urgent_ReceivedOn",
                table: "Complaints",
                columns: new[] { "OrganisationId", "ReceivedOn", "Id" },
                filter: "\"IsUrgent\"");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Waiting_RegisteredById",
                table: "Complaints",
                columns: new[] { "OrganisationId", "RegisteredById", "NextDueOn", "Id" },
                filter: "\"Status\" <> 'Closed' AND \"HandlerId\" IS NULL AND \"RegisteredById\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_Urgent",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Urgent_HandlingDueOn",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Urgent_ReceivedOn",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Waiting_RegisteredById",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Urgent",
                table: "Complaints",
                column: "OrganisationId",
                filter: "\"IsUrgent\"");
        }
    }
}
