-- AlterTable
ALTER TABLE "User" ADD COLUMN "calendarFeed" INTEGER;

-- CreateTable
CREATE TABLE "QuestionSet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuestionSet_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationDraft" (
    "userId" TEXT NOT NULL,
    "offeringId" TEXT NOT NULL,
    "formVersion" INTEGER NOT NULL,
    "values" JSONB NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "offeringId"),
    CONSTRAINT "ApplicationDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApplicationDraft_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionSet_programmeId_version_key" ON "QuestionSet"("programmeId", "version");

-- CreateIndex
CREATE INDEX "ApplicationDraft_offeringId_idx" ON "ApplicationDraft"("offeringId");


-- A published version of a programme's questions never changes: enrollments refer to it by number.
CREATE TRIGGER "QuestionSet_no_update" BEFORE UPDATE ON "QuestionSet" BEGIN
    SELECT RAISE(ABORT, 'question sets are immutable: publish a new version');
END;
