-- CreateTable
CREATE TABLE "SearchIndexState" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE INDEX "SearchDocument_public_kind_area_openNow_mode_free_level_institutionSlug_nextStartsAt_idx" ON "SearchDocument"("public", "kind", "area", "openNow", "mode", "free", "level", "institutionSlug", "nextStartsAt");


-- One row, bumped by every change to the search documents (hand-written: Prisma cannot declare
-- triggers). Row-level triggers: a bulk re-index bumps it once per row, which costs little.
INSERT INTO "SearchIndexState" ("id", "version") VALUES (1, 0);
CREATE TRIGGER "SearchDocument_version_insert" AFTER INSERT ON "SearchDocument" BEGIN
    UPDATE "SearchIndexState" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SearchDocument_version_update" AFTER UPDATE ON "SearchDocument" BEGIN
    UPDATE "SearchIndexState" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SearchDocument_version_delete" AFTER DELETE ON "SearchDocument" BEGIN
    UPDATE "SearchIndexState" SET "version" = "version" + 1 WHERE "id" = 1;
END;
