-- DropIndex
DROP INDEX "OfferingSession_offeringId_startsAt_idx";

