import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { US_STATES } from "@/lib/account/us-states";
import { parseReceiptNumber } from "@/lib/cases/receipt-number";
import { ENGINE_MESSAGES as M } from "./messages";

// The format checks of the answers. Each takes what the person typed (already trimmed) and gives
// back the value to store (one spelling for each number) or the reason it is not one.

export type FormatResult = { ok: true; value: string } | { ok: false; message: string };

const ok = (value: string): FormatResult => ({ ok: true, value });
const no = (message: string): FormatResult => ({ ok: false, message });

export type DateParts = { day: string; month: string; year: string };

/** A date from its three boxes, stored as YYYY-MM-DD; only dates that exist (no 31 April, 29 February only in leap years). */
export function parseDateParts(parts: DateParts, label: string): FormatResult | { ok: true; value: "" } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: true, value: "" };
  const missing = (
    [
      [day, "day"],
      [month, "month"],
      [year, "year"],
    ] as const
  )
    .filter(([value]) => !value)
    .map(([, name]) => name);
  if (missing.length > 0) return no(M.dateIncomplete(label, missing));
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{1,4}$/.test(year)) return no(M.dateNotNumbers(label));
  if (year.length !== 4) return no(M.dateYearFourDigits(label));
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  if (y < 1850 || m < 1 || m > 12 || d < 1) return no(M.dateNotReal(label));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return no(M.dateNotReal(label));
  return ok(`${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
}

/** A stored YYYY-MM-DD answer as its three boxes ("1990-03-04" → 4, 3, 1990). */
export function datePartsOf(value: unknown): DateParts {
  if (typeof value !== "string") return { day: "", month: "", year: "" };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return { day: "", month: "", year: "" };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

/** A stored YYYY-MM-DD answer as a Date at midnight UTC, or null. */
export function dateOf(value: unknown): Date | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Today's date (UTC) as YYYY-MM-DD, to compare with date answers. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** A-Number: A and 8 or 9 digits (dashes and spaces allowed); stored as A and 9 digits. */
export function parseANumber(input: string): FormatResult {
  const bare = input.replace(/[\s-]/g, "").toUpperCase();
  const match = /^A?(\d{8,9})$/.exec(bare);
  if (!match) return no(M.aNumber);
  return ok(`A${match[1].padStart(9, "0")}`);
}

/** A Social Security number: 9 digits, none of the ranges never issued; stored as 123-45-6789. */
export function parseSsn(input: string): FormatResult {
  const bare = input.replace(/[\s-]/g, "");
  if (!/^\d{9}$/.test(bare)) return no(M.ssn);
  const [area, group, serial] = [bare.slice(0, 3), bare.slice(3, 5), bare.slice(5)];
  if (area === "000" || area === "666" || area.startsWith("9") || group === "00" || serial === "0000") return no(M.ssnNotIssued);
  return ok(`${area}-${group}-${serial}`);
}

/** A U.S. ZIP code, 5 or 9 digits; stored as 20500 or 20500-0003. */
export function parseZip(input: string): FormatResult {
  const match = /^(\d{5})(?:[\s-]?(\d{4}))?$/.exec(input);
  if (!match) return no(M.zip);
  return ok(match[2] ? `${match[1]}-${match[2]}` : match[1]);
}

// The first three digits of the ZIP codes of each state (USPS), grouped in ranges. Used to catch a
// ZIP code typed for the wrong state, not to prove an address exists: a few codes cross state lines.
const ZIP_PREFIXES: Record<string, readonly (readonly [number, number])[]> = {
  AL: [[350, 369]],
  AK: [[995, 999]],
  AS: [[967, 967]],
  AZ: [[850, 865]],
  AR: [[716, 729]],
  CA: [[900, 961]],
  CO: [[800, 816]],
  CT: [[60, 69]],
  DE: [[197, 199]],
  DC: [
    [200, 200],
    [202, 205],
    [569, 569],
  ],
  FL: [[320, 349]],
  GA: [
    [300, 319],
    [398, 399],
  ],
  GU: [[969, 969]],
  HI: [[967, 968]],
  ID: [[832, 838]],
  IL: [[600, 629]],
  IN: [[460, 479]],
  IA: [[500, 528]],
  KS: [[660, 679]],
  KY: [[400, 427]],
  LA: [[700, 714]],
  ME: [[39, 49]],
  MD: [[206, 219]],
  MA: [
    [10, 27],
    [55, 55],
  ],
  MI: [[480, 499]],
  MN: [[550, 567]],
  MS: [[386, 397]],
  MO: [[630, 658]],
  MT: [[590, 599]],
  NE: [[680, 693]],
  NV: [[889, 898]],
  NH: [[30, 38]],
  NJ: [[70, 89]],
  NM: [[870, 884]],
  NY: [
    [5, 5],
    [100, 149],
  ],
  NC: [[270, 289]],
  ND: [[580, 588]],
  MP: [[969, 969]],
  OH: [[430, 459]],
  OK: [[730, 749]],
  OR: [[970, 979]],
  PA: [[150, 196]],
  PR: [
    [6, 7],
    [9, 9],
  ],
  RI: [[28, 29]],
  SC: [[290, 299]],
  SD: [[570, 577]],
  TN: [[370, 385]],
  TX: [
    [733, 733],
    [750, 799],
    [885, 885],
  ],
  VI: [[8, 8]],
  UT: [[840, 847]],
  VT: [[50, 59]],
  VA: [
    [201, 201],
    [220, 246],
  ],
  WA: [[980, 994]],
  WV: [[247, 268]],
  WI: [[530, 549]],
  WY: [[820, 831]],
};

/** Whether a (valid) ZIP code is one used in a state; true for a state without a known range. */
export function zipFitsState(zip: string, state: string): boolean {
  const ranges = Object.hasOwn(ZIP_PREFIXES, state) ? ZIP_PREFIXES[state] : undefined;
  if (!ranges) return true;
  const prefix = Number(zip.slice(0, 3));
  return ranges.some(([from, to]) => prefix >= from && prefix <= to);
}

/** The ZIP code of an address checked against its state: the message, or null when they fit. */
export function zipStateMessage(zip: unknown, state: unknown): string | null {
  if (typeof zip !== "string" || zip === "") return null;
  if (typeof state !== "string" || state === "") return M.zipNeedsState;
  if (zipFitsState(zip, state)) return null;
  return M.zipNotInState(US_STATES.find((s) => s.code === state)?.name ?? state);
}

/** An I-94 arrival/departure record number: 11 characters, 9 digits then 2 digits or a letter and a digit. */
export function parseI94(input: string): FormatResult {
  const bare = input.replace(/[\s-]/g, "").toUpperCase();
  if (!/^\d{9}[A-Z0-9]\d$/.test(bare)) return no(M.i94);
  return ok(bare);
}

/** A receipt number (the cases' own parser and its 13-character message); stored bare. */
export function parseReceipt(input: string): FormatResult {
  const parsed = parseReceiptNumber(input);
  return parsed.ok ? ok(parsed.receiptNumber) : no(M.receiptNumber);
}

/** An email address in the usual shape; stored as typed (trimmed). */
export function parseEmail(input: string): FormatResult {
  if (input.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input)) return no(M.email);
  return ok(input);
}

/** A phone number, U.S. unless it starts with +; stored as E.164 (+12025550143). */
export function parsePhone(input: string): FormatResult {
  if (input.length > 32 || !/^[\d\s()+.-]+$/.test(input)) return no(M.phone);
  const phone = parsePhoneNumberFromString(input, "US");
  if (!phone || !phone.isValid()) return no(M.phone);
  return ok(phone.number);
}

/** A stored phone answer for people: (202) 555-0143 in the U.S., +44 20 7946 0958 elsewhere. */
export function formatPhone(e164: string): string {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  return phone.country === "US" ? phone.formatNational() : phone.formatInternational();
}
