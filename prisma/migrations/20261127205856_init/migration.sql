-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL DEFAULT '',
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "district" TEXT,
    "country" TEXT NOT NULL DEFAULT 'CN',
    "website" TEXT,
    "registrationCode" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "level" TEXT,
    "admission" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "summaryZh" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "bodyZh" TEXT NOT NULL DEFAULT '',
    "bodyEn" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'zh',
    "feeYuan" INTEGER NOT NULL DEFAULT 0,
    "mode" TEXT NOT NULL,
    "award" TEXT,
    "durationMonths" INTEGER,
    "track" TEXT,
    "country" TEXT,
    "hostInstitutionId" TEXT,
    "funding" TEXT,
    "eligibilityZh" TEXT,
    "eligibilityEn" TEXT,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Programme_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Programme_hostInstitutionId_fkey" FOREIGN KEY ("hostInstitutionId") REFERENCES "Institution" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Offering" (
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
    "cancelReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Offering_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OfferingSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "offeringId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "venueZh" TEXT,
    "venueEn" TEXT,
    "url" TEXT,
    CONSTRAINT "OfferingSession_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "affiliationZh" TEXT NOT NULL,
    "affiliationEn" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "bioZh" TEXT NOT NULL DEFAULT '',
    "bioEn" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "ProgrammeExpert" (
    "programmeId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("programmeId", "expertId"),
    CONSTRAINT "ProgrammeExpert_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgrammeExpert_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Park" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "district" TEXT,
    "summaryZh" TEXT NOT NULL DEFAULT '',
    "summaryEn" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "Target" (
    "key" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "min" INTEGER NOT NULL,
    "max" INTEGER,
    "unit" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "clause" TEXT NOT NULL,

    PRIMARY KEY ("key", "period")
);

-- CreateIndex
CREATE UNIQUE INDEX "Institution_slug_key" ON "Institution"("slug");

-- CreateIndex
CREATE INDEX "Institution_status_kind_idx" ON "Institution"("status", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Programme_slug_key" ON "Programme"("slug");

-- CreateIndex
CREATE INDEX "Programme_status_kind_publishedAt_idx" ON "Programme"("status", "kind", "publishedAt");

-- CreateIndex
CREATE INDEX "Programme_status_area_idx" ON "Programme"("status", "area");

-- CreateIndex
CREATE INDEX "Programme_institutionId_status_idx" ON "Programme"("institutionId", "status");

-- CreateIndex
CREATE INDEX "Programme_hostInstitutionId_idx" ON "Programme"("hostInstitutionId");

-- CreateIndex
CREATE INDEX "Offering_programmeId_startsAt_idx" ON "Offering"("programmeId", "startsAt");

-- CreateIndex
CREATE INDEX "Offering_status_closesAt_idx" ON "Offering"("status", "closesAt");

-- CreateIndex
CREATE INDEX "Offering_status_startsAt_idx" ON "Offering"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Offering_programmeId_code_key" ON "Offering"("programmeId", "code");

-- CreateIndex
CREATE INDEX "OfferingSession_offeringId_startsAt_idx" ON "OfferingSession"("offeringId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "OfferingSession_offeringId_position_key" ON "OfferingSession"("offeringId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Expert_slug_key" ON "Expert"("slug");

-- CreateIndex
CREATE INDEX "ProgrammeExpert_expertId_idx" ON "ProgrammeExpert"("expertId");

-- CreateIndex
CREATE UNIQUE INDEX "Park_slug_key" ON "Park"("slug");

