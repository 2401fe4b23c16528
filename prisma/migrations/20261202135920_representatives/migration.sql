-- CreateEnum
CREATE TYPE "ClientReviewStatus" AS ENUM ('SENT', 'CHANGES_REQUESTED', 'SIGNED', 'DECLINED');

-- CreateEnum
CREATE TYPE "RepresentativeKind" AS ENUM ('ATTORNEY', 'ACCREDITED_REPRESENTATIVE');

-- CreateEnum
CREATE TYPE "RepresentationSource" AS ENUM ('ONLINE', 'PAPER');

-- CreateEnum
CREATE TYPE "RepresentationEndedBy" AS ENUM ('CLIENT', 'REPRESENTATIVE', 'OFFICER');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'REPRESENTATIVE';

-- AlterTable
ALTER TABLE "EvidenceRequest" ADD COLUMN     "respondedById" UUID;

-- AlterTable
ALTER TABLE "Filing" ADD COLUMN     "clientEmail" TEXT,
ADD COLUMN     "clientId" UUID,
ADD COLUMN     "clientName" TEXT,
ADD COLUMN     "clientReview" "ClientReviewStatus",
ADD COLUMN     "clientReviewNote" TEXT,
ADD COLUMN     "g28SignatureName" TEXT,
ADD COLUMN     "g28SignedAt" TIMESTAMPTZ(3),
ADD COLUMN     "invitationExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "invitationSentAt" TIMESTAMPTZ(3),
ADD COLUMN     "invitationTokenHash" TEXT;

-- CreateTable
CREATE TABLE "RepresentativeProfile" (
    "userId" UUID NOT NULL,
    "kind" "RepresentativeKind" NOT NULL,
    "fullName" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "city" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "barAdmissions" JSONB NOT NULL DEFAULT '[]',
    "recognitionNumber" TEXT,
    "accreditationExpiresOn" DATE,
    "verifiedAt" TIMESTAMPTZ(3),
    "verifiedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RepresentativeProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Representation" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "representativeId" UUID NOT NULL,
    "clientId" UUID,
    "source" "RepresentationSource" NOT NULL,
    "filingId" UUID,
    "recordedById" UUID,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "endedBy" "RepresentationEndedBy",
    "endedById" UUID,
    "representativeViewedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Representation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Representation_filingId_key" ON "Representation"("filingId");

-- CreateIndex
CREATE INDEX "Representation_representativeId_endedAt_idx" ON "Representation"("representativeId", "endedAt");

-- CreateIndex
CREATE INDEX "Representation_caseId_endedAt_idx" ON "Representation"("caseId", "endedAt");

-- CreateIndex
CREATE INDEX "Representation_clientId_idx" ON "Representation"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "Filing_invitationTokenHash_key" ON "Filing"("invitationTokenHash");

-- CreateIndex
CREATE INDEX "Filing_clientId_status_idx" ON "Filing"("clientId", "status");

-- AddForeignKey
ALTER TABLE "EvidenceRequest" ADD CONSTRAINT "EvidenceRequest_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Filing" ADD CONSTRAINT "Filing_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeProfile" ADD CONSTRAINT "RepresentativeProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeProfile" ADD CONSTRAINT "RepresentativeProfile_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Representation" ADD CONSTRAINT "Representation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Representation" ADD CONSTRAINT "Representation_representativeId_fkey" FOREIGN KEY ("representativeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Representation" ADD CONSTRAINT "Representation_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Representation" ADD CONSTRAINT "Representation_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Representation" ADD CONSTRAINT "Representation_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Representation" ADD CONSTRAINT "Representation_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- One current G-28 per case and representative (ended ones stay as history).
CREATE UNIQUE INDEX "Representation_current_case_representative_key" ON "Representation"("caseId", "representativeId") WHERE "endedAt" IS NULL;
