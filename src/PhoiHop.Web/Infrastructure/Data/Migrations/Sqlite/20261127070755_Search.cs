using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PetitionSearchDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Names = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionSearchDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionSearchDocuments_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSearchDocuments_PetitionId",
                table: "PetitionSearchDocuments",
                column: "PetitionId",
                unique: true);

            // FTS5 over the documents (external content: the text is stored once), folded by the app and by unicode61 with
            // remove_diacritics 2; triggers keep it in step with every insert, update and delete, in the same transaction.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "PetitionSearch" USING fts5(
                    Text, Names, content='PetitionSearchDocuments', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "PetitionSearchDocuments_Inserted" AFTER INSERT ON "PetitionSearchDocuments" BEGIN
                    INSERT INTO "PetitionSearch"(rowid, Text, Names) VALUES (new."Id", new."Text", new."Names");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "PetitionSearchDocuments_Deleted" AFTER DELETE ON "PetitionSearchDocuments" BEGIN
                    INSERT INTO "PetitionSearch"("PetitionSearch", rowid, Text, Names) VALUES ('delete', old."Id", old."Text", old."Names");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "PetitionSearchDocuments_Updated" AFTER UPDATE ON "PetitionSearchDocuments" BEGIN
                    INSERT INTO "PetitionSearch"("PetitionSearch", rowid, Text, Names) VALUES ('delete', old."Id", old."Text", old."Names");
                    INSERT INTO "PetitionSearch"(rowid, Text, Names) VALUES (new."Id", new."Text", new."Names");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER \"PetitionSearchDocuments_Inserted\";");
            migrationBuilder.Sql("DROP TRIGGER \"PetitionSearchDocuments_Deleted\";");
            migrationBuilder.Sql("DROP TRIGGER \"PetitionSearchDocuments_Updated\";");
            migrationBuilder.Sql("DROP TABLE \"PetitionSearch\";");
            migrationBuilder.DropTable(
                name: "PetitionSearchDocuments");
        }
    }
}
