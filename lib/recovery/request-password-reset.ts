import "server-only";
import type { z } from "zod";
import { db } from "../db";
import { lockUser } from "../db/lock-user";
import { env } from "../env";
import { randomToken, sha256Hex } from "../crypto/tokens";
import { recordSecurityEvent } from "../audit/record-security-event";
import { rateLimitAddress } from "../http/client-address";
import type { RequestInfo } from "../http/request-info";
import { waitForFloor } from "../http/response-floor";
import { enqueueEmail } from "../notify/enqueue";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { zResendForm } from "../registration/schemas";
import { POLICY } from "../security-policy";
import { fail, type ActionResult } from "../result";
import { msg } from "../i18n/message-ref";

// "Forgot your password?": one answer whether or not the email has a finished account, so the
// page never tells anyone who is registered. Only a finished account gets a link; a new link voids
// the earlier unused ones.

export const RESET_REQUESTED = msg("passwordReset.checkEmail.requested");

const HOUR = 3_600_000;
// Stands in for a user id when the email has no finished account, so both paths run the same statements.
const NO_USER = "00000000-0000-0000-0000-000000000000";

export const zRequestPasswordReset = zResendForm;
export type RequestPasswordResetInput = z.output<typeof zRequestPasswordReset>;

export async function requestPasswordReset(
  input: RequestPasswordResetInput,
  info: RequestInfo,
): Promise<ActionResult<{ message: string }>> {
  // A finished account's request writes a link, an email and an event that an unknown email cannot
  // (about 6 ms more on loopback), so every answer waits for the same floor.
  const startedAt = performance.now();
  const result = await answerResetRequest(input, info);
  await waitForFloor(startedAt, POLICY.emailAnswerFloorMs);
  return result;
}

async function answerResetRequest(input: RequestPasswordResetInput, info: RequestInfo): Promise<ActionResult<{ message: string }>> {
  const { email } = input;
  const values = { email };
  // The network's limit does not depend on the email, so saying so reveals nothing about accounts.
  if (info.ip) {
    const perIp = await hitRateLimit(`reset-request-ip:${rateLimitAddress(info.ip)}`, POLICY.rateLimits.resetRequestPerIpPerHour, HOUR);
    if (!perIp.allowed) return fail("rate_limited", msg("passwordReset.errors.rateLimited"), { values });
  }
  // Quietly stop mailing one address over and over; the person sees the same answer.
  const perEmail = await hitRateLimit(`reset-request:${email}`, POLICY.rateLimits.resetRequestPerEmailPerHour, HOUR);
  const token = randomToken();
  const tokenHash = sha256Hex(token);
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, registrationStep: true } });
    const eligible = perEmail.allowed && user?.registrationStep === "COMPLETE";
    const userId = eligible ? user.id : NO_USER;
    await lockUser(tx, userId);
    await tx.emailToken.updateMany({ where: { userId, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: new Date() } });
    if (!eligible) return;
    await tx.emailToken.create({
      data: { userId, purpose: "RESET_PASSWORD", tokenHash, expiresAt: new Date(Date.now() + POLICY.resetLinkTtlMs) },
    });
    await enqueueEmail(tx, user.email, "reset-password", { link: new URL(`/reset-password?token=${token}`, env().APP_URL).toString() });
    await recordSecurityEvent(tx, userId, "password.reset_requested", info);
  });
  return { ok: true, message: RESET_REQUESTED };
}
