using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PetitionFilesAndDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PetitionDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    NumberAndSymbol = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TemplateCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    FieldsProtected = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SignerAuthority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerPosition = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionDocuments_Bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "Bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PetitionDocuments_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PetitionAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionAttachments_PetitionDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "PetitionDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PetitionAttachments_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionAttachments_DocumentId",
                table: "PetitionAttachments",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionAttachments_PetitionId",
                table: "PetitionAttachments",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionDocuments_BodyId_Year_Number",
                table: "PetitionDocuments",
                columns: new[] { "BodyId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PetitionDocuments_PetitionId",
                table: "PetitionDocuments",
                column: "PetitionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PetitionAttachments");

            migrationBuilder.DropTable(
                name: "PetitionDocuments");
        }
    }
}
