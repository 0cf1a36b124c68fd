using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PetitionCaseBodyIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_CaseId",
                table: "Petitions");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_CaseId_ReceivingBodyId",
                table: "Petitions",
                columns: new[] { "CaseId", "ReceivingBodyId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_CaseId_ReceivingBodyId",
                table: "Petitions");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_CaseId",
                table: "Petitions",
                column: "CaseId");
        }
    }
}
