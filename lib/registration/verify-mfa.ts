import "server-only";
import type { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { checkOtpCode, checkOtpResendAllowed, issueOtpChallenge, openOtpChallenge } from "../mfa/otp-challenge";
import { maskEmail, maskPhone } from "../mfa/phone";
import { lockCodeEntry, refuseWrongCode } from "../mfa/record-code-failure";
import { checkTotpCode, totpEnrollment } from "../mfa/totp";
import { POLICY } from "../security-policy";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { advanceStep } from "./advance-step";
import { markSecondStepPassed } from "./passed-second-step";
import { zCodeForm } from "./schemas";
import { msg } from "../i18n/message-ref";

// Step 6: prove the chosen method works.

export type VerificationView =
  | { kind: "TOTP"; qrDataUrl: string; key: string }
  | { kind: "CODE"; channel: "EMAIL" | "SMS"; sentTo: string | null; expiresAt: Date | null };

export async function signUpVerificationView(session: CurrentSession): Promise<VerificationView> {
  const methods = await db().mfaMethod.findMany({
    where: { userId: session.user.id, verifiedAt: null },
    select: { kind: true, phone: true, totpSecretEnc: true },
  });
  const totp = methods.find((m) => m.kind === "TOTP");
  if (totp?.totpSecretEnc) {
    const { qrDataUrl, key } = await totpEnrollment(totp.totpSecretEnc, session.user.email);
    return { kind: "TOTP", qrDataUrl, key };
  }
  const sms = methods.find((m) => m.kind === "SMS");
  const open = await openOtpChallenge(session.user.id, "SIGN_UP");
  return {
    kind: "CODE",
    channel: sms ? "SMS" : "EMAIL",
    sentTo: sms?.phone ? maskPhone(sms.phone) : maskEmail(session.user.email),
    expiresAt: open?.expiresAt ?? null,
  };
}

const CODE_MESSAGES = {
  wrong: (left: number) => msg("signUp.errors.wrongCode", { left }),
  used_up: msg("signUp.errors.codeUsedUp"),
  expired: msg("signUp.errors.codeExpired"),
  no_code: msg("signUp.errors.noCode"),
  replayed: msg("signUp.errors.codeReplayed"),
  wrong_totp: msg("signUp.errors.wrongAppCode"),
};

export const zSignUpCode = zCodeForm;
export type SignUpCodeInput = z.output<typeof zSignUpCode>;

export async function verifySignUpCode(session: CurrentSession, input: SignUpCodeInput, info: RequestInfo): Promise<ActionResult> {
  const userId = session.user.id;
  const { code } = input;
  return db().$transaction(async (tx): Promise<ActionResult> => {
    const locked = await lockCodeEntry(tx, userId);
    if (locked) return locked;
    const methods = await tx.mfaMethod.findMany({
      where: { userId, verifiedAt: null },
      select: { id: true, kind: true, totpSecretEnc: true, lastTotpStep: true },
    });
    const totp = methods.find((m) => m.kind === "TOTP");
    let message: string | null = null;
    if (totp) {
      const check = await checkTotpCode(tx, totp, code);
      if (check === "replayed") message = CODE_MESSAGES.replayed;
      else if (check === "wrong") message = CODE_MESSAGES.wrong_totp;
    } else {
      const check = await checkOtpCode(tx, userId, "SIGN_UP", code);
      if (check === "wrong") {
        const open = await tx.otpChallenge.findFirst({ where: { userId, purpose: "SIGN_UP", closedAt: null }, select: { attempts: true } });
        message = CODE_MESSAGES.wrong(POLICY.otp.maxAttempts - (open?.attempts ?? POLICY.otp.maxAttempts));
      } else if (check !== "valid") message = CODE_MESSAGES[check];
    }
    if (message) {
      message = await refuseWrongCode(tx, userId, info, { during: "sign_up" }, message);
      return fail("wrong_code", message, { fieldErrors: { code: message } });
    }
    if (!(await advanceStep(tx, userId, "MFA_VERIFY", "BACKUP_CODE", { failedOtpAttempts: 0 }))) {
      return fail("out_of_order", msg("signUp.errors.stepDone"));
    }
    await tx.mfaMethod.updateMany({ where: { userId, verifiedAt: null }, data: { verifiedAt: new Date() } });
    await markSecondStepPassed(tx, session.id);
    await recordSecurityEvent(tx, userId, "mfa.verified", info, { kinds: methods.map((m) => m.kind).join(",") });
    return { ok: true };
  });
}

export async function resendSignUpCode(session: CurrentSession): Promise<ActionResult<{ sentTo: string }>> {
  const userId = session.user.id;
  const methods = await db().mfaMethod.findMany({ where: { userId, verifiedAt: null }, select: { kind: true, phone: true } });
  if (methods.length === 0 || methods.some((m) => m.kind === "TOTP")) {
    return fail("not_applicable", msg("signUp.errors.appCodesOnly"));
  }
  const sms = methods.find((m) => m.kind === "SMS");
  const allowed = await db().$transaction(async (tx) => {
    const check = await checkOtpResendAllowed(tx, userId, "SIGN_UP");
    if (check.allowed)
      await issueOtpChallenge(tx, { id: userId }, "SIGN_UP", sms?.phone ? "SMS" : "EMAIL", sms?.phone ?? session.user.email);
    return check;
  });
  if (!allowed.allowed) return fail("rate_limited", allowed.message);
  return { ok: true, sentTo: sms?.phone ? maskPhone(sms.phone) : maskEmail(session.user.email) };
}
