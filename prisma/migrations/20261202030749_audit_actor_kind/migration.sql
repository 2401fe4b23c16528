-- CreateEnum
CREATE TYPE "AuditActorKind" AS ENUM ('OFFICER', 'AGENCY_COMMAND');

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "actorKind" "AuditActorKind" NOT NULL DEFAULT 'OFFICER',
ADD COLUMN     "actorLabel" TEXT,
ALTER COLUMN "actorId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "AuditLog_actorKind_at_idx" ON "AuditLog"("actorKind", "at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");


-- Hand-written: every row names its actor, an officer's account or the agency command with the
-- operating-system user who ran it (Prisma's schema language has no CHECK constraints).
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actor_check" CHECK (
  ("actorKind" = 'OFFICER' AND "actorId" IS NOT NULL AND "actorLabel" IS NULL)
  OR ("actorKind" = 'AGENCY_COMMAND' AND "actorId" IS NULL AND "actorLabel" IS NOT NULL AND "actorLabel" <> '')
);
