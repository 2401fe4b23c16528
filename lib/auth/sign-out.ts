import "server-only";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { revokeSession, type CurrentSession } from "../sessions/sessions";

/** Sign out: ends the person's own session (the one making the request). */
export async function signOut(session: CurrentSession, info: RequestInfo): Promise<void> {
  await db().$transaction(async (tx) => {
    await revokeSession(tx, session.id);
    await recordSecurityEvent(tx, session.user.id, "sign_out", info);
  });
}
