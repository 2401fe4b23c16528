import "server-only";
import { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import { describeDevice } from "../http/describe-device";
import type { RequestInfo } from "../http/request-info";
import { zId } from "../ids";
import { fail, type ActionResult } from "../result";
import { idleTimeoutMs, type CurrentSession } from "./sessions";
import { msg } from "../i18n/message-ref";

// Ending sessions only makes an account safer, so it needs no recent re-check; it only ever
// reaches the signed-in person's own sessions.

export const SESSION_NOT_FOUND = msg("security.sessions.notFound");

/** The "Sign out" button of one row: a malformed id is kept as null and answered "not found" like any other. */
export const zEndOtherSession = z.object({ sessionId: zId.nullable().catch(null) });
export type EndOtherSessionInput = z.output<typeof zEndOtherSession>;

/** Ends one of the person's other sessions; any other id (someone else's, unknown, malformed) is "not found". */
export async function endOtherSession(
  current: Pick<CurrentSession, "id" | "user">,
  input: EndOtherSessionInput,
  info: RequestInfo,
): Promise<ActionResult<{ device: string }>> {
  const sessionId = input.sessionId;
  if (!sessionId) return fail("not_found", SESSION_NOT_FOUND);
  if (sessionId === current.id) return fail("current_session", msg("security.sessions.current"));
  return db().$transaction(async (tx): Promise<ActionResult<{ device: string }>> => {
    const target = await tx.session.findFirst({
      where: { id: sessionId, userId: current.user.id, revokedAt: null },
      select: { id: true, userAgent: true },
    });
    if (!target) return fail("not_found", SESSION_NOT_FOUND);
    await tx.session.updateMany({ where: { id: target.id, userId: current.user.id, revokedAt: null }, data: { revokedAt: new Date() } });
    // A msg() reference: the action chain puts the confirmation's device into the reader's language.
    const device = describeDevice(target.userAgent);
    await recordSecurityEvent(tx, current.user.id, "session.ended", info, { device });
    return { ok: true, device };
  });
}

/** Ends every session of the person except the one making the request. */
export async function endOtherSessions(
  current: Pick<CurrentSession, "id" | "user">,
  info: RequestInfo,
): Promise<ActionResult<{ ended: number }>> {
  const now = Date.now();
  return db().$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: {
        userId: current.user.id,
        revokedAt: null,
        id: { not: current.id },
        expiresAt: { gt: new Date(now) },
        lastSeenAt: { gt: new Date(now - idleTimeoutMs()) },
      },
      data: { revokedAt: new Date() },
    });
    await recordSecurityEvent(tx, current.user.id, "sessions.ended_others", info, { ended: count });
    return { ok: true as const, ended: count };
  });
}
