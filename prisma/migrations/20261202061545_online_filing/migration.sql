-- CreateEnum
CREATE TYPE "CaseEventKind" AS ENUM ('STATUS', 'ADDRESS_CHANGED');

-- CreateEnum
CREATE TYPE "FilingStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('OPEN', 'PAID', 'FAILED');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "mailingAddress" TEXT;

-- AlterTable
ALTER TABLE "CaseEvent" ADD COLUMN     "kind" "CaseEventKind" NOT NULL DEFAULT 'STATUS';

-- CreateTable
CREATE TABLE "Filing" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "formType" TEXT NOT NULL,
    "status" "FilingStatus" NOT NULL DEFAULT 'DRAFT',
    "answers" JSONB NOT NULL DEFAULT '{}',
    "savedPages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "lastSavedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiryWarnedAt" TIMESTAMPTZ(3),
    "signatureName" TEXT,
    "signedAt" TIMESTAMPTZ(3),
    "signatureAddress" TEXT,
    "signatureUserAgent" TEXT,
    "feeCents" INTEGER,
    "feeRule" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "caseId" UUID,
    "confirmationNumber" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Filing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FilingDocument" (
    "id" UUID NOT NULL,
    "filingId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FilingDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "filingId" UUID NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'usd',
    "status" "PaymentStatus" NOT NULL DEFAULT 'OPEN',
    "idempotencyKey" TEXT NOT NULL,
    "stripeCheckoutSessionId" TEXT NOT NULL,
    "stripePaymentIntentId" TEXT,
    "checkoutUrl" TEXT NOT NULL,
    "failureMessage" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMPTZ(3),

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Filing_caseId_key" ON "Filing"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Filing_confirmationNumber_key" ON "Filing"("confirmationNumber");

-- CreateIndex
CREATE INDEX "Filing_ownerId_status_lastSavedAt_idx" ON "Filing"("ownerId", "status", "lastSavedAt" DESC);

-- CreateIndex
CREATE INDEX "Filing_status_lastSavedAt_idx" ON "Filing"("status", "lastSavedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FilingDocument_storageKey_key" ON "FilingDocument"("storageKey");

-- CreateIndex
CREATE INDEX "FilingDocument_filingId_createdAt_idx" ON "FilingDocument"("filingId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_idempotencyKey_key" ON "Payment"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_stripeCheckoutSessionId_key" ON "Payment"("stripeCheckoutSessionId");

-- CreateIndex
CREATE INDEX "Payment_filingId_createdAt_idx" ON "Payment"("filingId", "createdAt");

-- AddForeignKey
ALTER TABLE "Filing" ADD CONSTRAINT "Filing_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Filing" ADD CONSTRAINT "Filing_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FilingDocument" ADD CONSTRAINT "FilingDocument_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "Filing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

