-- Text is now cut with each Chinese run's last character also kept alone (lib/search/tokenize.ts),
-- so a one-character search finds words that end with it. Search documents are derived data:
-- cleared here and rebuilt when the server starts (instrumentation.ts) or by the seed.
INSERT INTO "programme_search" ("programme_search") VALUES ('delete-all');
DELETE FROM "SearchDocument";
