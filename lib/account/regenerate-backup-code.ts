import "server-only";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import { encryptSecret } from "../crypto/encryption";
import type { RequestInfo } from "../http/request-info";
import { newBackupCode, storeBackupCode } from "../mfa/backup-code";
import { sendSecurityNotice } from "../notify/security-notice";
import type { ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";

// A new backup code voids the old one at once. It is kept (encrypted) on this session until the
// person confirms they saved it, like the code renewed after a backup-code sign-in.

export async function regenerateBackupCode(session: CurrentSession, info: RequestInfo): Promise<ActionResult> {
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  const userId = session.user.id;
  const next = await newBackupCode();
  await db().$transaction(async (tx) => {
    const code = await storeBackupCode(tx, userId, next);
    await tx.session.update({ where: { id: session.id }, data: { pendingBackupCodeEnc: encryptSecret(code) } });
    await recordSecurityEvent(tx, userId, "backup_code.regenerated", info);
    await sendSecurityNotice(tx, session.user, "backup_code_regenerated", info);
  });
  return { ok: true };
}
