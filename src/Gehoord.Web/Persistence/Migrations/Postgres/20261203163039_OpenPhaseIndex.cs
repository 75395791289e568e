using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpenPhaseIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_OrganisationId_Status_NextDueOn_Id",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Open_Status_NextDueOn",
                table: "Complaints",
                columns: new[] { "OrganisationId", "Status", "NextDueOn", "Id" },
                filter: "\"Status\" <> 'Closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_Open_Status_NextDueOn",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OrganisationId_Status_NextDueOn_Id",
                table: "Complaints",
                columns: new[] { "OrganisationId", "Status", "NextDueOn", "Id" });
        }
    }
}
