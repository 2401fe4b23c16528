import "server-only";
import type { Tx } from "../db";

// From the backup-code step on, a sign-up session goes on only if the second step was passed in
// it: the method verified in this session, or the code asked again at sign-in. The pages check the
// session they read (signUpStepContext); the steps' own writes check again in their transaction.

/** Marks the session as having passed the second step now. */
export async function markSecondStepPassed(tx: Tx, sessionId: string): Promise<void> {
  await tx.session.update({ where: { id: sessionId }, data: { secondStepAt: new Date() } });
}

export async function passedSecondStep(tx: Tx, sessionId: string): Promise<boolean> {
  return (await tx.session.count({ where: { id: sessionId, revokedAt: null, secondStepAt: { not: null } } })) === 1;
}
