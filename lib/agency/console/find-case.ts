import "server-only";
import { z } from "zod";
import { zFreeText } from "../../actions/form-input";
import { recordOfficerAction } from "../../audit/record-officer-action";
import { parseReceiptNumber } from "../../cases/receipt-number";
import { formatAccountNumber, parseAccountNumber } from "../../account/account-number";
import { statusTitle } from "../../cases/statuses";
import { db, type Tx } from "../../db";
import { msg } from "../../i18n/message-ref";
import { zEmail } from "../../registration/schemas";
import { fail, invalid, type ActionResult } from "../../result";
import type { CurrentSession } from "../../sessions/sessions";
import { NOT_FOUND_MESSAGE, officerOf } from "./officer-only";

// Find a case by receipt number (any form parseReceiptNumber accepts), by the email of the account
// that owns it (exact, any case), by that account's number, or by the start of the applicant's name
// (any case; served by the index on lower("applicantName") text_pattern_ops). Every search that runs
// is audited: what kind of search and how many matched, never the search term itself.

export type FoundCase = { receiptNumber: string; formType: string; applicantName: string; status: string };

export type CaseSearchResult =
  | { kind: "receipt"; receiptNumber: string }
  | { kind: "email"; email: string; cases: FoundCase[] }
  | { kind: "account"; accountNumber: string; cases: FoundCase[] }
  | { kind: "name"; prefix: string; cases: FoundCase[] };

const MAX_EMAIL_MATCHES = 100;
const MAX_NAME_MATCHES = 100;
/** Letters (any script), spaces, and the marks names carry; no digits, so receipt numbers never land here. */
const NAME_PREFIX = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u;

export const zFindCase = z.object({
  query: zFreeText({ max: 300, oneLine: true, required: msg("agency.search.queryRequired"), tooLong: msg("agency.search.queryTooLong") }),
});
export type FindCaseInput = z.output<typeof zFindCase>;

export async function findCases(session: CurrentSession, input: FindCaseInput): Promise<ActionResult<CaseSearchResult>> {
  const officer = officerOf(session);
  if (!officer) return fail("not_found", NOT_FOUND_MESSAGE);
  const { query } = input;
  const values = { query };

  if (query.includes("@")) {
    const email = zEmail.safeParse(query);
    if (!email.success) return invalid({ query: email.error.issues[0]?.message ?? msg("agency.search.emailInvalid") }, values);
    const cases = await db().$transaction(async (tx) => {
      const rows = await tx.case.findMany({
        where: { owner: { email: { equals: email.data, mode: "insensitive" } } },
        orderBy: [{ statusChangedAt: "desc" }, { id: "asc" }],
        take: MAX_EMAIL_MATCHES,
        select: { receiptNumber: true, formType: true, applicantName: true, status: true },
      });
      await recordOfficerAction(tx, officer, "case.searched", null, { by: "email", matches: rows.length });
      return rows.map((row) => ({ ...row, status: statusTitle(row.status) }));
    });
    if (cases.length === 0) {
      const message = msg("agency.search.noEmailMatch", { email: email.data });
      return fail("no_match", message, { fieldErrors: { query: message }, values });
    }
    return { ok: true, kind: "email", email: email.data, cases };
  }

  const accountNumber = parseAccountNumber(query);
  if (accountNumber) {
    const cases = await db().$transaction(async (tx) => {
      const rows = await tx.case.findMany({
        where: { owner: { accountNumber } },
        orderBy: [{ statusChangedAt: "desc" }, { id: "asc" }],
        take: MAX_EMAIL_MATCHES,
        select: { receiptNumber: true, formType: true, applicantName: true, status: true },
      });
      await recordOfficerAction(tx, officer, "case.searched", null, { by: "account", matches: rows.length });
      return rows;
    });
    if (cases.length === 0) {
      const message = msg("agency.search.noAccountMatch", { accountNumber: formatAccountNumber(accountNumber) });
      return fail("no_match", message, { fieldErrors: { query: message }, values });
    }
    return { ok: true, kind: "account", accountNumber, cases };
  }

  const prefix = query.replace(/\s+/g, " ");
  if (NAME_PREFIX.test(prefix)) {
    const cases = await db().$transaction(async (tx) => {
      const rows = await casesByNamePrefix(tx, prefix);
      await recordOfficerAction(tx, officer, "case.searched", null, { by: "name", matches: rows.length });
      return rows;
    });
    if (cases.length === 0) {
      const message = msg("agency.search.noNameMatch", { prefix });
      return fail("no_match", message, { fieldErrors: { query: message }, values });
    }
    return { ok: true, kind: "name", prefix, cases };
  }

  const receipt = parseReceiptNumber(query);
  if (!receipt.ok) return invalid({ query: msg("agency.search.notReceipt") }, values);
  const found = await db().$transaction(async (tx) => {
    const row = await tx.case.findUnique({ where: { receiptNumber: receipt.receiptNumber }, select: { id: true } });
    await recordOfficerAction(tx, officer, "case.searched", row?.id ?? null, { by: "receipt", matches: row ? 1 : 0 });
    return row;
  });
  if (!found) {
    const message = msg("agency.search.noReceiptMatch", { receiptNumber: receipt.receiptNumber });
    return fail("no_match", message, { fieldErrors: { query: message }, values });
  }
  return { ok: true, kind: "receipt", receiptNumber: receipt.receiptNumber };
}

/** Written as lower(...) LIKE so PostgreSQL can use the prefix index; the wildcards typed are taken literally. */
async function casesByNamePrefix(tx: Tx, prefix: string): Promise<FoundCase[]> {
  const pattern = `${prefix.toLowerCase().replace(/[\\%_]/g, "\\$&")}%`;
  return tx.$queryRaw<FoundCase[]>`
    SELECT "receiptNumber", "formType", "applicantName", "status" FROM "Case"
    WHERE lower("applicantName") LIKE ${pattern}
    ORDER BY lower("applicantName"), "statusChangedAt" DESC, "id"
    LIMIT ${MAX_NAME_MATCHES}`;
}
