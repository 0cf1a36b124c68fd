using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DueQueueIndexCoversReceivedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_ReceivingBodyId_DueOn_Id",
                table: "Petitions");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ReceivingBodyId_DueOn_Id_ReceivedOn",
                table: "Petitions",
                columns: new[] { "ReceivingBodyId", "DueOn", "Id", "ReceivedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Petitions_ReceivingBodyId_DueOn_Id_ReceivedOn",
                table: "Petitions");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ReceivingBodyId_DueOn_Id",
                table: "Petitions",
                columns: new[] { "ReceivingBodyId", "DueOn", "Id" });
        }
    }
}
