using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace PhoiHop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditChains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Chain",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.InsertData(
                table: "AuditChainHeads",
                columns: new[] { "Id", "LastHash", "LastSequence" },
                values: new object[,]
                {
                    { 2, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 3, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 4, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 5, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 6, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 7, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 8, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 9, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 10, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 11, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 12, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 13, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 14, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 15, "0000000000000000000000000000000000000000000000000000000000000000", 0L },
                    { 16, "0000000000000000000000000000000000000000000000000000000000000000", 0L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Chain_Sequence",
                table: "AuditEntries",
                columns: new[] { "Chain", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Chain_Sequence",
                table: "AuditEntries");

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 2);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 3);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 4);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 5);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 6);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 7);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 8);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 9);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 10);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 11);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 12);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 13);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 14);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 15);

            migrationBuilder.DeleteData(
                table: "AuditChainHeads",
                keyColumn: "Id",
                keyValue: 16);

            migrationBuilder.DropColumn(
                name: "Chain",
                table: "AuditEntries");
        }
    }
}
