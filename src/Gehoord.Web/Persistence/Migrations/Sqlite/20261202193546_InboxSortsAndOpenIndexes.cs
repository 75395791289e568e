using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxSortsAndOpenIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_OrganisationId_HandlerId",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_OrganisationId_RegisteredById",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_OrganisationId_Status_NextDueOn",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Open_Channel_NextDueOn",
                table: "Complaints",
                columns: new[] { "OrganisationId", "Channel", "NextDueOn", "Id" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Open_HandlerId_NextDueOn",
                table: "Complaints",
                columns: new[] { "OrganisationId", "HandlerId", "NextDueOn", "Id" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Open_NextDueOn",
                table: "Complaints",
                columns: new[] { "OrganisationId", "NextDueOn", "Id" },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OrganisationId_EscalatedToId",
                table: "Complaints",
                columns: new[] { "OrganisationId", "EscalatedToId" },
                filter: "\"EscalatedToId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OrganisationId_HandlingDueOn_Id",
                table: "Complaints",
                columns: new[] { "OrganisationId", "HandlingDueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OrganisationId_ReceivedOn_Id",
                table: "Complaints",
                columns: new[] { "OrganisationId", "ReceivedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OrganisationId_RegisteredById_NextDueOn_Id",
                table: "Complaints",
                columns: new[] { "OrganisationId", "RegisteredById", "NextDueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OrganisationId_Status_NextDueOn_Id",
                table: "Complaints",
                columns: new[] { "OrganisationId", "Status", "NextDueOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Urgent",
                table: "Complaints",
                column: "OrganisationId",
                filter: "\"IsUrgent\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_Open_Channel_NextDueOn",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Open_HandlerId_NextDueOn",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Open_NextDueOn",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_OrganisationId_EscalatedToId",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_OrganisationId_HandlingDueOn_Id",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_OrganisationId_ReceivedOn_Id",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_OrganisationId_RegisteredById_NextDueOn_Id",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_OrganisationId_Status_NextDueOn_Id",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Urgent",
                table: "Complaints");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OrganisationId_HandlerId",
                table: "Complaints",
                columns: new[] { "OrganisationId", "HandlerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OrganisationId_RegisteredById",
                table: "Complaints",
                columns: new[] { "OrganisationId", "RegisteredById" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OrganisationId_Status_NextDueOn",
                table: "Complaints",
                columns: new[] { "OrganisationId", "Status", "NextDueOn" });
        }
    }
}
