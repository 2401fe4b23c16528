import "server-only";
import { z } from "zod";
import { zField } from "../actions/form-input";
import { db } from "../db";
import { lockUser } from "../db/lock-user";
import { env } from "../env";
import { msg } from "../i18n/message-ref";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import { randomToken, sha256Hex } from "../crypto/tokens";
import { findEmailLink, linkState, type LinkState } from "../recovery/reset-link";
import type { RequestInfo } from "../http/request-info";
import { enqueueEmail } from "../notify/enqueue";
import { sendSecurityNotice } from "../notify/security-notice";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { zEmail } from "../registration/schemas";
import { POLICY } from "../security-policy";
import { fail, invalid, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";

// A new email address takes effect only when a link sent to it is used; the old address is told
// of the request and of the change, each time with a "this wasn't me" link that cancels a pending
// change or puts the old address back. A password change or reset cancels a pending change too.
// Whether the new address already has an account is not revealed here: that address gets a
// message instead of a link.

export const zChangeEmail = z
  .object({
    newEmail: zEmail,
    confirmNewEmail: zField().pipe(z.string().trim().max(POLICY.fieldMaxLength.email, msg("settings.email.errors.tooLong"))),
  })
  .superRefine((form, ctx) => {
    if (!form.confirmNewEmail)
      ctx.addIssue({ code: "custom", path: ["confirmNewEmail"], message: msg("settings.email.errors.confirmRequired") });
    else if (form.confirmNewEmail.toLowerCase() !== form.newEmail) {
      ctx.addIssue({
        code: "custom",
        path: ["confirmNewEmail"],
        message: msg("settings.email.errors.mismatch"),
      });
    }
  });

export type ChangeEmailInput = z.output<typeof zChangeEmail>;

export async function requestEmailChange(
  session: CurrentSession,
  input: ChangeEmailInput,
  info: RequestInfo,
): Promise<ActionResult<{ sentTo: string }>> {
  const values = { newEmail: input.newEmail, confirmNewEmail: input.confirmNewEmail };
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return { ...refused, values };
  const { newEmail } = input;
  if (newEmail === session.user.email) return invalid({ newEmail: msg("settings.email.errors.same") }, values);
  const userId = session.user.id;
  if (!(await hitRateLimit(`change-email:${userId}`, 5, 60 * 60_000)).allowed) {
    return fail("rate_limited", msg("settings.email.errors.rateLimited"), { values });
  }
  const taken = await db().user.findUnique({ where: { email: newEmail }, select: { id: true } });
  const token = randomToken();
  await db().$transaction(async (tx) => {
    await lockUser(tx, userId);
    await tx.emailToken.updateMany({ where: { userId, purpose: "CHANGE_EMAIL", usedAt: null }, data: { usedAt: new Date() } });
    if (taken) {
      await enqueueEmail(tx, newEmail, "account-exists", { signInUrl: new URL("/sign-in", env().APP_URL).toString() });
    } else {
      await tx.emailToken.create({
        data: {
          userId,
          purpose: "CHANGE_EMAIL",
          tokenHash: sha256Hex(token),
          newEmail,
          expiresAt: new Date(Date.now() + POLICY.emailConfirmationTtlMs),
        },
      });
      await enqueueEmail(
        tx,
        newEmail,
        "confirm-new-email",
        { link: new URL(`/settings/email/confirm?token=${token}`, env().APP_URL).toString() },
        { userId },
      );
    }
    await recordSecurityEvent(tx, userId, "email.change_requested", info);
    await sendSecurityNotice(tx, session.user, "email_change_requested", info);
  });
  return { ok: true, sentTo: newEmail };
}

export async function emailChangeLinkState(token: unknown): Promise<{ state: LinkState; newEmail?: string }> {
  const row = await findEmailLink(token, "CHANGE_EMAIL");
  const state = linkState(row?.newEmail ? row : null);
  return state === "valid" ? { state, newEmail: row!.newEmail! } : { state };
}

/** The confirmation button's form: the token from the link (any text; an unknown one is refused below). */
export const zConfirmEmailChange = z.object({ token: zField() });
export type ConfirmEmailChangeInput = z.output<typeof zConfirmEmailChange>;

/** Anyone holding the link may confirm: the link itself proves the new address. */
export async function confirmEmailChange(input: ConfirmEmailChangeInput, info: RequestInfo): Promise<ActionResult<{ newEmail: string }>> {
  const row = await findEmailLink(input.token, "CHANGE_EMAIL");
  const state = linkState(row?.newEmail ? row : null);
  if (!row?.newEmail || state !== "valid") return fail(`link_${state === "valid" ? "unknown" : state}`, emailChangeLinkMessage(state));
  const newEmail = row.newEmail;
  try {
    const done = await db().$transaction(async (tx) => {
      const used = await tx.emailToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
      if (used.count !== 1) return false;
      await tx.user.update({ where: { id: row.userId }, data: { email: newEmail, emailConfirmedAt: new Date() } });
      await recordSecurityEvent(tx, row.userId, "email.changed", info);
      // A reset link went to the old address: it no longer opens the account.
      await tx.emailToken.updateMany({
        where: { userId: row.userId, purpose: "RESET_PASSWORD", usedAt: null },
        data: { usedAt: new Date() },
      });
      // Only the newest change can be undone: an earlier notice's link no longer puts its address back.
      await tx.emailToken.updateMany({
        where: { userId: row.userId, purpose: "NOT_ME", usedAt: null, newEmail: { not: null } },
        data: { newEmail: null },
      });
      await sendSecurityNotice(tx, row.user, "email_changed", info, { to: row.user.email, restoreEmail: row.user.email });
      return true;
    });
    if (!done) return fail("link_used", emailChangeLinkMessage("used"));
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      return fail("email_taken", msg("settings.email.errors.taken"));
    }
    throw error;
  }
  return { ok: true, newEmail };
}

/** Why a new-address link can't be used, for the action's answer and the link page alike. */
export function emailChangeLinkMessage(state: LinkState): string {
  if (state === "expired") return msg("settings.email.errors.linkExpired");
  if (state === "used") return msg("settings.email.errors.linkUsed");
  return msg("settings.email.errors.linkInvalid");
}
