-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "address" TEXT,
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "contactPhone" TEXT;

-- CreateTable
CREATE TABLE "InstitutionEvent" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "from" TEXT,
    "to" TEXT NOT NULL,
    "actorId" TEXT,
    "message" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InstitutionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InstitutionEvent_institutionId_at_idx" ON "InstitutionEvent"("institutionId", "at");

-- AddForeignKey
ALTER TABLE "InstitutionEvent" ADD CONSTRAINT "InstitutionEvent_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: one live institution per country and registration code (a refused application
-- does not block a new one; overseas registration numbers are only unique within their country).
CREATE UNIQUE INDEX "Institution_registrationCode_live_key" ON "Institution"("country", "registrationCode") WHERE "status" <> 'rejected';
