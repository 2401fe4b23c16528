// What a form that can be filed online is, as data. One definition per form
// (lib/filing/definitions/<form>.ts): its pages and questions, the conditions that show or skip
// them, their checks, the fee, the documents, the signature statement and how the answers are laid
// out on the filed form's PDF. Routes and components read definitions; a new form is a new
// definition plus tests, never new routes or components.

/** Answers as typed, by question id: one value, or several for checkboxes. */
export type AnswerValue = string | string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Decides from the answers saved so far whether a page, question or document applies. */
export type Condition = (answers: Answers) => boolean;

export type QuestionKind =
  | "text"
  | "textarea"
  | "radio"
  | "checkboxes"
  | "select"
  /** A date in three boxes (day, month, year); stored as YYYY-MM-DD. */
  | "date"
  | "a-number"
  | "ssn"
  | "us-state"
  | "zip"
  | "country"
  | "i94"
  | "receipt-number"
  | "email"
  | "phone";

export type Option = { value: string; label: string; hint?: string };

export type Question = {
  /** Unique within the form; the field name on the page and the key in Answers. */
  id: string;
  kind: QuestionKind;
  label: string;
  hint?: string;
  /** radio, checkboxes, select (country and us-state bring their own lists). */
  options?: readonly Option[];
  /** Required unless false; a condition makes it required only when it holds. */
  required?: boolean | Condition;
  /** Asked only when this holds; an answer to a question not shown is dropped. */
  showIf?: Condition;
  /** Text length limit (defaults by kind). */
  maxLength?: number;
  /** HTML autocomplete token, like "given-name". */
  autocomplete?: string;
  /** Text inputs: a narrower box for short answers (characters). */
  width?: number;
};

/** Errors by question id; empty when the answers are consistent. */
export type CrossCheck = (answers: Answers, now: Date) => Record<string, string>;

export type Page = {
  /** Unique within the form; the page's URL segment. */
  id: string;
  /** The section of the task list the page belongs to. */
  section: string;
  /** The page heading. A page with one hard question uses the question as its heading. */
  title: string;
  intro?: string;
  questions: readonly Question[];
  /** Shown only when this holds (on the answers saved before this page). */
  showIf?: Condition;
  /** Rules across fields of this page and earlier ones (arrival after birth, ...). */
  check?: CrossCheck;
};

export type Section = { id: string; title: string };

export type DocumentRule = {
  /** Unique within the form; FilingDocument.kind. */
  id: string;
  label: string;
  hint?: string;
  /** Required unless false; a condition makes it required only when it holds. */
  required?: boolean | Condition;
  /** Asked for only when this holds (for example evidence for one category). */
  showIf?: Condition;
  /** How many files this document may take (default 5). */
  maxFiles?: number;
};

export type Fee = {
  /** What is charged online, in cents; 0 when exempt or the form has no fee. */
  onlineCents: number;
  /** What the same filing costs on paper, for comparison. */
  paperCents: number;
  /** The fee table entry used, like "2024-04-01:I-765:standard". */
  rule: string;
  /** Plain words for why this amount, like "Initial (c)(9) application: no fee". */
  reason: string;
};

/** What submitting does beyond keeping the filing record. */
export type Outcome =
  /** A case with an IOE receipt number, a receipt notice and the filed form as a PDF. */
  | "case"
  /** The new address goes on the account's contact details and on every pending case. */
  | "address-change";

export type PdfPart = { title: string; questionIds: readonly string[] };

export type FormDefinition = {
  /** The form number, like I-765; Filing.formType and the URL segment of the form. */
  id: string;
  title: string;
  /** The catalogue: what it is for, who may file it, roughly how long it takes, what to have ready. */
  purpose: string;
  whoMayFile: string;
  minutes: number;
  haveReady: readonly string[];
  outcome: Outcome;
  sections: readonly Section[];
  pages: readonly Page[];
  documents: readonly DocumentRule[];
  /** Computed on the server only, from the answers and the fee table in force on `on`. */
  fee: (answers: Answers, on: Date) => Fee;
  /** The full name the signature must match, from the answers. */
  signerName: (answers: Answers) => string;
  /** The applicant's statement and certification, under penalty of perjury. */
  certification: string;
  /** The filed form's PDF: the answers by part, in this order. */
  pdf: readonly PdfPart[];
};
