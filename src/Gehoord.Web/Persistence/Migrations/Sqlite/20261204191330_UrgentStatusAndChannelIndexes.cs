using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UrgentStatusAndChannelIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Urgent_Channel",
                table: "Complaints",
                columns: new[] { "OrganisationId", "Channel", "NextDueOn", "Id" },
                filter: "\"IsUrgent\"");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Urgent_Status",
                table: "Complaints",
                columns: new[] { "OrganisationId", "Status", "NextDueOn", "Id" },
                filter: "\"IsUrgent\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_Urgent_Channel",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Urgent_Status",
                table: "Complaints");
        }
    }
}
