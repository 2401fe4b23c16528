import { randomInt } from "node:crypto";
import { randomCrockford } from "../crypto/tokens";
import { buildReceiptNumber } from "../cases/receipt-number";

// The numbers a submitted filing gets. Both are drawn at random and kept unique by the database's
// unique indexes: a clash (one in 100,000 a workday for receipt numbers, never in practice for
// confirmation numbers) makes the caller draw again and retry its whole transaction.

/** IOE + fiscal year, workday and a 5-digit sequence, like any receipt number (IOE2604512345). */
export function newOnlineReceiptNumber(at: Date): string {
  return buildReceiptNumber("IOE", at, randomInt(0, 100_000));
}

/**
 * The confirmation number shown on the confirmation page, in the email and under "Your filings":
 * the form number without its dash, then 10 characters of Crockford base32 (50 random bits), like
 * AR11-7KQ2M9TX4H. Unguessable, so it names nothing to someone who sees it.
 */
export function newConfirmationNumber(formType: string): string {
  return `${formType.replace(/[^A-Za-z0-9]/g, "").toUpperCase()}-${randomCrockford(10)}`;
}

export function isConfirmationNumber(value: unknown): value is string {
  return typeof value === "string" && /^[A-Z0-9]{2,10}-[0-9A-HJKMNP-TV-Z]{10}$/.test(value);
}

/** A unique-index clash (Prisma's P2002), the signal to draw new numbers and try again. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
