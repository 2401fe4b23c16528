import "server-only";
import { z } from "zod";
import { msg } from "../i18n/message-ref";
import { db } from "../db";
import { lockUser } from "../db/lock-user";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import type { RequestInfo } from "../http/request-info";
import { checkOtpCode, checkOtpResendAllowed, issueOtpChallenge } from "../mfa/otp-challenge";
import { maskEmail, maskPhone, parseUsMobileNumber } from "../mfa/phone";
import { lockCodeEntry, refuseWrongCode } from "../mfa/record-code-failure";
import { checkTotpCode, newTotpSecret, totpEnrollment } from "../mfa/totp";
import { sendSecurityNotice } from "../notify/security-notice";
import { smsAvailable } from "../notify/transports";
import { zCodeForm } from "../registration/schemas";
import { POLICY } from "../security-policy";
import { zId } from "../ids";
import { fail, invalid, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";

// Adding, replacing and removing two-step methods in settings. A new method is stored unverified
// and counts only once a code proves it works (enrolment codes use the SIGN_UP purpose). A new
// mobile number replaces the old one when verified. At least one method always remains.

export type MethodKind = "EMAIL" | "SMS" | "TOTP";
/** msg() references: a page reads them with text(). */
export const METHOD_NAMES: Record<MethodKind, string> = {
  TOTP: msg("settings.methods.kinds.TOTP"),
  EMAIL: msg("settings.methods.kinds.EMAIL"),
  SMS: msg("settings.methods.kinds.SMS"),
};

export type MethodsView = {
  /** detail: a masked address or number, or a msg() reference (an app has neither). */
  methods: { id: string; kind: MethodKind; detail: string; addedAt: Date }[];
  pending: null | { id: string; kind: "TOTP"; qrDataUrl: string; key: string } | { id: string; kind: "EMAIL" | "SMS"; sentTo: string };
};

export async function methodsView(session: CurrentSession): Promise<MethodsView> {
  const rows = await db().mfaMethod.findMany({
    where: { userId: session.user.id, kind: { in: ["EMAIL", "SMS", "TOTP"] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, phone: true, totpSecretEnc: true, verifiedAt: true, createdAt: true },
  });
  const methods = rows
    .filter((m) => m.verifiedAt)
    .map((m) => ({
      id: m.id,
      kind: m.kind as MethodKind,
      detail:
        m.kind === "SMS" ? maskPhone(m.phone!) : m.kind === "EMAIL" ? maskEmail(session.user.email) : msg("settings.methods.appDetail"),
      addedAt: m.verifiedAt!,
    }));
  const waiting = rows.find((m) => !m.verifiedAt);
  let pending: MethodsView["pending"] = null;
  if (waiting?.kind === "TOTP" && waiting.totpSecretEnc) {
    const { qrDataUrl, key } = await totpEnrollment(waiting.totpSecretEnc, session.user.email);
    pending = { id: waiting.id, kind: "TOTP", qrDataUrl, key };
  } else if (waiting && (waiting.kind === "EMAIL" || waiting.kind === "SMS")) {
    pending = {
      id: waiting.id,
      kind: waiting.kind,
      sentTo: waiting.kind === "SMS" ? maskPhone(waiting.phone!) : maskEmail(session.user.email),
    };
  }
  return { methods, pending };
}

export const zAddMethod = z.object({
  kind: z.enum(["EMAIL", "SMS", "TOTP"], { error: msg("settings.methods.errors.kindRequired") }),
  phone: z
    .string()
    .max(POLICY.fieldMaxLength.phone, msg("settings.methods.errors.phoneTooLong", { max: POLICY.fieldMaxLength.phone }))
    .optional(),
});
export type AddMethodInput = z.output<typeof zAddMethod>;

/** Starts adding a method (or a new mobile number): an unverified row, and a code unless it is an app. */
export async function startAddingMethod(session: CurrentSession, input: AddMethodInput): Promise<ActionResult> {
  const values = { kind: input.kind, phone: input.phone ?? "" };
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return { ...refused, values };
  const userId = session.user.id;
  const existing = await db().mfaMethod.findMany({ where: { userId, verifiedAt: { not: null } }, select: { kind: true, phone: true } });
  const { kind } = input;
  let phone: string | null = null;
  if (kind === "SMS") {
    if (!smsAvailable()) return invalid({ kind: msg("settings.methods.errors.smsUnavailable") }, values);
    const parsedPhone = parseUsMobileNumber(input.phone ?? "");
    if (!parsedPhone.ok) return invalid({ phone: parsedPhone.message }, values);
    phone = parsedPhone.e164;
    if (existing.some((m) => m.kind === "SMS" && m.phone === phone))
      return invalid({ phone: msg("settings.methods.errors.samePhone") }, values);
  } else if (existing.some((m) => m.kind === kind)) {
    return invalid({ kind: msg("settings.methods.errors.alreadyUsed", { method: METHOD_NAMES[kind] }) }, values);
  }
  const allowed = await db().$transaction(async (tx) => {
    await lockUser(tx, userId);
    if (kind !== "TOTP") {
      const check = await checkOtpResendAllowed(tx, userId, "SIGN_UP");
      if (!check.allowed) return check;
    }
    await tx.mfaMethod.deleteMany({ where: { userId, verifiedAt: null } });
    await tx.otpChallenge.updateMany({ where: { userId, purpose: "SIGN_UP", closedAt: null }, data: { closedAt: new Date() } });
    if (kind === "TOTP") {
      await tx.mfaMethod.create({ data: { userId, kind, totpSecretEnc: newTotpSecret().sealed } });
    } else {
      await tx.mfaMethod.create({ data: { userId, kind, phone } });
      await issueOtpChallenge(tx, { id: userId }, "SIGN_UP", kind, phone ?? session.user.email);
    }
    return { allowed: true } as const;
  });
  if (!allowed.allowed) return fail("rate_limited", allowed.message, { values });
  return { ok: true };
}

export async function cancelAddingMethod(session: CurrentSession): Promise<ActionResult> {
  const userId = session.user.id;
  await db().$transaction(async (tx) => {
    await tx.mfaMethod.deleteMany({ where: { userId, verifiedAt: null } });
    await tx.otpChallenge.updateMany({ where: { userId, purpose: "SIGN_UP", closedAt: null }, data: { closedAt: new Date() } });
  });
  return { ok: true };
}

export const zConfirmNewMethod = zCodeForm;
export type ConfirmNewMethodInput = z.output<typeof zConfirmNewMethod>;

/** The code that proves the new method works; a new mobile number then replaces the old one. */
export async function confirmNewMethod(
  session: CurrentSession,
  input: ConfirmNewMethodInput,
  info: RequestInfo,
): Promise<ActionResult<{ kind: MethodKind }>> {
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  const userId = session.user.id;
  return db().$transaction(async (tx): Promise<ActionResult<{ kind: MethodKind }>> => {
    const locked = await lockCodeEntry(tx, userId);
    if (locked) return locked;
    const pending = await tx.mfaMethod.findFirst({
      where: { userId, verifiedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, kind: true, phone: true, totpSecretEnc: true, lastTotpStep: true },
    });
    if (!pending || pending.kind === "PASSKEY") return fail("nothing_pending", msg("settings.methods.errors.nothingPending"));
    const ok =
      pending.kind === "TOTP"
        ? (await checkTotpCode(tx, pending, input.code)) === "valid"
        : (await checkOtpCode(tx, userId, "SIGN_UP", input.code)) === "valid";
    if (!ok) {
      const message = await refuseWrongCode(tx, userId, info, { during: "add_method" }, msg("settings.methods.errors.wrongCode"));
      return fail("wrong_code", message, { fieldErrors: { code: message } });
    }
    await tx.mfaMethod.update({ where: { id: pending.id }, data: { verifiedAt: new Date() } });
    await tx.user.update({ where: { id: userId }, data: { failedOtpAttempts: 0 } });
    const replaced =
      pending.kind === "SMS" ? await tx.mfaMethod.deleteMany({ where: { userId, kind: "SMS", id: { not: pending.id } } }) : { count: 0 };
    if (replaced.count > 0) {
      await recordSecurityEvent(tx, userId, "phone.changed", info);
      await sendSecurityNotice(tx, session.user, "phone_changed", info);
    } else {
      await recordSecurityEvent(tx, userId, "mfa.method_added", info, { method: pending.kind });
      await sendSecurityNotice(tx, session.user, "method_added", info);
    }
    return { ok: true, kind: pending.kind };
  });
}

/** The confirmation form: a malformed id is kept as null and answered "not found" like any other. */
export const zRemoveMethod = z.object({ methodId: zId.nullable().catch(null) });
export type RemoveMethodInput = z.output<typeof zRemoveMethod>;

/** Removes one of the person's own methods, never the last one. */
export async function removeMethod(session: CurrentSession, input: RemoveMethodInput, info: RequestInfo): Promise<ActionResult> {
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  const methodId = input.methodId;
  const notFound = fail("not_found", msg("settings.methods.errors.notFound"));
  if (!methodId) return notFound;
  const userId = session.user.id;
  return db().$transaction(async (tx): Promise<ActionResult> => {
    // One change at a time per person, so two removals at once can't leave no method at all.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
    const verified = await tx.mfaMethod.findMany({
      where: { userId, verifiedAt: { not: null }, kind: { in: ["EMAIL", "SMS", "TOTP"] } },
      select: { id: true, kind: true },
    });
    const target = verified.find((m) => m.id === methodId);
    if (!target) return notFound;
    if (verified.length <= 1) return fail("last_method", msg("settings.methods.errors.lastMethod"));
    await tx.mfaMethod.delete({ where: { id: target.id } });
    await recordSecurityEvent(tx, userId, "mfa.method_removed", info, { method: target.kind });
    await sendSecurityNotice(tx, session.user, "method_removed", info);
    return { ok: true };
  });
}
