-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SearchDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "programmeId" TEXT NOT NULL,
    "public" BOOLEAN NOT NULL,
    "kind" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "level" TEXT,
    "institutionSlug" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "free" BOOLEAN NOT NULL,
    "publishedAt" DATETIME,
    "openNow" BOOLEAN NOT NULL DEFAULT false,
    "nextStartsAt" DATETIME,
    "nextClosesAt" DATETIME,
    "refreshAt" DATETIME,
    CONSTRAINT "SearchDocument_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Documents are derived data: they are rebuilt (at server start and by the seed) rather than copied.
INSERT INTO "programme_search" ("programme_search") VALUES ('delete-all');
DROP TABLE "SearchDocument";
ALTER TABLE "new_SearchDocument" RENAME TO "SearchDocument";
CREATE UNIQUE INDEX "SearchDocument_programmeId_key" ON "SearchDocument"("programmeId");
CREATE INDEX "SearchDocument_public_kind_area_idx" ON "SearchDocument"("public", "kind", "area");
CREATE INDEX "SearchDocument_public_publishedAt_idx" ON "SearchDocument"("public", "publishedAt");
CREATE INDEX "SearchDocument_public_nextStartsAt_idx" ON "SearchDocument"("public", "nextStartsAt");
CREATE INDEX "SearchDocument_public_nextClosesAt_idx" ON "SearchDocument"("public", "nextClosesAt");
CREATE INDEX "SearchDocument_refreshAt_idx" ON "SearchDocument"("refreshAt");
-- Dropping the old table dropped its trigger.
CREATE TRIGGER "SearchDocument_delete_text" AFTER DELETE ON "SearchDocument" BEGIN
    DELETE FROM "programme_search" WHERE rowid = old."id";
END;
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

