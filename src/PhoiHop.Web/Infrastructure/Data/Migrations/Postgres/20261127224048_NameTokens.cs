using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PhoiHop.Infrastructure.Data.Migrations.Postgres
{
    /// <summary>
    /// The senders' name hashes of each search document, one row per hash, ordered by (receiving body, hash, document):
    /// the newest letters of a body whose senders' names have one given word are then one range of a B-tree, where the
    /// GIN index of "NamesVector" gave every letter of the province with that word, read and sorted (a common surname:
    /// 12,810 documents, 12,656 pages, 40–55 ms at a million letters; bench/README.md, Search, session 8). Kept by a
    /// trigger on "PetitionSearchDocuments", so that every way a document is written, rebuilt, redacted or deleted
    /// keeps them in step; filled here for the documents already stored (1M letters: 3.2M tokens, 45 s, 824 MB with its
    /// indexes), then vacuumed by DatabaseStartup.
    /// </summary>
    public partial class NameTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "PetitionNameTokens" (
                    "BodyId" uuid NOT NULL,
                    "Token" text NOT NULL,
                    "DocumentId" bigint NOT NULL,
                    "PetitionId" uuid NOT NULL,
                    CONSTRAINT "PK_PetitionNameTokens" PRIMARY KEY ("BodyId", "Token", "DocumentId") INCLUDE ("PetitionId")
                );
                CREATE INDEX "IX_PetitionNameTokens_DocumentId" ON "PetitionNameTokens" ("DocumentId");

                CREATE FUNCTION "PetitionNameTokensKeep"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        DELETE FROM "PetitionNameTokens" WHERE "DocumentId" = OLD."Id";
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        INSERT INTO "PetitionNameTokens" ("BodyId", "Token", "DocumentId", "PetitionId")
                        SELECT p."ReceivingBodyId", t.token, NEW."Id", NEW."PetitionId"
                        FROM "Petitions" AS p, unnest(tsvector_to_array(NEW."NamesVector")) AS t(token)
                        WHERE p."Id" = NEW."PetitionId";
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER "PetitionNameTokensKeep"
                    AFTER INSERT OR DELETE ON "PetitionSearchDocuments"
                    FOR EACH ROW EXECUTE FUNCTION "PetitionNameTokensKeep"();
                -- Only when the names change: a rewrite of the same values (README, PostgreSQL maintenance) leaves them.
                CREATE TRIGGER "PetitionNameTokensKeepOnUpdate"
                    AFTER UPDATE OF "Names", "PetitionId" ON "PetitionSearchDocuments"
                    FOR EACH ROW WHEN (OLD."Names" IS DISTINCT FROM NEW."Names" OR OLD."PetitionId" IS DISTINCT FROM NEW."PetitionId")
                    EXECUTE FUNCTION "PetitionNameTokensKeep"();

                INSERT INTO "PetitionNameTokens" ("BodyId", "Token", "DocumentId", "PetitionId")
                SELECT p."ReceivingBodyId", t.token, d."Id", d."PetitionId"
                FROM "PetitionSearchDocuments" AS d
                JOIN "Petitions" AS p ON p."Id" = d."PetitionId",
                unnest(tsvector_to_array(d."NamesVector")) AS t(token);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "PetitionNameTokensKeepOnUpdate" ON "PetitionSearchDocuments";
                DROP TRIGGER "PetitionNameTokensKeep" ON "PetitionSearchDocuments";
                DROP FUNCTION "PetitionNameTokensKeep"();
                DROP TABLE "PetitionNameTokens";
                """);
        }
    }
}
