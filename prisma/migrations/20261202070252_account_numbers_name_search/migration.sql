-- AlterTable
ALTER TABLE "User" ADD COLUMN     "accountNumber" TEXT NOT NULL DEFAULT lpad(((('x' || substr(replace(gen_random_uuid()::text, '-', ''), 18, 15))::bit(60)::bigint) % 1000000000000)::text, 12, '0');

-- AlterTable
ALTER TABLE "CaseEvent" ADD COLUMN     "byOwner" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "User_accountNumber_key" ON "User"("accountNumber");


-- Officer search by the start of the applicant's name, any case: lower("applicantName") LIKE 'prefix%'.
-- Prisma's schema cannot express an expression index with an operator class, so it is written here.
CREATE INDEX "Case_applicantName_lower_prefix_idx" ON "Case" (lower("applicantName") text_pattern_ops);

-- Responses to requests for evidence sent before this migration were the owner's own: the entry was written with the request's respondedAt.
UPDATE "CaseEvent" e SET "byOwner" = true
WHERE EXISTS (SELECT 1 FROM "EvidenceRequest" r WHERE r."caseId" = e."caseId" AND r."respondedAt" = e."at");
