import "server-only";
import { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import type { RequestInfo } from "../http/request-info";
import { sendSecurityNotice } from "../notify/security-notice";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";

const NOT_FOUND = "That passkey was not found. It may have been removed already.";

/** Removes one of the person's own passkeys (never anyone else's: the lookup includes the user). */
export async function removePasskey(session: CurrentSession, input: { passkeyId: unknown }, info: RequestInfo): Promise<ActionResult<{ name: string }>> {
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  const id = z.uuid().safeParse(input.passkeyId);
  if (!id.success) return fail("not_found", NOT_FOUND);
  const userId = session.user.id;
  return db().$transaction(async (tx): Promise<ActionResult<{ name: string }>> => {
    const passkey = await tx.passkey.findFirst({ where: { id: id.data, userId }, select: { name: true } });
    if (!passkey) return fail("not_found", NOT_FOUND);
    const removed = await tx.passkey.deleteMany({ where: { id: id.data, userId } });
    if (removed.count !== 1) return fail("not_found", NOT_FOUND);
    await sendSecurityNotice(tx, session.user, "passkey_removed", info);
    await recordSecurityEvent(tx, userId, "passkey.removed", info, { passkeyId: id.data });
    return { ok: true, name: passkey.name };
  });
}
