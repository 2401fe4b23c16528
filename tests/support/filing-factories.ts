// Arranging online filings for integration tests: drafts with answers, signed or not, with uploaded
// documents stored like real uploads, and payments as the webhook leaves them.
import { createHash, randomUUID } from "node:crypto";
import { randomToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import type { Answers, FormDefinition, Question } from "@/lib/filing/definition";
import { definitionFor } from "@/lib/filing/definitions";
import { isRequired } from "@/lib/filing/engine/conditions";
import { nextPageId, visibleQuestions, pageById } from "@/lib/filing/engine/flow";
import { requiredDocuments } from "@/lib/filing/engine/readiness";
import { dateFieldNames, parsePage } from "@/lib/filing/engine/parse-page";
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

/**
 * A whole form filled in the way a person would: page by page through the engine's own parsePage and
 * nextPageId, so the answers are exactly what saving each page would store. Every required question
 * gets a plausible answer (`values` by question id wins; "no" where a choice offers it, so follow-up
 * pages stay few unless asked for); optional ones stay empty unless given.
 */
export function fillForm(formType: string, values: Record<string, string | string[]> = {}, now = new Date()): Answers {
  const def = definitionFor(formType);
  if (!def) throw new Error(`no definition for ${formType}`);
  let answers: Answers = {};
  let pageId = nextPageId(def, answers, "");
  for (let guard = 0; pageId && guard < 200; guard++) {
    const page = pageById(def, pageId)!;
    const fields: Record<string, unknown> = {};
    for (const question of visibleQuestions(page, answers)) Object.assign(fields, fieldsFor(def, question, answers, values));
    const parsed = parsePage(def, pageId, fields, answers, now);
    if (!parsed.ok) throw new Error(`${formType} page ${pageId} refused: ${JSON.stringify(parsed.errors)}`);
    answers = parsed.answers;
    pageId = nextPageId(def, answers, pageId);
  }
  return answers;
}

function fieldsFor(def: FormDefinition, question: Question, answers: Answers, values: Record<string, string | string[]>) {
  const given = Object.hasOwn(values, question.id) ? values[question.id] : undefined;
  const value = given ?? (isRequired(question.required, answers) ? plausible(question) : "");
  if (question.kind === "date") {
    const names = dateFieldNames(question.id);
    const [year, month, day] = typeof value === "string" && value ? value.split("-") : ["", "", ""];
    return { [names.day]: day ?? "", [names.month]: month ?? "", [names.year]: year ?? "" };
  }
  return { [question.id]: value };
}

function plausible(question: Question): string | string[] {
  const id = question.id.toLowerCase();
  switch (question.kind) {
    case "radio":
    case "select": {
      const options = question.options ?? [];
      return (options.find((o) => o.value === "no") ?? options[0])?.value ?? "";
    }
    case "checkboxes":
      return question.options?.[0] ? [question.options[0].value] : [];
    case "date":
      return id.includes("birth") ? "1990-03-04" : "2021-09-03";
    case "a-number":
      return "A123456789";
    case "ssn":
      return "212-55-1234";
    case "us-state":
      return "MA";
    case "zip":
      return "02110";
    case "country":
      return "MX";
    case "i94":
      return "12345678A01";
    case "receipt-number":
      return "IOE0912345678";
    case "email":
      return "ana.diaz@example.test";
    case "phone":
      return "(202) 555-0143";
    default:
      if (id.endsWith("familyname")) return "Diaz";
      if (id.endsWith("givenname")) return "Ana";
      if (id.includes("street")) return "12 Harbor Street";
      if (id.includes("city")) return "Boston";
      return "Sample answer";
  }
}

/** A first I-765 in a category that pays a fee: (c)(9), with an I-485 filed after April 2024 (the reduced $260). */
export const I765_FEE_PAYING = { reason: "initial", category: "c9", i485FiledOn: "2025-06-10", i485ReceiptNumber: "IOE0912345678" };

/** A first I-765 in a fee-exempt category: (c)(8), a pending asylum application. */
export const I765_FEE_EXEMPT = { reason: "initial", category: "c8" };

/** The kinds of document these answers make required. */
export function requiredKinds(formType: string, answers: Answers): string[] {
  return requiredDocuments(definitionFor(formType)!, answers)
    .filter((rule) => rule.isRequired)
    .map((rule) => rule.id);
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
