-- CreateTable
CREATE TABLE "UnknownSignInAttempt" (
    "id" UUID NOT NULL,
    "emailHash" TEXT NOT NULL,
    "ip" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnknownSignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnknownSignInAttempt_ip_createdAt_idx" ON "UnknownSignInAttempt"("ip", "createdAt");

