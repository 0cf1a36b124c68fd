using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Names = table.Column<string>(type: "text", nullable: false)
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

            // unaccent and pg_trgm are trusted extensions (PostgreSQL 13+): the database owner creates them without superuser.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;");
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;");
            // unaccent() is only STABLE (its dictionary could change); pinned to one dictionary it may index a generated column.
            migrationBuilder.Sql("""
                CREATE FUNCTION "PhoiHop_Fold"(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
                """);
            // The app stores folded text (đ, both tone placements); the database folds again with unaccent so that a
            // row written by hand is found alike. 'simple': Vietnamese has no stemming, every syllable is a word.
            migrationBuilder.Sql("""
                ALTER TABLE "PetitionSearchDocuments"
                    ADD COLUMN "TextVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "PhoiHop_Fold"("Text"))) STORED,
                    ADD COLUMN "NamesVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "Names")) STORED;
                """);
            migrationBuilder.Sql("CREATE INDEX \"IX_PetitionSearchDocuments_TextVector\" ON \"PetitionSearchDocuments\" USING GIN (\"TextVector\");");
            migrationBuilder.Sql("CREATE INDEX \"IX_PetitionSearchDocuments_NamesVector\" ON \"PetitionSearchDocuments\" USING GIN (\"NamesVector\");");
            // Partial words and typos, when the words themselves find nothing (PostgresSearchIndex.Similar).
            migrationBuilder.Sql("CREATE INDEX \"IX_PetitionSearchDocuments_Text_Trigram\" ON \"PetitionSearchDocuments\" USING GIN (\"Text\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PetitionSearchDocuments");
            migrationBuilder.Sql("DROP FUNCTION \"PhoiHop_Fold\"(text);");
        }
    }
}
