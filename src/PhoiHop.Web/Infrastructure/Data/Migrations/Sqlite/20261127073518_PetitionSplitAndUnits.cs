using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PetitionSplitAndUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdministrativeUnitCode",
                table: "PetitionSenders",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSenders_AdministrativeUnitCode",
                table: "PetitionSenders",
                column: "AdministrativeUnitCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PetitionSenders_AdministrativeUnitCode",
                table: "PetitionSenders");

            migrationBuilder.DropColumn(
                name: "AdministrativeUnitCode",
                table: "PetitionSenders");
        }
    }
}
