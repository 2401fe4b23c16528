import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { msg } from "../i18n/message-ref";
import { personTimeZone } from "../i18n/person-reader";
import { isTimeZone, timeZoneChoices } from "../i18n/time-zones";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";

// The zone every date and time is shown in for this person. Where people in the United States most
// often live comes first in the list; every other zone Node.js knows follows.

export const COMMON_US_TIME_ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Puerto_Rico",
] as const;

/** The zones to choose from: the common US zones, then all the others in order. */
export function timeZoneOptions(): string[] {
  const common = new Set<string>(COMMON_US_TIME_ZONES);
  return [...COMMON_US_TIME_ZONES, ...timeZoneChoices().filter((zone) => !common.has(zone))];
}

export type AccountTimeZone = { timeZone: string; isDefault: boolean };

/** The person's own zone, or the portal's default when they have none (or one this Node.js no longer knows). */
export async function accountTimeZone(actor: Pick<Actor, "id">): Promise<AccountTimeZone> {
  const user = await db().user.findUnique({ where: { id: actor.id }, select: { timeZone: true } });
  const timeZone = personTimeZone(user?.timeZone);
  return { timeZone, isDefault: timeZone !== user?.timeZone };
}

export const zTimeZoneChoice = z.object({
  timeZone: z
    .string({ error: msg("settings.timeZone.errors.missing") })
    .trim()
    .min(1, msg("settings.timeZone.errors.missing"))
    .refine(isTimeZone, msg("settings.timeZone.errors.unknown")),
});
export type TimeZoneChoice = z.output<typeof zTimeZoneChoice>;

/** Saves the person's zone (recorded in their account history when it changes). */
export async function setTimeZone(session: Pick<CurrentSession, "user">, input: TimeZoneChoice, info: RequestInfo): Promise<ActionResult> {
  if (!isTimeZone(input.timeZone)) return fail("invalid_input", msg("settings.timeZone.errors.unknown"));
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: session.user.id }, select: { timeZone: true } });
    if (!before) return fail("not_found", msg("settings.errors.accountMissing"));
    if (before.timeZone === input.timeZone) return { ok: true };
    await tx.user.update({ where: { id: session.user.id }, data: { timeZone: input.timeZone } });
    await recordSecurityEvent(tx, session.user.id, "time_zone.changed", info, { timeZone: input.timeZone });
    return { ok: true };
  });
}
