using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PetitionCaseLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Flags",
                table: "Petitions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(48)",
                oldMaxLength: 48);

            migrationBuilder.CreateTable(
                name: "PetitionCaseLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OtherPetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Decision = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Reasons = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FromCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    MovedPetitionIds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PreviousDuplicateOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    PreviousFlags = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UndoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UndoneById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionCaseLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionCaseLinks_AspNetUsers_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PetitionCaseLinks_Petitions_OtherPetitionId",
                        column: x => x.OtherPetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PetitionCaseLinks_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_RegisteredAt",
                table: "Petitions",
                column: "RegisteredAt");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionCaseLinks_DecidedById",
                table: "PetitionCaseLinks",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionCaseLinks_OtherPetitionId",
                table: "PetitionCaseLinks",
                column: "OtherPetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionCaseLinks_PetitionId",
                table: "PetitionCaseLinks",
                column: "PetitionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PetitionCaseLinks");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_RegisteredAt",
                table: "Petitions");

            migrationBuilder.AlterColumn<string>(
                name: "Flags",
                table: "Petitions",
                type: "character varying(48)",
                maxLength: 48,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }
    }
}
