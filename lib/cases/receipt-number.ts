import { agencyDate } from "../agency/agency-calendar";
import { msg } from "../i18n/message-ref";

// Receipt numbers: a 3-letter office prefix and 10 digits (2-digit fiscal year, 3-digit workday,
// 5-digit sequence), like EAC2612345678. People also write EAC-26-123-45678: dashes and spaces are
// accepted, the bare form is stored and shown
// (components/cases/receipt-number.tsx), as notices print it.

export const OFFICES: Record<string, string> = {
  EAC: "Vermont Service Center",
  WAC: "California Service Center",
  LIN: "Nebraska Service Center",
  SRC: "Texas Service Center",
  MSC: "National Benefits Center",
  NBC: "National Benefits Center",
  IOE: "Filed online",
  YSC: "Potomac Service Center",
};

export const RECEIPT_FORMAT_MESSAGE = msg("cases.errors.receiptFormat");

export type ReceiptParse = { ok: true; receiptNumber: string } | { ok: false; message: string };

export function parseReceiptNumber(input: unknown): ReceiptParse {
  if (typeof input !== "string" || input.trim() === "") return { ok: false, message: msg("cases.errors.receiptMissing") };
  if (input.length > 40) return { ok: false, message: RECEIPT_FORMAT_MESSAGE };
  // Checked before upper-casing: "ı", "ſ" and "ß" would become the ASCII letters of an office's prefix.
  const bare = input.replace(/[\s-]/g, "");
  if (!/^[A-Za-z]{3}\d{10}$/.test(bare)) return { ok: false, message: RECEIPT_FORMAT_MESSAGE };
  return { ok: true, receiptNumber: bare.toUpperCase() };
}

/** The receipt number an address names, for a page title; null when it is not one. */
export function receiptForTitle(param: unknown): string | null {
  const parsed = parseReceiptNumber(param);
  return parsed.ok ? parsed.receiptNumber : null;
}

/** The fiscal year (starting 1 October) and its workday number for a moment, on the agency's calendar. */
export function fiscalYearAndWorkday(at: Date): { fiscalYear: number; workday: number } {
  const day = agencyDate(at);
  const fiscalYear = day.getUTCMonth() >= 9 ? day.getUTCFullYear() + 1 : day.getUTCFullYear();
  const start = Date.UTC(fiscalYear - 1, 9, 1);
  let workday = 0;
  for (let date = start; date <= day.getTime(); date += 86_400_000) {
    const weekday = new Date(date).getUTCDay();
    if (weekday !== 0 && weekday !== 6) workday += 1;
  }
  return { fiscalYear, workday: Math.max(1, workday) };
}

/** A receipt number for a filing at `at` with a given 5-digit sequence. */
export function buildReceiptNumber(prefix: string, at: Date, sequence: number): string {
  const { fiscalYear, workday } = fiscalYearAndWorkday(at);
  return `${prefix}${String(fiscalYear % 100).padStart(2, "0")}${String(workday).padStart(3, "0")}${String(sequence).padStart(5, "0")}`;
}
