using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PetitionQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_ReceivingBodyId_ReceivedOn",
                table: "Petitions");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ReceivingBodyId_ReceivedOn_Id_DueOn",
                table: "Petitions",
                columns: new[] { "ReceivingBodyId", "ReceivedOn", "Id", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_ReceivingBodyId_ReceivedOn_Id_DueOn",
                table: "Petitions");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ReceivingBodyId_ReceivedOn",
                table: "Petitions",
                columns: new[] { "ReceivingBodyId", "ReceivedOn" });
        }
    }
}
