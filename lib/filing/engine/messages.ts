import { msg } from "@/lib/i18n/message-ref";

// Every message the filing engine itself writes, as references into the "forms.engine" catalog. A
// question's label is itself a reference (the definitions' words are in the "forms" catalog too):
// filingText (./localize.ts) resolves the label inside the message in the same language.

export const ENGINE_MESSAGES = {
  /** A question left empty: text-like kinds. */
  enterAnswer: (label: string) => msg("forms.engine.enterAnswer", { label }),
  /** A question left empty: choices. */
  chooseAnswer: (label: string) => msg("forms.engine.chooseAnswer", { label }),
  /** Checkboxes with nothing ticked. */
  chooseAtLeastOne: (label: string) => msg("forms.engine.chooseAtLeastOne", { label }),
  /** A value sent that is not one of the question's options (a changed page, or a page left open too long). */
  notAnOption: (label: string) => msg("forms.engine.notAnOption", { label }),
  /** A value that is not text (a field sent twice, a file instead of text). */
  unreadable: (label: string) => msg("forms.engine.unreadable", { label }),
  tooLong: (label: string, max: number) => msg("forms.engine.tooLong", { label, max }),
  controlCharacters: (label: string) => msg("forms.engine.controlCharacters", { label }),

  dateMissing: (label: string) => msg("forms.engine.dateMissing", { label }),
  /** `missing`: the boxes left empty, among "day", "month" and "year" (in that order). */
  dateIncomplete: (label: string, missing: readonly ("day" | "month" | "year")[]) =>
    msg("forms.engine.dateIncomplete", { label, missing: msg(`forms.engine.dateParts.${missing.join("-")}`) }),
  dateNotNumbers: (label: string) => msg("forms.engine.dateNotNumbers", { label }),
  dateNotReal: (label: string) => msg("forms.engine.dateNotReal", { label }),
  dateYearFourDigits: (label: string) => msg("forms.engine.dateYearFourDigits", { label }),

  aNumber: msg("forms.engine.aNumber"),
  ssn: msg("forms.engine.ssn"),
  ssnNotIssued: msg("forms.engine.ssnNotIssued"),
  zip: msg("forms.engine.zip"),
  zipNotInState: (stateName: string) => msg("forms.engine.zipNotInState", { stateName }),
  zipNeedsState: msg("forms.engine.zipNeedsState"),
  i94: msg("forms.engine.i94"),
  receiptNumber: msg("forms.engine.receiptNumber"),
  email: msg("forms.engine.email"),
  phone: msg("forms.engine.phone"),
  state: msg("forms.engine.state"),
  country: msg("forms.engine.country"),

  /** parsePage for a page the form does not have, or one the answers so far skip. */
  pageNotAvailable: msg("forms.engine.pageNotAvailable"),
  /** A page's cross-field rule failed unexpectedly: the answers are kept, the page is asked again. */
  pageCheckFailed: msg("forms.engine.pageCheckFailed"),

  /** Check your answers: what is missing before submitting. */
  pageNotAnswered: (pageTitle: string) => msg("forms.engine.pageNotAnswered", { pageTitle }),
  documentMissing: (label: string) => msg("forms.engine.documentMissing", { label }),
  notAnswered: msg("forms.engine.notAnswered"),
} as const;

/** The form key on parsePage's errors for a problem with the page itself rather than one question. */
export const PAGE_ERROR_KEY = "_page";
