using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PetitionCaseLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PetitionCaseLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OtherPetitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FromCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MovedPetitionIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PreviousDuplicateOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PreviousFlags = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UndoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UndoneById = table.Column<Guid>(type: "TEXT", nullable: true)
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
        }
    }
}
