using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StandardFindingNotAssessable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Finding",
                table: "StandardAssessments",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Met");

            // The yes/no of before becomes the finding; "not assessable" did not exist yet.
            migrationBuilder.Sql("UPDATE \"StandardAssessments\" SET \"Finding\" = CASE WHEN \"Breached\" = TRUE THEN 'Breached' ELSE 'Met' END;");

            migrationBuilder.DropColumn(
                name: "Breached",
                table: "StandardAssessments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Breached",
                table: "StandardAssessments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE \"StandardAssessments\" SET \"Breached\" = CASE WHEN \"Finding\" = 'Breached' THEN TRUE ELSE FALSE END;");

            migrationBuilder.DropColumn(
                name: "Finding",
                table: "StandardAssessments");
        }
    }
}
