import "server-only";
import { db } from "../db";
import { issueBackupCode } from "../mfa/backup-code";
import { hashSecret } from "../passwords/hash";
import { normalizeAnswer } from "../recovery/questions";
import { TERMS_VERSION } from "../registration/terms";

// Demo data for trying the portal locally: one finished applicant account whose codes go by email
// (read them at /dev/outbox). Idempotent.

export const DEMO_ACCOUNT = { email: "demo@example.com", password: "Demo-Portal-2026!" };

export async function seedDemoData(): Promise<{ created: boolean; backupCode?: string }> {
  const existing = await db().user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } });
  if (existing) return { created: false };
  const passwordHash = await hashSecret(DEMO_ACCOUNT.password);
  const answers = await Promise.all([1, 2, 3, 4, 5].map(async (questionId) => ({ questionId, answerHash: await hashSecret(normalizeAnswer("demo")) })));
  const backupCode = await db().$transaction(async (tx) => {
    const now = new Date();
    const user = await tx.user.create({
      data: {
        email: DEMO_ACCOUNT.email,
        registrationStep: "COMPLETE",
        emailConfirmedAt: now,
        termsVersion: TERMS_VERSION,
        termsAcceptedAt: now,
        passwordHash,
        passwordChangedAt: now,
        mfaMethods: { create: { kind: "EMAIL", verifiedAt: now } },
        securityAnswers: { create: answers },
      },
    });
    return issueBackupCode(tx, user.id);
  });
  return { created: true, backupCode };
}
