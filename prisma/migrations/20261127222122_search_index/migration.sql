-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "programmeId" TEXT NOT NULL,
    "public" BOOLEAN NOT NULL,
    "kind" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "publishedAt" DATETIME,
    CONSTRAINT "SearchDocument_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_programmeId_key" ON "SearchDocument"("programmeId");

-- CreateIndex
CREATE INDEX "SearchDocument_public_kind_area_idx" ON "SearchDocument"("public", "kind", "area");


-- The full-text index (STACK.md, "Search in Chinese"): text cut into Chinese bigrams and whole
-- Latin words by lib/search/tokenize.ts; its rowid is SearchDocument.id. Contentless: the text is
-- only searched, never read back.
CREATE VIRTUAL TABLE "programme_search" USING fts5(
    title, summary, body, names,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- A programme's search text goes with its document (documents go with their programme).
CREATE TRIGGER "SearchDocument_delete_text" AFTER DELETE ON "SearchDocument" BEGIN
    DELETE FROM "programme_search" WHERE rowid = old."id";
END;
