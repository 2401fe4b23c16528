import "server-only";
import { z } from "zod";
import { db } from "../db";
import { isLinkToken, sha256Hex } from "../crypto/tokens";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { zLinkToken } from "../recovery/reset-link";
import { createSession } from "../sessions/sessions";
import { ACCOUNT_TYPE_MESSAGE, ACCOUNT_TYPES, type AccountType } from "./schemas";
import type { SignUpStep } from "./steps";

// Step 2: the link in the confirmation email. Opening it shows a button (link scanners that fetch
// URLs must not use up the link); pressing it confirms the address and signs the person in to
// continue sign-up.

export type LinkState = "valid" | "expired" | "used" | "invalid";

/**
 * `accountType`: the choice on the confirmation page, made by whoever can open the email (the
 * sign-up form's choice can be changed by anyone who posts it again with the same address). Absent
 * for an officer's invitation, whose page offers none.
 */
export const zConfirmEmail = z.object({
  token: zLinkToken,
  accountType: z.enum(ACCOUNT_TYPES, { error: ACCOUNT_TYPE_MESSAGE }).optional(),
});
export type ConfirmEmailInput = z.output<typeof zConfirmEmail>;

export async function inspectConfirmationLink(token: string): Promise<LinkState> {
  if (!isLinkToken(token)) return "invalid";
  const row = await db().emailToken.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  if (!row || row.purpose !== "CONFIRM_EMAIL") return "invalid";
  if (row.usedAt) return "used";
  if (row.expiresAt.getTime() <= Date.now()) return "expired";
  return "valid";
}

/** The type a valid link's account has now (the latest sign-up's), to offer on the page; null for an officer's invitation. */
export async function confirmationLinkAccountType(token: string): Promise<AccountType | null> {
  if (!isLinkToken(token)) return null;
  const row = await db().emailToken.findUnique({ where: { tokenHash: sha256Hex(token) }, select: { user: { select: { role: true } } } });
  const role = row?.user.role;
  return role === "APPLICANT" || role === "REPRESENTATIVE" ? role : null;
}

export type ConfirmOutcome = { ok: true; sessionToken: string; step: SignUpStep } | { ok: false; state: Exclude<LinkState, "valid"> };

export async function confirmEmail(token: string, info: RequestInfo, accountType?: AccountType): Promise<ConfirmOutcome> {
  const state = await inspectConfirmationLink(token);
  if (state !== "valid") return { ok: false, state };
  return db().$transaction(async (tx) => {
    const tokenHash = sha256Hex(token);
    // Use the token in one statement, so two clicks cannot both succeed.
    const used = await tx.emailToken.updateMany({
      where: { tokenHash, purpose: "CONFIRM_EMAIL", usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1) return { ok: false, state: "used" } as const;
    const { userId } = await tx.emailToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, registrationStep: true, emailConfirmedAt: true, role: true },
    });
    let step = user.registrationStep as SignUpStep;
    // Past the password step, the way back in is signing in, never an email link.
    if (!["CONFIRM_EMAIL", "TERMS", "PASSWORD"].includes(step)) return { ok: false, state: "used" } as const;
    // Officers are never made or unmade here.
    if (accountType && user.role !== "OFFICER" && user.role !== accountType)
      await tx.user.update({ where: { id: user.id }, data: { role: accountType } });
    if (step === "CONFIRM_EMAIL") {
      step = "TERMS";
      await tx.user.update({ where: { id: user.id }, data: { registrationStep: step, emailConfirmedAt: new Date() } });
      await recordSecurityEvent(tx, user.id, "email.confirmed", info);
    }
    // Links are only sent before a password exists, so this session carries no more than the link.
    const sessionToken = await createSession(tx, user.id, "REGISTRATION", ["email-link"], info);
    return { ok: true, sessionToken, step } as const;
  });
}
