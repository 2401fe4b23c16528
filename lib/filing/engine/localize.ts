import { parseMessageRef } from "@/lib/i18n/message-ref";
import { readerFor, type Reader } from "@/lib/i18n/translator";
import { definitionFor } from "../definitions";
import type { DocumentRule, FormDefinition, Option, Page, Question } from "../definition";

// The definitions' words are msg() references into the "forms" catalog, and the engine's messages
// carry a question's label (itself a reference) as an argument. filingText resolves both levels;
// localizeDefinition gives pages a definition whose every word is in the reader's language.

export type FilingReader = Pick<Reader, "t" | "locale">;

/** A text in the reader's language: a msg() reference, with references among its values resolved too; any other text as it is. */
export function filingText(text: string, reader: FilingReader): string {
  const ref = parseMessageRef(text);
  if (!ref) return text;
  const values = ref.values
    ? Object.fromEntries(
        Object.entries(ref.values).map(([name, value]) => [name, typeof value === "string" ? filingText(value, reader) : value]),
      )
    : undefined;
  return reader.t(ref.key, values);
}

/** Errors by field (or an action's message) in the reader's language. */
export function filingTexts<T extends Record<string, string>>(texts: T, reader: FilingReader): T {
  return Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, filingText(text, reader)])) as T;
}

/** The record of what was filed keeps English, the agency's language. */
export const RECORD_READER: FilingReader = readerFor("en", "UTC");

function option(o: Option, r: FilingReader): Option {
  return { ...o, label: filingText(o.label, r), hint: o.hint === undefined ? undefined : filingText(o.hint, r) };
}

function question(q: Question, r: FilingReader): Question {
  return {
    ...q,
    label: filingText(q.label, r),
    hint: q.hint === undefined ? undefined : filingText(q.hint, r),
    options: q.options?.map((o) => option(o, r)),
  };
}

function page(p: Page, r: FilingReader): Page {
  const check = p.check;
  return {
    ...p,
    title: filingText(p.title, r),
    intro: p.intro === undefined ? undefined : filingText(p.intro, r),
    questions: p.questions.map((q) => question(q, r)),
    check: check ? (answers, now) => filingTexts(check(answers, now), r) : undefined,
  };
}

function document(d: DocumentRule, r: FilingReader): DocumentRule {
  return { ...d, label: filingText(d.label, r), hint: d.hint === undefined ? undefined : filingText(d.hint, r) };
}

const cached = new WeakMap<FormDefinition, Map<string, FormDefinition>>();

/** The same form, every word (labels, hints, options, pages, documents, fee reasons, checks' messages) in the reader's language. */
export function localizeDefinition(def: FormDefinition, reader: FilingReader): FormDefinition {
  let byLocale = cached.get(def);
  if (!byLocale) cached.set(def, (byLocale = new Map<string, FormDefinition>()));
  const hit = byLocale.get(reader.locale);
  if (hit) return hit;
  const r = reader;
  const localized: FormDefinition = {
    ...def,
    title: filingText(def.title, r),
    purpose: filingText(def.purpose, r),
    whoMayFile: filingText(def.whoMayFile, r),
    haveReady: def.haveReady.map((item) => filingText(item, r)),
    sections: def.sections.map((s) => ({ ...s, title: filingText(s.title, r) })),
    pages: def.pages.map((p) => page(p, r)),
    documents: def.documents.map((d) => document(d, r)),
    fee: (answers, on) => {
      const fee = def.fee(answers, on);
      return { ...fee, reason: filingText(fee.reason, r) };
    },
    certification: filingText(def.certification, r),
    pdf: def.pdf.map((part) => ({ ...part, title: filingText(part.title, r) })),
  };
  byLocale.set(reader.locale, localized);
  return localized;
}

/**
 * A refusal in the reader's language before the action chain sees it: the engine's messages name a
 * question's label, a reference inside a reference, which the chain's one-level translation leaves as is.
 */
export function localizeRefusal<T extends { ok: boolean }>(result: T, reader: FilingReader): T {
  if (result.ok) return result;
  const out: Record<string, unknown> = { ...result };
  if (typeof out.message === "string") out.message = filingText(out.message, reader);
  if (out.fieldErrors && typeof out.fieldErrors === "object")
    out.fieldErrors = filingTexts(out.fieldErrors as Record<string, string>, reader);
  return out as T;
}

/** A form's title in the reader's language, by its number; null for a form no longer defined. */
export function filingTitle(formType: string, reader: FilingReader): string | null {
  const def = definitionFor(formType);
  return def ? filingText(def.title, reader) : null;
}
