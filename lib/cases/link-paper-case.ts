import "server-only";
import { z } from "zod";
import { zField } from "../actions/form-input";
import type { Actor } from "../auth/roles";
import { recordSecurityEvent } from "../audit/record-security-event";
import { safeEqualHex } from "../crypto/tokens";
import { db } from "../db";
import { rateLimitAddress } from "../http/client-address";
import type { RequestInfo } from "../http/request-info";
import { msg } from "../i18n/message-ref";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { fail, type ActionResult } from "../result";
import { POLICY } from "../security-policy";
import { accessCodeHash } from "./access-code";
import { parseReceiptNumber } from "./receipt-number";

/** One answer for an unknown receipt number and for a wrong, expired or used code, so none is revealed. */
export const LINK_FAILED = msg("cases.errors.linkFailed");
export const LINK_RATE_LIMITED = msg("cases.errors.rateLimited");
export const ALREADY_YOURS = msg("cases.errors.alreadyYours");
export const ONLY_APPLICANTS_LINK = msg("cases.errors.onlyApplicants");
export const ACCESS_CODE_FORMAT_MESSAGE = msg("cases.errors.accessCodeFormat");

const HOUR = 60 * 60_000;
// Compared against when the receipt number is unknown, so that case costs the same work.
const NO_CASE_HASH = "0".repeat(64);

/** The form: the receipt number (normalised, like EAC2612345678) and the code as typed (checked for its shape). */
export const zLinkPaperCase = z.object({
  receiptNumber: zField().transform((typed, ctx) => {
    const receipt = parseReceiptNumber(typed);
    if (receipt.ok) return receipt.receiptNumber;
    ctx.addIssue({ code: "custom", message: receipt.message });
    return z.NEVER;
  }),
  accessCode: zField().superRefine((typed, ctx) => {
    if (typed.trim() === "") ctx.addIssue({ code: "custom", message: msg("cases.errors.accessCodeMissing") });
    else if (!accessCodeHash(typed)) ctx.addIssue({ code: "custom", message: ACCESS_CODE_FORMAT_MESSAGE });
  }),
});
export type LinkPaperCaseInput = z.output<typeof zLinkPaperCase>;

/**
 * Adds a paper-filed case to the person's account with the receipt number and the Online Access
 * Code from the Account Access Notice. The code is used up in the same statement that sets the
 * owner, so two attempts can never both succeed.
 */
export async function linkPaperCase(
  actor: Pick<Actor, "id">,
  input: LinkPaperCaseInput,
  info: Pick<RequestInfo, "ip" | "userAgent">,
): Promise<ActionResult<{ receiptNumber: string }>> {
  const userId = actor.id;
  const receipt = { receiptNumber: input.receiptNumber };
  const values = { receiptNumber: input.receiptNumber };
  // Linking is for the case's own applicant: never a representative with a client's code (nor an
  // officer), whoever calls this. The account's role is read here, not taken from the caller.
  const person = await db().user.findUnique({ where: { id: userId }, select: { role: true } });
  if (person?.role !== "APPLICANT") return fail("not_allowed", ONLY_APPLICANTS_LINK, { values });
  const codeHash = accessCodeHash(input.accessCode);
  if (!codeHash) return fail("link_failed", LINK_FAILED, { values });

  const byAccount = await hitRateLimit(`case-link:account:${userId}`, POLICY.rateLimits.caseLinkPerAccountPerHour, HOUR);
  // Without a known address there is no per-address count (one shared count would let anyone block everyone).
  const byAddress = info.ip
    ? await hitRateLimit(`case-link:ip:${rateLimitAddress(info.ip)}`, POLICY.rateLimits.caseLinkPerIpPerHour, HOUR)
    : { allowed: true };
  if (!byAccount.allowed || !byAddress.allowed) return fail("rate_limited", LINK_RATE_LIMITED, { values });

  const row = await db().case.findUnique({
    where: { receiptNumber: receipt.receiptNumber },
    select: { id: true, ownerId: true, accessCodeHash: true, accessCodeExpiresAt: true, accessCodeUsedAt: true },
  });
  if (row?.ownerId === userId) return fail("already_linked", ALREADY_YOURS, { values });
  const codeMatches = safeEqualHex(row?.accessCodeHash ?? NO_CASE_HASH, codeHash);
  const now = new Date();
  const usable =
    row !== null &&
    codeMatches &&
    row.ownerId === null &&
    row.accessCodeUsedAt === null &&
    row.accessCodeExpiresAt !== null &&
    row.accessCodeExpiresAt > now;
  if (!usable) return fail("link_failed", LINK_FAILED, { values });

  const linked = await db().$transaction(async (tx) => {
    const { count } = await tx.case.updateMany({
      where: { id: row.id, ownerId: null, accessCodeUsedAt: null, accessCodeHash: row.accessCodeHash, accessCodeExpiresAt: { gt: now } },
      data: { ownerId: userId, linkedAt: now, accessCodeUsedAt: now },
    });
    if (count !== 1) return false;
    await recordSecurityEvent(tx, userId, "case.linked", info, { receiptNumber: receipt.receiptNumber });
    return true;
  });
  if (!linked) return fail("link_failed", LINK_FAILED, { values });
  return { ok: true, receiptNumber: receipt.receiptNumber };
}
