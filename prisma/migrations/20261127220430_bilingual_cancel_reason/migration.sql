-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Offering" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "capacity" INTEGER,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "cancelReasonZh" TEXT,
    "cancelReasonEn" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Offering_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- An existing single-language reason is kept as the Chinese text.
INSERT INTO "new_Offering" ("cancelReasonZh", "capacity", "closesAt", "code", "createdAt", "endsAt", "id", "opensAt", "programmeId", "seatsTaken", "startsAt", "status", "timeZone", "updatedAt") SELECT "cancelReason", "capacity", "closesAt", "code", "createdAt", "endsAt", "id", "opensAt", "programmeId", "seatsTaken", "startsAt", "status", "timeZone", "updatedAt" FROM "Offering";
DROP TABLE "Offering";
ALTER TABLE "new_Offering" RENAME TO "Offering";
CREATE INDEX "Offering_programmeId_startsAt_idx" ON "Offering"("programmeId", "startsAt");
CREATE INDEX "Offering_status_closesAt_idx" ON "Offering"("status", "closesAt");
CREATE INDEX "Offering_status_startsAt_idx" ON "Offering"("status", "startsAt");
CREATE UNIQUE INDEX "Offering_programmeId_code_key" ON "Offering"("programmeId", "code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

