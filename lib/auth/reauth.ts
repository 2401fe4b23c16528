import "server-only";
import type { z } from "zod";
import { db, type Tx } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { zCodeForm } from "../registration/schemas";
import { POLICY } from "../security-policy";
import { zField } from "../actions/form-input";
import { fail, type ActionError, type ActionResult } from "../result";
import { rotateSessionToken, type CurrentSession } from "../sessions/sessions";
import { checkSecondStepCode } from "./second-step";
import { msg } from "../i18n/message-ref";

// Changing security settings needs a second step passed within the last 20 minutes (DESIGN.md §5).

export const REAUTH_MESSAGE = msg("signIn.errors.reauth");

export function hasRecentSecondStep(session: Pick<CurrentSession, "secondStepAt">, now = Date.now()): boolean {
  return session.secondStepAt !== null && now - session.secondStepAt.getTime() < POLICY.session.reauthWindowMs;
}

/** For settings actions: null when the check is recent, otherwise the refusal to return. */
export function refuseWithoutRecentSecondStep(session: Pick<CurrentSession, "secondStepAt">): ActionError | null {
  return hasRecentSecondStep(session) ? null : fail("reauth_required", REAUTH_MESSAGE);
}

/** The re-check's code form; `next` is the settings page to return to (checked by the action). */
export const zConfirmItsYou = zCodeForm.extend({ next: zField() });
export type ConfirmItsYouInput = z.output<typeof zConfirmItsYou>;

export async function confirmItsYou(
  session: CurrentSession,
  input: Pick<ConfirmItsYouInput, "code">,
  info: RequestInfo,
): Promise<ActionResult<{ sessionToken: string }>> {
  const userId = session.user.id;
  return db().$transaction(async (tx): Promise<ActionResult<{ sessionToken: string }>> => {
    const check = await checkSecondStepCode(tx, userId, input.code, info, "reauth");
    if (!check.ok) return check;
    return { ok: true, sessionToken: await markSecondStepPassed(tx, session.id, userId, check.usedKind, info) };
  });
}

/** The re-check passed: the session is marked recent and gets a new token, returned for the cookie. */
export async function markSecondStepPassed(
  tx: Tx,
  sessionId: string,
  userId: string,
  usedKind: string,
  info: RequestInfo,
): Promise<string> {
  await tx.user.update({ where: { id: userId }, data: { failedOtpAttempts: 0 } });
  await tx.session.update({ where: { id: sessionId }, data: { secondStepAt: new Date() } });
  await recordSecurityEvent(tx, userId, "reauth.succeeded", info, { method: usedKind });
  return rotateSessionToken(tx, sessionId);
}
