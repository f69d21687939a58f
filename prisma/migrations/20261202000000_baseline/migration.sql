-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
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
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offering" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "cancelReasonZh" TEXT,
    "cancelReasonEn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferingSession" (
    "id" TEXT NOT NULL,
    "offeringId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "venueZh" TEXT,
    "venueEn" TEXT,
    "url" TEXT,

    CONSTRAINT "OfferingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "affiliationZh" TEXT NOT NULL,
    "affiliationEn" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "bioZh" TEXT NOT NULL DEFAULT '',
    "bioEn" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeExpert" (
    "programmeId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProgrammeExpert_pkey" PRIMARY KEY ("programmeId","expertId")
);

-- CreateTable
CREATE TABLE "Park" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "district" TEXT,
    "summaryZh" TEXT NOT NULL DEFAULT '',
    "summaryEn" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Park_pkey" PRIMARY KEY ("id")
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

    CONSTRAINT "Target_pkey" PRIMARY KEY ("key","period")
);

-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" SERIAL NOT NULL,
    "programmeId" TEXT NOT NULL,
    "public" BOOLEAN NOT NULL,
    "kind" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "level" TEXT,
    "institutionSlug" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "free" BOOLEAN NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "openNow" BOOLEAN NOT NULL DEFAULT false,
    "nextStartsAt" TIMESTAMP(3),
    "nextClosesAt" TIMESTAMP(3),
    "refreshAt" TIMESTAMP(3),
    "text" tsvector,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchIndexState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SearchIndexState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerifiedAt" TIMESTAMP(3),
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'zh-CN',
    "education" TEXT,
    "employer" TEXT,
    "yearsExperience" INTEGER,
    "talentLevel" TEXT,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" TIMESTAMP(3),
    "bureauRole" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "calendarFeed" INTEGER,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "userId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId","institutionId")
);

-- CreateTable
CREATE TABLE "OneTimeToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "newEmail" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorLabel" TEXT,
    "action" TEXT NOT NULL,
    "institutionId" TEXT,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "ip" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchedulerLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SchedulerLease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "Enrollment" (
    "id" TEXT NOT NULL,
    "offeringId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "activeKey" TEXT,
    "waitRank" DOUBLE PRECISION,
    "offerExpiresAt" TIMESTAMP(3),
    "answers" JSONB,
    "formVersion" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enrollment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnrollmentEvent" (
    "id" TEXT NOT NULL,
    "enrollmentId" TEXT NOT NULL,
    "from" TEXT,
    "to" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT,
    "reasonCode" TEXT,
    "message" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnrollmentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionSet" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDraft" (
    "userId" TEXT NOT NULL,
    "offeringId" TEXT NOT NULL,
    "formVersion" INTEGER NOT NULL,
    "values" JSONB NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationDraft_pkey" PRIMARY KEY ("userId","offeringId")
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
CREATE UNIQUE INDEX "OfferingSession_offeringId_position_key" ON "OfferingSession"("offeringId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Expert_slug_key" ON "Expert"("slug");

-- CreateIndex
CREATE INDEX "ProgrammeExpert_expertId_idx" ON "ProgrammeExpert"("expertId");

-- CreateIndex
CREATE UNIQUE INDEX "Park_slug_key" ON "Park"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_programmeId_key" ON "SearchDocument"("programmeId");

-- CreateIndex
CREATE INDEX "SearchDocument_public_kind_area_idx" ON "SearchDocument"("public", "kind", "area");

-- CreateIndex
CREATE INDEX "SearchDocument_public_kind_area_openNow_mode_free_level_ins_idx" ON "SearchDocument"("public", "kind", "area", "openNow", "mode", "free", "level", "institutionSlug", "nextStartsAt", "publishedAt", "id", "programmeId");

-- CreateIndex
CREATE INDEX "SearchDocument_public_publishedAt_idx" ON "SearchDocument"("public", "publishedAt");

-- CreateIndex
CREATE INDEX "SearchDocument_public_nextStartsAt_idx" ON "SearchDocument"("public", "nextStartsAt");

-- CreateIndex
CREATE INDEX "SearchDocument_public_nextClosesAt_idx" ON "SearchDocument"("public", "nextClosesAt");

-- CreateIndex
CREATE INDEX "SearchDocument_refreshAt_idx" ON "SearchDocument"("refreshAt");

-- CreateIndex
CREATE INDEX "SearchDocument_text_idx" ON "SearchDocument" USING GIN ("text");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_institutionId_idx" ON "Membership"("institutionId");

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeToken_tokenHash_key" ON "OneTimeToken"("tokenHash");

-- CreateIndex
CREATE INDEX "OneTimeToken_userId_purpose_idx" ON "OneTimeToken"("userId", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_createdAt_idx" ON "ApiToken"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_subjectId_at_idx" ON "AuditEvent"("subjectType", "subjectId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Enrollment_activeKey_key" ON "Enrollment"("activeKey");

-- CreateIndex
CREATE INDEX "Enrollment_offeringId_state_waitRank_idx" ON "Enrollment"("offeringId", "state", "waitRank");

-- CreateIndex
CREATE INDEX "Enrollment_userId_createdAt_idx" ON "Enrollment"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Enrollment_state_offerExpiresAt_idx" ON "Enrollment"("state", "offerExpiresAt");

-- CreateIndex
CREATE INDEX "EnrollmentEvent_enrollmentId_at_idx" ON "EnrollmentEvent"("enrollmentId", "at");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionSet_programmeId_version_key" ON "QuestionSet"("programmeId", "version");

-- CreateIndex
CREATE INDEX "ApplicationDraft_offeringId_idx" ON "ApplicationDraft"("offeringId");

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_hostInstitutionId_fkey" FOREIGN KEY ("hostInstitutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offering" ADD CONSTRAINT "Offering_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferingSession" ADD CONSTRAINT "OfferingSession_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeExpert" ADD CONSTRAINT "ProgrammeExpert_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeExpert" ADD CONSTRAINT "ProgrammeExpert_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneTimeToken" ADD CONSTRAINT "OneTimeToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrollment" ADD CONSTRAINT "Enrollment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrollmentEvent" ADD CONSTRAINT "EnrollmentEvent_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionSet" ADD CONSTRAINT "QuestionSet_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDraft" ADD CONSTRAINT "ApplicationDraft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDraft" ADD CONSTRAINT "ApplicationDraft_offeringId_fkey" FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Hand-written below: Prisma cannot declare triggers.

-- One error for every "this table does not change that way" rule; the message is the argument.
CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
END $$;

-- The audit trail is append-only.
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"('the audit trail is append-only');

-- A published version of a programme's questions never changes: enrollments refer to it by number.
CREATE TRIGGER "QuestionSet_immutable" BEFORE UPDATE ON "QuestionSet"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"('question sets are immutable: publish a new version');

-- The search index's version (lib/search/cache.ts keys cached answers by it): bumped in the same
-- transaction as every statement that writes search documents, so a cached answer is never read
-- after what it was computed from has changed, in this process or any other.
INSERT INTO "SearchIndexState" ("id", "version") VALUES (1, 0);
CREATE FUNCTION "bump_search_index_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "SearchIndexState" SET "version" = "version" + 1 WHERE "id" = 1;
    RETURN NULL;
END $$;
CREATE TRIGGER "SearchDocument_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SearchDocument"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_search_index_version"();

-- An application to an offering, whole, in one statement (lib/enrollment/mutations.ts `apply`
-- renders the texts and calls it outside any transaction). All applications to one offering
-- queue for its row lock; taken inside one call, the lock is held for the call alone (well under
-- a millisecond) instead of across the round trips of an interactive transaction, which held it
-- for milliseconds: 126 applications/s with 9 of 10 connections waiting on it, at 2,000
-- applications to one offering. A first-come seat is taken by the guarded UPDATE; when there is
-- none, the offering's row is locked before the waitlist rank is read, so concurrent newcomers
-- rank one after another (each statement here reads what the one before it committed), and a
-- seat freed meanwhile is still taken. Times come from the caller, in UTC, as Prisma writes them.
CREATE FUNCTION "apply_to_offering"(
    p_enrollment_id TEXT, p_offering_id TEXT, p_user_id TEXT, p_first_come BOOLEAN, p_answers JSONB, p_form_version INTEGER,
    p_now TIMESTAMP(3), p_event_id TEXT, p_notification_id TEXT, p_outbox_id TEXT, p_email_to TEXT, p_email_locale TEXT,
    p_email_status TEXT, p_emails JSONB, p_delete_draft BOOLEAN
) RETURNS TEXT LANGUAGE plpgsql AS $$
DECLARE
    v_state TEXT;
    v_rank DOUBLE PRECISION;
    v_email JSONB;
BEGIN
    IF NOT p_first_come THEN
        v_state := 'submitted';
    ELSE
        UPDATE "Offering" SET "seatsTaken" = "seatsTaken" + 1
            WHERE "id" = p_offering_id AND ("capacity" IS NULL OR "seatsTaken" < "capacity");
        IF NOT FOUND THEN
            PERFORM 1 FROM "Offering" WHERE "id" = p_offering_id FOR UPDATE;
            UPDATE "Offering" SET "seatsTaken" = "seatsTaken" + 1
                WHERE "id" = p_offering_id AND ("capacity" IS NULL OR "seatsTaken" < "capacity");
        END IF;
        IF FOUND THEN
            v_state := 'confirmed';
        ELSE
            v_state := 'waitlisted';
            SELECT COALESCE(MAX("waitRank"), 0) + 1 INTO v_rank FROM "Enrollment" WHERE "offeringId" = p_offering_id;
        END IF;
    END IF;
    v_email := p_emails -> v_state;
    INSERT INTO "Enrollment" ("id", "offeringId", "userId", "state", "activeKey", "waitRank", "answers", "formVersion", "createdAt", "updatedAt")
        VALUES (p_enrollment_id, p_offering_id, p_user_id, v_state, p_offering_id || ':' || p_user_id, v_rank, p_answers, p_form_version, p_now, p_now);
    INSERT INTO "EnrollmentEvent" ("id", "enrollmentId", "from", "to", "actorId", "at")
        VALUES (p_event_id, p_enrollment_id, NULL, v_state, p_user_id, p_now);
    INSERT INTO "Notification" ("id", "userId", "kind", "data", "createdAt")
        VALUES (p_notification_id, p_user_id, 'enrollment.' || v_state,
                jsonb_build_object('enrollmentId', p_enrollment_id, 'from', NULL, 'to', v_state, 'reasonCode', NULL), p_now);
    INSERT INTO "OutboxMessage" ("id", "to", "locale", "template", "subject", "text", "html", "status", "nextAttemptAt", "createdAt")
        VALUES (p_outbox_id, p_email_to, p_email_locale, 'enrollment-changed', v_email ->> 'subject', v_email ->> 'text', v_email ->> 'html',
                p_email_status, p_now, p_now);
    IF p_delete_draft THEN
        DELETE FROM "ApplicationDraft" WHERE "userId" = p_user_id AND "offeringId" = p_offering_id;
    END IF;
    RETURN v_state;
END $$;
