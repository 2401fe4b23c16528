import { msg } from "@/lib/i18n/message-ref";
import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import type { Answers, Fee, FormDefinition } from "../filing/definition";
import { definitionFor } from "../filing/definitions";
import { missingForSubmission } from "../filing/engine/readiness";
import { isId } from "../ids";

// Whether a person's filing can be paid for now, and the fee: computed here, on the server, from
// the saved answers and the fee table in force (the definition's fee()), never taken from the page.

export type PayableFiling = { id: string; formType: string; status: "DRAFT" | "SUBMITTED"; answers: Answers };

export type Payability =
  | { kind: "not_found" }
  | { kind: "submitted"; filing: PayableFiling }
  | { kind: "unsigned"; filing: PayableFiling; def: FormDefinition; fee: Fee }
  | { kind: "not_ready"; filing: PayableFiling; def: FormDefinition; fee: Fee; missing: string[] }
  | { kind: "no_fee"; filing: PayableFiling; def: FormDefinition; fee: Fee }
  | { kind: "payable"; filing: PayableFiling; def: FormDefinition; fee: Fee };

export const PAYABILITY_MESSAGES = {
  not_found: msg("payments.errors.notFound"),
  submitted: msg("payments.errors.submitted"),
  unsigned: msg("payments.errors.unsigned"),
  not_ready: msg("payments.errors.notReady"),
  no_fee: msg("payments.errors.noFee"),
} as const;

function answersOf(value: unknown): Answers {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Answers) : {};
}

/** The actor's own filing and what paying for it would mean; another person's or an unknown id is not_found. */
export async function payability(actor: Actor, filingId: string, now: Date = new Date()): Promise<Payability> {
  if (!isId(filingId)) return { kind: "not_found" };
  const row = await db().filing.findFirst({
    where: { id: filingId.toLowerCase(), ownerId: actor.id },
    select: {
      id: true,
      formType: true,
      status: true,
      answers: true,
      signedAt: true,
      clientEmail: true,
      clientReview: true,
      documents: { select: { kind: true } },
    },
  });
  if (!row) return { kind: "not_found" };
  const filing: PayableFiling = { id: row.id, formType: row.formType, status: row.status, answers: answersOf(row.answers) };
  if (row.status === "SUBMITTED") return { kind: "submitted", filing };
  const def = definitionFor(row.formType);
  if (!def) return { kind: "not_found" };
  const fee = def.fee(filing.answers, now);
  if (fee.onlineCents <= 0) return { kind: "no_fee", filing, def, fee };
  const missing = missingForSubmission(
    def,
    filing.answers,
    row.documents.map((d) => d.kind),
    now,
  ).map((item) => item.message);
  if (missing.length > 0) return { kind: "not_ready", filing, def, fee, missing };
  // A form prepared for a client is paid for only once the client signed it in their own account.
  if (!row.signedAt || (row.clientEmail !== null && row.clientReview !== "SIGNED")) return { kind: "unsigned", filing, def, fee };
  return { kind: "payable", filing, def, fee };
}
