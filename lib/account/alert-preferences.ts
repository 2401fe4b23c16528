import "server-only";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { maskPhone } from "../mfa/phone";
import { alertPhoneOf } from "../notify/case-alert";
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

export async function alertPreferences(userId: string): Promise<AlertPreferences> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { alertByEmail: true, alertBySms: true } });
    const phone = await alertPhoneOf(tx, userId);
    return { byEmail: user.alertByEmail, bySms: user.alertBySms, phone: phone ? maskPhone(phone) : null };
  });
}

/** A checkbox's submitted value: ticked, unticked, or something no form of ours sends. */
function checkbox(value: unknown): boolean | "forged" {
  if (value === undefined || value === null || value === "") return false;
  return value === CHECKED ? true : "forged";
}

const FORGED: Record<AlertField, string> = {
  byEmail: "Choose whether we email you when a case changes.",
  bySms: "Choose whether we text you when a case changes.",
};

/** Saves the person's alert choices; turning texts on needs a verified mobile number. */
export async function saveAlertPreferences(
  session: Pick<CurrentSession, "user">,
  input: Partial<Record<AlertField, unknown>>,
  info: RequestInfo,
): Promise<ActionResult> {
  const chosen = { byEmail: checkbox(input.byEmail), bySms: checkbox(input.bySms) };
  const values = Object.fromEntries(ALERT_FIELDS.map((field) => [field, chosen[field] === true ? CHECKED : ""]));
  const fieldErrors: Record<string, string> = {};
  for (const field of ALERT_FIELDS) if (chosen[field] === "forged") fieldErrors[field] = FORGED[field];
  if (Object.keys(fieldErrors).length > 0) return invalid(fieldErrors, values);
  const byEmail = chosen.byEmail === true;
  const bySms = chosen.bySms === true;

  return db().$transaction(async (tx) => {
    if (bySms && !(await alertPhoneOf(tx, session.user.id))) {
      return invalid({ bySms: "To get text alerts, first add a mobile number under two-step verification methods." }, values);
    }
    const before = await tx.user.findUnique({ where: { id: session.user.id }, select: { alertByEmail: true, alertBySms: true } });
    if (!before) return fail("not_found", "We could not find your account. Sign in again.");
    if (before.alertByEmail === byEmail && before.alertBySms === bySms) return { ok: true };
    await tx.user.update({ where: { id: session.user.id }, data: { alertByEmail: byEmail, alertBySms: bySms } });
    await recordSecurityEvent(tx, session.user.id, "alerts.changed", info, { email: byEmail, text: bySms });
    return { ok: true };
  });
}
