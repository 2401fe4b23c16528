import type { NoticeKind } from "../generated/prisma/client";
import { AgencyInputError } from "../cases/agency-operations";
import { parseReceiptNumber } from "../cases/receipt-number";
import { readerFor } from "../i18n/translator";
import { ISSUABLE_NOTICE_KINDS, issuableNoticeKind } from "../notices/notice-kinds";
import { endOfUtcDay, utcDate } from "./utc-dates";
import { officeClockToInstant } from "../appointments/office-clock";
import { isOfficeCode, OFFICE_CODES, type OfficeCode } from "../appointments/offices";

// The agency command's option values: strict formats, one clear message each. Times are UTC, like
// every time the portal shows.

export function receiptOption(value: string | undefined): string {
  if (!value) throw new AgencyInputError("Give the case's receipt number with --receipt, like --receipt EAC2612345678.");
  const parsed = parseReceiptNumber(value);
  if (!parsed.ok) throw new AgencyInputError(readerFor("en", "UTC").text(parsed.message));
  return parsed.receiptNumber;
}

export function noticeKindOption(value: string | undefined): NoticeKind {
  const kind = value ? issuableNoticeKind(value) : null;
  if (!kind) {
    const known = Object.keys(ISSUABLE_NOTICE_KINDS).join(", ");
    throw new AgencyInputError(
      value ? `Unknown notice kind "${value}". Use one of ${known}.` : `Give the notice kind with --kind: one of ${known}.`,
    );
  }
  return kind;
}

/** "2026-12-31" → the end of that day (UTC), so the whole day counts. */
export function dueDateOption(value: string | undefined): Date {
  const day = value ? utcDate(value) : null;
  if (!day)
    throw new AgencyInputError(
      value
        ? `"${value}" is not a date: write the due date as YYYY-MM-DD, like 2026-12-31.`
        : "Give the due date with --due, like --due 2026-12-31.",
    );
  return endOfUtcDay(day);
}

/** "2026-12-01 09:00" (UTC). */
/** "2026-12-01 09:00": UTC, or on the clock of `timeZone` (an office's). */
export function dateTimeOption(value: string, name: string, timeZone?: string): Date {
  const [date, time, ...rest] = value.trim().split(/[ T]/);
  const read = (d: string, t: string) => (timeZone ? officeClockToInstant(d, t, timeZone) : utcDate(d, t));
  const at = time !== undefined && rest.length === 0 ? read(date, time) : null;
  if (!at)
    throw new AgencyInputError(
      `"${value}" is not a date and time: write --${name} as "YYYY-MM-DD HH:MM" (${timeZone ?? "UTC"}), like "2026-12-01 09:00".`,
    );
  return at;
}

/** An appointment office's code (BOS-FO), or undefined when none was given. */
export function officeOption(value: string | undefined): OfficeCode | undefined {
  if (value === undefined) return undefined;
  const code = value.trim().toUpperCase();
  if (!isOfficeCode(code)) throw new AgencyInputError(`Unknown office "${value}". Use one of ${OFFICE_CODES.join(", ")}.`);
  return code;
}
