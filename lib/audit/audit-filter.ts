import { z } from "zod";
import { fail, fieldErrorsFrom, type ActionError } from "../result";
import { endOfUtcDay, utcDate } from "../agency/utc-dates";
import { parseReceiptNumber } from "../cases/receipt-number";
import { msg } from "../i18n/message-ref";
import { zEmail } from "../registration/schemas";
import { isAuditAction, type AuditAction } from "./audit-actions";

// The audit page's filters, as its form sends them in the address (?actor=&receipt=&action=&from=&to=).
// Each is optional; one that is filled in but cannot be read is refused with a message for its field.

export type ActorFilter = { kind: "OFFICER"; email: string } | { kind: "AGENCY_COMMAND" } | null;

export type AuditFilter = {
  actor: ActorFilter;
  receiptNumber: string | null;
  action: AuditAction | null;
  from: Date | null;
  to: Date | null;
};

export const FILTER_FIELDS = ["actor", "receipt", "action", "from", "to"] as const;

/** What a person types to mean the agency command rather than an officer. */
const AGENCY_COMMAND = /^agency[\s_-]*command$/i;

/** One query value, trimmed: the first when the name is repeated, empty when it is missing. */
function zQueryText(max: number, tooLong: string) {
  return z.preprocess(
    (value: unknown) => {
      const first: unknown = Array.isArray(value) ? value[0] : value;
      return typeof first === "string" ? first : "";
    },
    z.string().trim().max(max, tooLong),
  );
}

function zDay(field: "from" | "to") {
  return zQueryText(40, msg("agency.audit.errors.dayFormat", { field })).transform((value, ctx) => {
    if (!value) return null;
    const day = utcDate(value);
    if (!day) ctx.addIssue({ code: "custom", message: msg("agency.audit.errors.dayInvalid", { field }) });
    return day ?? z.NEVER;
  });
}

export const zAuditFilter = z
  .object({
    actor: zQueryText(320, msg("agency.audit.errors.actorTooLong")).transform((value, ctx): ActorFilter => {
      if (!value) return null;
      if (AGENCY_COMMAND.test(value)) return { kind: "AGENCY_COMMAND" };
      const email = zEmail.safeParse(value);
      if (value.includes("@") && email.success) return { kind: "OFFICER", email: email.data };
      ctx.addIssue({ code: "custom", message: msg("agency.audit.errors.actorInvalid") });
      return z.NEVER;
    }),
    receipt: zQueryText(40, msg("agency.audit.errors.receiptTooLong")).transform((value, ctx) => {
      if (!value) return null;
      const parsed = parseReceiptNumber(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
      return parsed.ok ? parsed.receiptNumber : z.NEVER;
    }),
    action: zQueryText(60, msg("agency.audit.errors.chooseAction")).transform((value, ctx) => {
      if (!value) return null;
      if (!isAuditAction(value)) ctx.addIssue({ code: "custom", message: msg("agency.audit.errors.chooseAction") });
      return isAuditAction(value) ? value : z.NEVER;
    }),
    from: zDay("from"),
    to: zDay("to"),
  })
  .transform(({ actor, receipt, action, from, to }, ctx): AuditFilter => {
    if (from && to && from.getTime() > to.getTime()) {
      ctx.addIssue({ code: "custom", path: ["to"], message: msg("agency.audit.errors.order") });
      return z.NEVER;
    }
    return { actor, receiptNumber: receipt, action, from, to: to ? endOfUtcDay(to) : null };
  });

export type AuditQuery = Record<string, string | string[] | undefined>;

/** The filters as they were typed, to fill the form again and to carry into the page links. */
export function filterValues(query: AuditQuery): Record<(typeof FILTER_FIELDS)[number], string> {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).slice(0, 320);
  return {
    actor: first(query.actor),
    receipt: first(query.receipt),
    action: first(query.action),
    from: first(query.from),
    to: first(query.to),
  };
}

export const BAD_FILTER_MESSAGE = msg("agency.audit.errors.badFilter");

/** The filters of a request, read; or the refusal to show, with a message for each field that cannot be read. */
export function readAuditFilter(query: AuditQuery): { ok: true; filter: AuditFilter } | ActionError {
  const parsed = zAuditFilter.safeParse(query);
  if (parsed.success) return { ok: true, filter: parsed.data };
  return fail("invalid_input", BAD_FILTER_MESSAGE, { fieldErrors: fieldErrorsFrom(parsed.error.issues), values: filterValues(query) });
}
