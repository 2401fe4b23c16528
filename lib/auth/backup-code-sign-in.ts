import "server-only";
import { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import { decryptSecret, encryptSecret } from "../crypto/encryption";
import { normalizeCrockford } from "../crypto/tokens";
import { zField } from "../actions/form-input";
import type { RequestInfo } from "../http/request-info";
import { findMatchingBackupCode, newBackupCode, storeBackupCode, spendBackupCode } from "../mfa/backup-code";
import { codeEntryLocked, lockCodeEntry, refuseWrongCode } from "../mfa/record-code-failure";
import { sendSecurityNotice } from "../notify/security-notice";
import { POLICY } from "../security-policy";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { advanceStep } from "../registration/advance-step";
import { finishSignIn, noticePasswordKnown, refuseEndedSignIn } from "./second-step";
import { msg } from "../i18n/message-ref";

// The way in when the verification method is lost: the backup code passes the second step once.
// A new code is issued in the same transaction and kept (encrypted) on the new session until the
// person confirms they saved it, so it is shown exactly where it is needed and nowhere else.

const WRONG = msg("signIn.backupCode.wrong");

export const zBackupCodeSignIn = z.object({
  backupCode: zField()
    .transform((code) => code.slice(0, 64))
    .refine((code) => code.trim() !== "", { error: msg("signIn.backupCode.required"), abort: true })
    .refine((code) => normalizeCrockford(code).length === POLICY.backupCode.length, msg("signIn.backupCode.format")),
});
export type BackupCodeSignInInput = z.output<typeof zBackupCodeSignIn>;

export async function signInWithBackupCode(
  session: CurrentSession,
  input: BackupCodeSignInInput,
  info: RequestInfo,
): Promise<ActionResult<{ sessionToken: string }>> {
  const userId = session.user.id;
  const early = await codeEntryLocked(userId);
  if (early) return { ...early, fieldErrors: { backupCode: early.message } };
  // argon2 is slow: the code is matched (and its replacement made) before the lock, and used up
  // (once) under it.
  const matchedId = await findMatchingBackupCode(userId, input.backupCode);
  const replacement = matchedId ? await newBackupCode() : null;

  const result = await refuseEndedSignIn(() =>
    db().$transaction(async (tx): Promise<ActionResult<{ sessionToken: string }>> => {
      const locked = await lockCodeEntry(tx, userId);
      if (locked) return { ...locked, fieldErrors: { backupCode: locked.message } };
      if (!matchedId || !replacement || !(await spendBackupCode(tx, matchedId))) {
        const message = await refuseWrongCode(tx, userId, info, { during: "sign_in", method: "backup_code" }, WRONG);
        return fail("wrong_code", message, { fieldErrors: { backupCode: message } });
      }
      // A sign-up left at the reset questions shows its new code on its own backup-code step again.
      await advanceStep(tx, userId, "SECURITY_QUESTIONS", "BACKUP_CODE");
      const renewed = await storeBackupCode(tx, userId, replacement);
      const sessionToken = await finishSignIn(tx, session, "backup_code", info, { pendingBackupCodeEnc: encryptSecret(renewed) });
      await recordSecurityEvent(tx, userId, "sign_in.backup_code_used", info);
      await sendSecurityNotice(tx, session.user, "backup_code_used", info);
      return { ok: true, sessionToken };
    }),
  );
  if (!result.ok && result.code !== "code_locked") await noticePasswordKnown(session, info);
  return result;
}

/** The backup code issued at this session's backup-code sign-in, until the person saved it. */
export async function renewedBackupCode(session: CurrentSession): Promise<string | null> {
  const row = await db().session.findUnique({ where: { id: session.id }, select: { pendingBackupCodeEnc: true } });
  return row?.pendingBackupCodeEnc ? decryptSecret(row.pendingBackupCodeEnc) : null;
}

const CONFIRM_SAVED = msg("signIn.backupCode.confirmSaved");

export const zRenewedCodeSaved = z.object({ saved: z.literal("yes", { error: CONFIRM_SAVED }) });
export type RenewedCodeSavedInput = z.output<typeof zRenewedCodeSaved>;

export async function confirmRenewedBackupCodeSaved(session: CurrentSession, _input: RenewedCodeSavedInput): Promise<ActionResult> {
  await db().$transaction(async (tx) => {
    await tx.session.update({ where: { id: session.id }, data: { pendingBackupCodeEnc: null } });
    await tx.backupCode.updateMany({ where: { userId: session.user.id, usedAt: null }, data: { savedAt: new Date() } });
  });
  return { ok: true };
}
