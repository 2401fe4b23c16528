import "server-only";
import { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { newBackupCode, storeBackupCode } from "../mfa/backup-code";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { advanceStep } from "./advance-step";
import { passedSecondStep } from "./passed-second-step";
import { msg } from "../i18n/message-ref";

// Step 7: the backup code is shown once. Opening the page again shows a new code and voids the
// one shown before, since the old one cannot be shown again.

/** The new code, or null for a session that did not pass the second step (it must sign in again). */
export async function issueSignUpBackupCode(session: CurrentSession, info: RequestInfo): Promise<string | null> {
  const next = await newBackupCode();
  return db().$transaction(async (tx) => {
    if (!(await passedSecondStep(tx, session.id))) return null;
    const code = await storeBackupCode(tx, session.user.id, next);
    await recordSecurityEvent(tx, session.user.id, "backup_code.issued", info);
    return code;
  });
}

export const zBackupCodeSaved = z.object({
  saved: z.literal("yes", { error: msg("signUp.errors.backupCodeSaved") }),
});
export type BackupCodeSavedInput = z.output<typeof zBackupCodeSaved>;

export async function confirmBackupCodeSaved(session: CurrentSession, _input: BackupCodeSavedInput): Promise<ActionResult> {
  const ok = await db().$transaction(async (tx) => {
    if (!(await passedSecondStep(tx, session.id))) return false;
    const moved = await advanceStep(tx, session.user.id, "BACKUP_CODE", "SECURITY_QUESTIONS");
    if (moved) await tx.backupCode.updateMany({ where: { userId: session.user.id, usedAt: null }, data: { savedAt: new Date() } });
    return moved;
  });
  return ok ? { ok: true } : fail("out_of_order", msg("signUp.errors.stepDone"));
}
