-- AlterTable
ALTER TABLE "Notice" ADD COLUMN     "reminderSentAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "EvidenceRequest" ADD COLUMN     "dayReminderAt" TIMESTAMPTZ(3),
ADD COLUMN     "weekReminderAt" TIMESTAMPTZ(3);

