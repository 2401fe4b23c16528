import type { NoticeKind } from "../generated/prisma/client";
import { AgencyInputError } from "../cases/agency-operations";
import { parseReceiptNumber } from "../cases/receipt-number";

// The agency command's option values: strict formats, one clear message each. Times are UTC, like
// every time the portal shows.

export const NOTICE_KIND_NAMES: Record<string, Exclude<NoticeKind, "REQUEST_FOR_EVIDENCE" | "ACCOUNT_ACCESS">> = {
  receipt: "RECEIPT",
  biometrics: "BIOMETRICS_APPOINTMENT",
  interview: "INTERVIEW",
  approval: "APPROVAL",
  denial: "DENIAL",
};

export function receiptOption(value: string | undefined): string {
  if (!value) throw new AgencyInputError("Give the case's receipt number with --receipt, like --receipt EAC2612345678.");
  const parsed = parseReceiptNumber(value);
  if (!parsed.ok) throw new AgencyInputError(parsed.message);
  return parsed.receiptNumber;
}

export function noticeKindOption(value: string | undefined): NoticeKind {
  const kind = value ? NOTICE_KIND_NAMES[value.trim().toLowerCase()] : undefined;
  if (!kind) {
    const known = Object.keys(NOTICE_KIND_NAMES).join(", ");
    throw new AgencyInputError(value ? `Unknown notice kind "${value}". Use one of ${known}.` : `Give the notice kind with --kind: one of ${known}.`);
  }
  return kind;
}

function validDate(year: number, month: number, day: number, hour = 0, minute = 0): Date | null {
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const same = at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day && at.getUTCHours() === hour && at.getUTCMinutes() === minute;
  return same ? at : null;
}

/** "2026-12-31" → the end of that day (UTC), so the whole day counts. */
export function dueDateOption(value: string | undefined): Date {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const day = match ? validDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (!day) throw new AgencyInputError(value ? `"${value}" is not a date: write the due date as YYYY-MM-DD, like 2026-12-31.` : "Give the due date with --due, like --due 2026-12-31.");
  return new Date(day.getTime() + 86_400_000 - 1);
}

/** "2026-12-01 09:00" (UTC). */
export function dateTimeOption(value: string, name: string): Date {
  const match = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/);
  const at = match ? validDate(Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5])) : null;
  if (!at) throw new AgencyInputError(`"${value}" is not a date and time: write --${name} as "YYYY-MM-DD HH:MM" (UTC), like "2026-12-01 09:00".`);
  return at;
}
