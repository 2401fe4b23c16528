import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { maskPhone } from "../mfa/phone";
import { alertPhoneOf } from "../notify/case-alert";
import { msg } from "../i18n/message-ref";
import { fail, invalid, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";

// How a person hears that one of their cases changed: email (on by default) and/or a text to the
// mobile number of their text-message verification method. These choices decide where alerts go,
// not how anyone signs in, so changing them needs no recent re-check.

export const ALERT_FIELDS = ["byEmail", "bySms"] as const;
export type AlertField = (typeof ALERT_FIELDS)[number];
/** What a ticked box sends; an unticked box sends nothing. */
export const CHECKED = "yes";

export type AlertPreferences = {
  byEmail: boolean;
  bySms: boolean;
  /** The masked verified mobile number texts go to, or null when there is none. */
  phone: string | null;
};

export async function alertPreferences(actor: Pick<Actor, "id">): Promise<AlertPreferences> {
  const userId = actor.id;
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { alertByEmail: true, alertBySms: true } });
    const phone = await alertPhoneOf(tx, userId);
    return { byEmail: user.alertByEmail, bySms: user.alertBySms, phone: phone ? maskPhone(phone) : null };
  });
}

/** A checkbox: ticked sends CHECKED, unticked sends nothing; anything else no form of ours sends. */
function zCheckbox(forged: string) {
  return z
    .enum([CHECKED, ""], { error: forged })
    .optional()
    .transform((value) => value === CHECKED);
}

export const zAlertPreferences = z.object({
  byEmail: zCheckbox(msg("settings.alerts.errors.byEmail")),
  bySms: zCheckbox(msg("settings.alerts.errors.bySms")),
});
export type AlertPreferencesInput = z.output<typeof zAlertPreferences>;

/** Saves the person's alert choices; turning texts on needs a verified mobile number. */
export async function saveAlertPreferences(
  session: Pick<CurrentSession, "user">,
  input: AlertPreferencesInput,
  info: RequestInfo,
): Promise<ActionResult> {
  const { byEmail, bySms } = input;
  const values: Record<AlertField, string> = { byEmail: byEmail ? CHECKED : "", bySms: bySms ? CHECKED : "" };

  return db().$transaction(async (tx) => {
    if (bySms && !(await alertPhoneOf(tx, session.user.id))) {
      return invalid({ bySms: msg("settings.alerts.errors.smsNeedsPhone") }, values);
    }
    const before = await tx.user.findUnique({ where: { id: session.user.id }, select: { alertByEmail: true, alertBySms: true } });
    if (!before) return fail("not_found", msg("settings.errors.accountMissing"));
    if (before.alertByEmail === byEmail && before.alertBySms === bySms) return { ok: true };
    await tx.user.update({ where: { id: session.user.id }, data: { alertByEmail: byEmail, alertBySms: bySms } });
    await recordSecurityEvent(tx, session.user.id, "alerts.changed", info, { email: byEmail, text: bySms });
    return { ok: true };
  });
}
