-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "certificateEn" TEXT,
ADD COLUMN     "certificateZh" TEXT,
ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftSavedAt" TIMESTAMP(3),
ADD COLUMN     "employerRecommendation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "hours" INTEGER;

-- AlterTable
ALTER TABLE "Offering" ADD COLUMN     "admission" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "feeYuan" INTEGER,
ADD COLUMN     "mode" TEXT,
ADD COLUMN     "onlineUrl" TEXT,
ADD COLUMN     "venueEn" TEXT,
ADD COLUMN     "venueZh" TEXT;

-- CreateTable
CREATE TABLE "Attendance" (
    "enrollmentId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "markedById" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("enrollmentId","sessionId")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Attendance_sessionId_idx" ON "Attendance"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_institutionId_createdAt_idx" ON "Invitation"("institutionId", "createdAt");

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "OfferingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One open invitation per address and institution (inviting again replaces it); Prisma cannot declare partial indexes.
CREATE UNIQUE INDEX "Invitation_open_key" ON "Invitation"("institutionId", "email") WHERE "acceptedAt" IS NULL AND "revokedAt" IS NULL;
