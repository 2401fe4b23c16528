import "server-only";
import type { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { checkOtpResendAllowed, issueOtpChallenge } from "../mfa/otp-challenge";
import { parseUsMobileNumber } from "../mfa/phone";
import { newTotpSecret } from "../mfa/totp";
import { smsAvailable } from "../notify/transports";
import { fail, invalid, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { advanceStep } from "./advance-step";
import { zMfaMethodForm } from "./schemas";
import { msg } from "../i18n/message-ref";

// Step 5: how the person will get codes. Email, text, both, or an authentication app. The choice
// is saved unverified; step 6 proves it works (a code by text if text was chosen, else by email,
// or one from the app).

export const zChooseMfaMethod = zMfaMethodForm;
export type ChooseMfaMethodInput = z.output<typeof zChooseMfaMethod>;

export async function chooseMfaMethod(session: CurrentSession, input: ChooseMfaMethodInput, info: RequestInfo): Promise<ActionResult> {
  const values = { method: input.method, phone: input.phone ?? "" };
  const { method } = input;
  const wantsSms = method === "SMS" || method === "EMAIL_SMS";
  let phone: string | null = null;
  if (wantsSms) {
    if (!smsAvailable()) return invalid({ method: msg("signUp.errors.smsUnavailable") }, values);
    const parsedPhone = parseUsMobileNumber(input.phone ?? "");
    if (!parsedPhone.ok) return invalid({ phone: parsedPhone.message }, values);
    phone = parsedPhone.e164;
  }
  const userId = session.user.id;
  const outcome = await db().$transaction(async (tx): Promise<ActionResult> => {
    if (method !== "TOTP") {
      // Choosing again after "Choose a different method" sends another code: the same limits apply.
      const allowed = await checkOtpResendAllowed(tx, userId, "SIGN_UP");
      if (!allowed.allowed) return fail("rate_limited", allowed.message, { values });
    }
    const moved = await advanceStep(tx, userId, "MFA_METHOD", "MFA_VERIFY");
    if (!moved) return fail("out_of_order", msg("signUp.errors.stepDone"));
    await tx.mfaMethod.deleteMany({ where: { userId, verifiedAt: null } });
    if (method === "TOTP") {
      await tx.mfaMethod.create({ data: { userId, kind: "TOTP", totpSecretEnc: newTotpSecret().sealed } });
    } else {
      if (method !== "SMS") await tx.mfaMethod.create({ data: { userId, kind: "EMAIL" } });
      if (phone) await tx.mfaMethod.create({ data: { userId, kind: "SMS", phone } });
      await issueOtpChallenge(tx, { id: userId }, "SIGN_UP", phone ? "SMS" : "EMAIL", phone ?? session.user.email);
    }
    await recordSecurityEvent(tx, userId, "mfa.method_added", info, { method });
    return { ok: true };
  });
  return outcome;
}

/** "Choose a different method" on step 6: back to step 5, dropping the unverified choice. */
export async function changeMfaChoice(session: CurrentSession): Promise<ActionResult> {
  const userId = session.user.id;
  await db().$transaction(async (tx) => {
    if (await advanceStep(tx, userId, "MFA_VERIFY", "MFA_METHOD")) {
      await tx.mfaMethod.deleteMany({ where: { userId, verifiedAt: null } });
      await tx.otpChallenge.updateMany({ where: { userId, purpose: "SIGN_UP", closedAt: null }, data: { closedAt: new Date() } });
    }
  });
  return { ok: true };
}
