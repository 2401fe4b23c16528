import "server-only";
import { z } from "zod";
import { db } from "../db";
import { isLinkToken, sha256Hex } from "../crypto/tokens";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { zLinkToken } from "../recovery/reset-link";
import { createSession } from "../sessions/sessions";
import type { SignUpStep } from "./steps";

// Step 2: the link in the confirmation email. Opening it shows a button (link scanners that fetch
// URLs must not use up the link); pressing it confirms the address and signs the person in to
// continue sign-up.

export type LinkState = "valid" | "expired" | "used" | "invalid";

export const zConfirmEmail = z.object({ token: zLinkToken });
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

export type ConfirmOutcome = { ok: true; sessionToken: string; step: SignUpStep } | { ok: false; state: Exclude<LinkState, "valid"> };

export async function confirmEmail(token: string, info: RequestInfo): Promise<ConfirmOutcome> {
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
      select: { id: true, registrationStep: true, emailConfirmedAt: true },
    });
    let step = user.registrationStep as SignUpStep;
    // Past the password step, the way back in is signing in, never an email link.
    if (!["CONFIRM_EMAIL", "TERMS", "PASSWORD"].includes(step)) return { ok: false, state: "used" } as const;
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
