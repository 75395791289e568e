using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gehoord.Web.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Met");

            // The yes/no of before becomes the finding; "not assessable" did not exist yet.
            migrationBuilder.Sql("UPDATE \"StandardAssessments\" SET \"Finding\" = CASE WHEN \"Breached\" = 1 THEN 'Breached' ELSE 'Met' END;");

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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE \"StandardAssessments\" SET \"Breached\" = CASE WHEN \"Finding\" = 'Breached' THEN 1 ELSE 0 END;");

            migrationBuilder.DropColumn(
                name: "Finding",
                table: "StandardAssessments");
        }
    }
}
