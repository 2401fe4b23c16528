// Arranging online filings for integration tests: drafts with answers, signed or not, with uploaded
// documents stored like real uploads, and payments as the webhook leaves them.
import { createHash, randomUUID } from "node:crypto";
import { randomToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import type { Answers } from "@/lib/filing/definition";
import { definitionFor } from "@/lib/filing/definitions";
import { fileStorage } from "@/lib/storage/storage";
import { PDF } from "./test-data";

/** A complete change of address: the new address is also the mailing address. */
export function ar11Answers(overrides: Record<string, string> = {}): Answers {
  return {
    familyName: "Diaz",
    givenName: "Ana",
    middleName: "",
    dateOfBirth: "1990-03-04",
    aNumber: "",
    newStreet: "12 Harbor Street",
    newUnit: "Apt 4",
    newCity: "Boston",
    newState: "MA",
    newZip: "02110",
    newIsMailing: "yes",
    dateMoved: "2026-11-01",
    ...overrides,
  };
}

type DraftOptions = {
  /** Signed with the form's own name (default), with another name, or not at all. */
  signedAs?: string | false;
  /** Uploaded documents by kind, stored in the current upload directory. */
  documents?: string[];
  lastSavedAt?: Date;
  expiryWarnedAt?: Date | null;
};

export async function draftFiling(ownerId: string, formType: string, answers: Answers, options: DraftOptions = {}) {
  const def = definitionFor(formType);
  if (!def) throw new Error(`no definition for ${formType}`);
  const signatureName = options.signedAs === undefined ? def.signerName(answers) : options.signedAs || null;
  const lastSavedAt = options.lastSavedAt ?? new Date();
  const filing = await db().filing.create({
    data: {
      ownerId,
      formType: def.id,
      answers,
      savedPages: def.pages.map((page) => page.id),
      lastSavedAt,
      expiryWarnedAt: options.expiryWarnedAt ?? null,
      ...(signatureName
        ? { signatureName, signedAt: lastSavedAt, signatureAddress: "203.0.113.7", signatureUserAgent: "vitest integration browser" }
        : {}),
    },
    select: { id: true },
  });
  for (const kind of options.documents ?? []) await uploadToDraft(filing.id, kind);
  return filing;
}

export async function uploadToDraft(filingId: string, kind: string, bytes: Buffer = PDF) {
  const storageKey = randomToken();
  await fileStorage().put(storageKey, bytes, "application/pdf");
  return db().filingDocument.create({
    data: {
      filingId,
      kind,
      name: `${kind}.pdf`,
      contentType: "application/pdf",
      size: bytes.length,
      storageKey,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    },
  });
}

/** A payment as the webhook leaves it: PAID (or another status) for an amount. */
export async function payment(filingId: string, amountCents: number, status: "OPEN" | "PAID" | "FAILED" = "PAID") {
  const id = randomUUID();
  return db().payment.create({
    data: {
      id,
      filingId,
      amountCents,
      status,
      idempotencyKey: `filing-${filingId}-${id}`,
      stripeCheckoutSessionId: `cs_test_${id.replace(/-/g, "")}`,
      stripePaymentIntentId: status === "PAID" ? `pi_test_${id.replace(/-/g, "")}` : null,
      checkoutUrl: `http://127.0.0.1:4999/pay/${id}`,
      paidAt: status === "PAID" ? new Date() : null,
    },
  });
}

/** What a refused submission must leave as it was. */
export async function filingCounts() {
  const [cases, events, notices, documents, outbox, submitted] = await Promise.all([
    db().case.count(),
    db().caseEvent.count(),
    db().notice.count(),
    db().document.count(),
    db().outboundMessage.count(),
    db().filing.count({ where: { status: "SUBMITTED" } }),
  ]);
  return { cases, events, notices, documents, outbox, submitted };
}
