import "server-only";
import { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import type { RequestInfo } from "../http/request-info";
import { zId } from "../ids";
import { sendSecurityNotice } from "../notify/security-notice";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { msg } from "../i18n/message-ref";

const NOT_FOUND = msg("security.passkeys.notFound");

/** The confirmation form: a malformed id is kept as null and answered "not found" like any other. */
export const zRemovePasskey = z.object({ passkeyId: zId.nullable().catch(null) });
export type RemovePasskeyInput = z.output<typeof zRemovePasskey>;

/** Removes one of the person's own passkeys (never anyone else's: the lookup includes the user). */
export async function removePasskey(
  session: CurrentSession,
  input: RemovePasskeyInput,
  info: RequestInfo,
): Promise<ActionResult<{ name: string }>> {
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  const passkeyId = input.passkeyId;
  if (!passkeyId) return fail("not_found", NOT_FOUND);
  const userId = session.user.id;
  return db().$transaction(async (tx): Promise<ActionResult<{ name: string }>> => {
    const passkey = await tx.passkey.findFirst({ where: { id: passkeyId, userId }, select: { name: true } });
    if (!passkey) return fail("not_found", NOT_FOUND);
    const removed = await tx.passkey.deleteMany({ where: { id: passkeyId, userId } });
    if (removed.count !== 1) return fail("not_found", NOT_FOUND);
    await sendSecurityNotice(tx, session.user, "passkey_removed", info);
    await recordSecurityEvent(tx, userId, "passkey.removed", info, { passkeyId });
    return { ok: true, name: passkey.name };
  });
}
