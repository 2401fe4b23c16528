import "server-only";
import { z } from "zod";
import { db } from "../db";
import { revokeAllSessions } from "../sessions/sessions";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { sendSecurityNotice } from "../notify/security-notice";
import { hashSecret, verifySecret } from "../passwords/hash";
import { passwordProblem } from "../passwords/validate-password";
import { zPasswordForm } from "../registration/schemas";
import { fail, invalid, type ActionResult } from "../result";
import { findEmailLink, linkState, unusable, zLinkToken, type LinkUnusable } from "./reset-link";
import { msg } from "../i18n/message-ref";

// The last step of a reset, open only once the answers passed on this same link. It signs no one in
// and leaves the second step in place: every session ends and the next sign-in asks for a code.

export const zSetNewPassword = z.object({ token: zLinkToken }).and(zPasswordForm);
export type NewPasswordInput = z.output<typeof zPasswordForm>;

export async function setNewPassword(token: string, input: NewPasswordInput, info: RequestInfo): Promise<ActionResult | LinkUnusable> {
  const row = await findEmailLink(token, "RESET_PASSWORD");
  const state = linkState(row);
  if (!row || state !== "valid") return unusable(state === "valid" ? "unknown" : state);
  if (!row.answersPassedAt) return fail("answers_first", msg("passwordReset.newPassword.answersFirst"));

  const user = await db().user.findUniqueOrThrow({ where: { id: row.userId }, select: { id: true, email: true, passwordHash: true } });
  const problem = passwordProblem(input.password, user.email);
  if (problem) return invalid({ password: problem });
  if (user.passwordHash && (await verifySecret(user.passwordHash, input.password)))
    return invalid({ password: msg("passwordReset.newPassword.mustDiffer") });
  const passwordHash = await hashSecret(input.password);

  return db().$transaction(async (tx) => {
    const now = new Date();
    // One statement uses the link, so two submissions cannot both reset.
    const used = await tx.emailToken.updateMany({
      where: { id: row.id, usedAt: null, answersPassedAt: { not: null }, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) return unusable("used");
    await tx.emailToken.updateMany({
      where: { userId: user.id, purpose: { in: ["RESET_PASSWORD", "CHANGE_EMAIL"] }, usedAt: null },
      data: { usedAt: now },
    });
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: now, passwordResetRequired: false, failedPasswordAttempts: 0, lockedUntil: null },
    });
    await revokeAllSessions(tx, user.id);
    await recordSecurityEvent(tx, user.id, "password.reset", info);
    await sendSecurityNotice(tx, { id: user.id, email: user.email }, "password_reset", info, { now });
    return { ok: true } as const;
  });
}
