import { RECEIPT_FORMAT_MESSAGE } from "@/lib/cases/receipt-number";

// Every message the filing engine itself writes, in one place so that a later translation replaces
// this object only. Questions, pages, fees and documents bring their own words in the definitions.

export const ENGINE_MESSAGES = {
  /** A question left empty: text-like kinds. */
  enterAnswer: (label: string) => `Enter an answer for "${label}".`,
  /** A question left empty: choices. */
  chooseAnswer: (label: string) => `Choose an answer for "${label}".`,
  /** Checkboxes with nothing ticked. */
  chooseAtLeastOne: (label: string) => `Choose at least one answer for "${label}".`,
  /** A value sent that is not one of the question's options (a changed page, or a page left open too long). */
  notAnOption: (label: string) => `Choose one of the answers listed for "${label}".`,
  /** A value that is not text (a field sent twice, a file instead of text). */
  unreadable: (label: string) => `We could not read your answer to "${label}". Enter it again.`,
  tooLong: (label: string, max: number) => `Your answer to "${label}" must be ${max} characters or fewer.`,
  controlCharacters: (label: string) => `Your answer to "${label}" can only contain letters, numbers, spaces and punctuation.`,

  dateMissing: (label: string) => `Enter the date for "${label}": day, month and year.`,
  dateIncomplete: (label: string, missing: string) => `The date for "${label}" must include a ${missing}.`,
  dateNotNumbers: (label: string) => `Enter the date for "${label}" in numbers, like 27 3 2007.`,
  dateNotReal: (label: string) => `The date for "${label}" must be a real date, like 27 3 2007.`,
  dateYearFourDigits: (label: string) => `The year for "${label}" must have 4 digits, like 2007.`,
  dateParts: { day: "day", month: "month", year: "year", and: "and" },

  aNumber: "Enter the A-Number as A followed by 8 or 9 digits, like A123456789.",
  ssn: "Enter the 9-digit Social Security number, like 123-45-6789.",
  ssnNotIssued: "This is not a Social Security number that can be issued. Check the number on the card.",
  zip: "Enter a 5-digit ZIP code like 20500, or 9 digits like 20500-0003.",
  zipNotInState: (stateName: string) => `This ZIP code is not one used in ${stateName}. Check the ZIP code and the state.`,
  zipNeedsState: "Choose the state for this ZIP code.",
  i94: "Enter the 11-character I-94 number, like 12345678901 or 123456789A1.",
  receiptNumber: RECEIPT_FORMAT_MESSAGE,
  email: "Enter an email address in the correct format, like name@example.com.",
  phone: "Enter a phone number, like (202) 555-0143, or with the country code, like +44 20 7946 0958.",
  state: "Choose the state or territory.",
  country: "Choose the country from the list.",

  /** parsePage for a page the form does not have, or one the answers so far skip. */
  pageNotAvailable: "This page is not part of this form. Go back to the task list and continue from there.",
  /** A page's cross-field rule failed unexpectedly: the answers are kept, the page is asked again. */
  pageCheckFailed: "We could not check the answers on this page. Check them and continue again.",

  /** Check your answers: what is missing before submitting. */
  pageNotAnswered: (pageTitle: string) => `Answer the questions on "${pageTitle}".`,
  documentMissing: (label: string) => `Upload a file for "${label}".`,
  notAnswered: "Not answered",
} as const;

/** The form key on parsePage's errors for a problem with the page itself rather than one question. */
export const PAGE_ERROR_KEY = "_page";
