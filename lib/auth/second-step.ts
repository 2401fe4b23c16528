import "server-only";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { checkOtpCode, checkOtpResendAllowed, issueOtpChallenge, openOtpChallenge, type OtpChannel } from "../mfa/otp-challenge";
import { maskEmail, maskPhone } from "../mfa/phone";
import { codeEntryLocked, codeLockMessage, recordCodeFailure } from "../mfa/record-code-failure";
import { checkTotpCode } from "../mfa/totp";
import { zCodeForm } from "../registration/schemas";
import { POLICY } from "../security-policy";
import { fail, fieldErrorsFrom, invalid, type ActionResult } from "../result";
import { createSession, revokeSession, type CurrentSession } from "../sessions/sessions";

// Step two of signing in: a code from the person's verified method(s).

export type SecondStepView = {
  hasApp: boolean;
  channels: { channel: OtpChannel; label: string }[];
  sentTo: string | null;
};

async function verifiedMethods(userId: string) {
  return db().mfaMethod.findMany({
    where: { userId, verifiedAt: { not: null } },
    select: { id: true, kind: true, phone: true, totpSecretEnc: true, lastTotpStep: true },
  });
}

export async function secondStepView(session: CurrentSession): Promise<SecondStepView> {
  const methods = await verifiedMethods(session.user.id);
  const channels: SecondStepView["channels"] = [];
  for (const m of methods) {
    if (m.kind === "EMAIL") channels.push({ channel: "EMAIL", label: `Email to ${maskEmail(session.user.email)}` });
    if (m.kind === "SMS" && m.phone) channels.push({ channel: "SMS", label: `Text message to ${maskPhone(m.phone)}` });
  }
  const open = await openOtpChallenge(session.user.id, "SIGN_IN");
  const sentTo = open ? (open.channel === "SMS" ? maskPhone(open.destination) : maskEmail(open.destination)) : null;
  return { hasApp: methods.some((m) => m.kind === "TOTP"), channels, sentTo };
}

export async function sendSignInCode(session: CurrentSession, channel: unknown): Promise<ActionResult<{ sentTo: string }>> {
  const methods = await verifiedMethods(session.user.id);
  const method = methods.find((m) => m.kind === channel);
  if (!method || (method.kind !== "EMAIL" && method.kind !== "SMS")) return fail("invalid_input", "Choose where to send your code.", { fieldErrors: { channel: "Choose where to send your code." } });
  const allowed = await checkOtpResendAllowed(session.user.id, "SIGN_IN");
  if (!allowed.allowed) return fail("rate_limited", allowed.message);
  const destination = method.kind === "SMS" ? method.phone! : session.user.email;
  await db().$transaction((tx) => issueOtpChallenge(tx, { id: session.user.id }, "SIGN_IN", method.kind as OtpChannel, destination));
  return { ok: true, sentTo: method.kind === "SMS" ? maskPhone(destination) : maskEmail(destination) };
}

export async function completeSecondStep(session: CurrentSession, input: { code: unknown }, info: RequestInfo): Promise<ActionResult<{ sessionToken: string }>> {
  const userId = session.user.id;
  const parsed = zCodeForm.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error.issues));
  const locked = await codeEntryLocked(userId);
  if (locked) return locked;
  const methods = await verifiedMethods(userId);
  return db().$transaction(async (tx): Promise<ActionResult<{ sessionToken: string }>> => {
    let usedKind: string | null = null;
    const totp = methods.find((m) => m.kind === "TOTP");
    if (totp && (await checkTotpCode(tx, totp, parsed.data.code)) === "valid") usedKind = "totp";
    if (!usedKind && methods.some((m) => m.kind === "EMAIL" || m.kind === "SMS")) {
      const check = await checkOtpCode(tx, userId, "SIGN_IN", parsed.data.code);
      if (check === "valid") usedKind = "otp";
    }
    if (!usedKind) {
      const { locked } = await recordCodeFailure(tx, userId);
      await recordSecurityEvent(tx, userId, "mfa.code_failed", info, { during: "sign_in" });
      const message = locked
        ? codeLockMessage(new Date(Date.now() + POLICY.signIn.otpLockMs))
        : "That code is not correct, has expired or was already used. Check it, or request a new one-time password.";
      return fail("wrong_code", message, { fieldErrors: { code: message } });
    }
    await tx.user.update({ where: { id: userId }, data: { failedOtpAttempts: 0 } });
    await revokeSession(tx, session.id);
    const sessionToken = await createSession(tx, userId, "FULL", ["password", usedKind], info);
    await recordSecurityEvent(tx, userId, "sign_in.succeeded", info, { method: usedKind });
    return { ok: true, sessionToken };
  });
}
