import "server-only";
import { z } from "zod";
import { db } from "../db";
import { msg } from "../i18n/message-ref";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import type { RequestInfo } from "../http/request-info";
import { sendSecurityNotice } from "../notify/security-notice";
import { hashSecret, verifySecret } from "../passwords/hash";
import { passwordProblem } from "../passwords/validate-password";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { zPasswordForm } from "../registration/schemas";
import { POLICY } from "../security-policy";
import { fail, invalid, type ActionResult } from "../result";
import { revokeAllSessions, type CurrentSession } from "../sessions/sessions";

// Changing the password needs the current one, a recent second step, and the sign-up rules for the
// new one. Every other session ends (whoever else was signed in with the old password is out).

export const zChangePassword = z
  .object({
    currentPassword: z
      .string()
      .min(1, msg("settings.password.errors.currentRequired"))
      .max(POLICY.password.maxLength * 4, msg("settings.password.errors.tooLong")),
  })
  .and(zPasswordForm);

export type ChangePasswordInput = z.output<typeof zChangePassword>;

export async function changePassword(session: CurrentSession, input: ChangePasswordInput, info: RequestInfo): Promise<ActionResult> {
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  const userId = session.user.id;
  if (!(await hitRateLimit(`change-password:${userId}`, 10, 60 * 60_000)).allowed) {
    return fail("rate_limited", msg("settings.password.errors.rateLimited"));
  }
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifySecret(user.passwordHash, input.currentPassword))) {
    return invalid({ currentPassword: msg("settings.password.errors.currentWrong") });
  }
  const problem = passwordProblem(input.password, session.user.email);
  if (problem) return invalid({ password: problem });
  if (await verifySecret(user.passwordHash, input.password)) return invalid({ password: msg("settings.password.errors.same") });

  const passwordHash = await hashSecret(input.password);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date(), failedPasswordAttempts: 0 } });
    await revokeAllSessions(tx, userId, { except: session.id });
    // A change of email address asked for from a session that has just ended must not go through.
    await tx.emailToken.updateMany({ where: { userId, purpose: "CHANGE_EMAIL", usedAt: null }, data: { usedAt: new Date() } });
    await recordSecurityEvent(tx, userId, "password.changed", info);
    await sendSecurityNotice(tx, session.user, "password_changed", info);
  });
  return { ok: true };
}
