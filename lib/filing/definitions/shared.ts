import { msg } from "@/lib/i18n/message-ref";
import type { Answers, Condition, Option, Question } from "../definition";
import { dateOf, isoDay } from "../engine/formats";

// Building blocks the form definitions share: yes/no choices, names, U.S. addresses, and small
// helpers their conditions and checks read answers with. Every word here is definition data.

export const YES = "yes";
export const NO = "no";

export const YES_NO: readonly Option[] = [
  { value: YES, label: msg("forms.shared.yes") },
  { value: NO, label: msg("forms.shared.no") },
];

/** An answer as one string ("" when not answered or not a string). */
export function text(answers: Answers, id: string): string {
  const value = Object.hasOwn(answers, id) ? answers[id] : undefined;
  return typeof value === "string" ? value : "";
}

/** A condition: the answer to `id` is one of `values`. */
export function answerIs(id: string, ...values: string[]): Condition {
  return (answers) => values.includes(text(answers, id));
}

/** Words joined by single spaces, empty parts left out. */
export function joinName(...parts: string[]): string {
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .join(" ");
}

export type NameLabels = { family: string; given: string; middle: string };

/** The id of a question under a prefix: "" + "FamilyName" is familyName, "father" + "FamilyName" is fatherFamilyName. */
export function prefixed(prefix: string, name: string): string {
  return prefix ? `${prefix}${name}` : `${name[0].toLowerCase()}${name.slice(1)}`;
}

/** Family, given and middle name questions; ids are `${prefix}FamilyName`, `${prefix}GivenName`, `${prefix}MiddleName` (familyName... without a prefix). */
export function nameQuestions(
  prefix: string,
  labels: NameLabels,
  options: { required?: boolean | Condition; showIf?: Condition } = {},
): Question[] {
  const required = options.required ?? true;
  return [
    {
      id: prefixed(prefix, "FamilyName"),
      kind: "text",
      label: labels.family,
      required,
      showIf: options.showIf,
      autocomplete: prefix ? undefined : "family-name",
    },
    {
      id: prefixed(prefix, "GivenName"),
      kind: "text",
      label: labels.given,
      required,
      showIf: options.showIf,
      autocomplete: prefix ? undefined : "given-name",
    },
    {
      id: prefixed(prefix, "MiddleName"),
      kind: "text",
      label: labels.middle,
      hint: msg("forms.shared.middleNameHint"),
      required: false,
      showIf: options.showIf,
      autocomplete: prefix ? undefined : "additional-name",
    },
  ];
}

export type AddressLabels = { inCareOf?: string; street: string; unit: string; city: string; state: string; zip: string };

export const ADDRESS_LABELS: AddressLabels = {
  street: msg("forms.shared.addressLabels.street"),
  unit: msg("forms.shared.addressLabels.unit"),
  city: msg("forms.shared.addressLabels.city"),
  state: msg("forms.shared.addressLabels.state"),
  zip: msg("forms.shared.addressLabels.zip"),
};

/**
 * A U.S. address: ids `${prefix}InCareOf` (when labelled), `${prefix}Street`, `${prefix}Unit`, `${prefix}City`,
 * `${prefix}State`, `${prefix}Zip`. The engine checks the ZIP code against the state of the same page.
 */
export function addressQuestions(prefix: string, labels: AddressLabels = ADDRESS_LABELS, autocompleteSection?: string): Question[] {
  const auto = (token: string) => (autocompleteSection ? `${autocompleteSection} ${token}` : undefined);
  const questions: Question[] = [];
  if (labels.inCareOf) questions.push({ id: `${prefix}InCareOf`, kind: "text", label: labels.inCareOf, required: false });
  questions.push(
    { id: `${prefix}Street`, kind: "text", label: labels.street, autocomplete: auto("address-line1") },
    { id: `${prefix}Unit`, kind: "text", label: labels.unit, required: false, width: 20, autocomplete: auto("address-line2") },
    { id: `${prefix}City`, kind: "text", label: labels.city, maxLength: 60, autocomplete: auto("address-level2") },
    { id: `${prefix}State`, kind: "us-state", label: labels.state, autocomplete: auto("address-level1") },
    { id: `${prefix}Zip`, kind: "zip", label: labels.zip, width: 10, autocomplete: auto("postal-code") },
  );
  return questions;
}

export type UsAddress = { inCareOf: string; addressLine1: string; addressLine2: string; city: string; state: string; postalCode: string };

/** The address answered under a prefix, with the account's contact field names. */
export function addressOf(answers: Answers, prefix: string): UsAddress {
  return {
    inCareOf: text(answers, `${prefix}InCareOf`),
    addressLine1: text(answers, `${prefix}Street`),
    addressLine2: text(answers, `${prefix}Unit`),
    city: text(answers, `${prefix}City`),
    state: text(answers, `${prefix}State`),
    postalCode: text(answers, `${prefix}Zip`),
  };
}

/** The ids of an address's questions, for a PDF part. */
export function addressIds(prefix: string, withInCareOf = false): string[] {
  return [...(withInCareOf ? [`${prefix}InCareOf`] : []), ...["Street", "Unit", "City", "State", "Zip"].map((name) => `${prefix}${name}`)];
}

/** The earliest clocks in use (UTC+14) start each date 14 hours before UTC does. */
const EARLIEST_ZONE_AHEAD_MS = 14 * 3_600_000;

/**
 * Whether the date answered for `id` is after today (false when not a date). The checks are not
 * given the person's time zone, so "today" is the newest date anywhere: no one is refused their own
 * today (7 AM in Manila is still yesterday in UTC), at the cost of accepting tomorrow's date once
 * it has begun at UTC+14 (in New York, from 5 or 6 in the morning).
 */
export function isFuture(answers: Answers, id: string, now: Date): boolean {
  const date = dateOf(text(answers, id));
  return date !== null && isoDay(date) > isoDay(new Date(now.getTime() + EARLIEST_ZONE_AHEAD_MS));
}

/** Whether the date answered for `later` is before the one for `earlier` (false unless both are dates). */
export function isBefore(answers: Answers, later: string, earlier: string): boolean {
  const a = dateOf(text(answers, later));
  const b = dateOf(text(answers, earlier));
  return a !== null && b !== null && a.getTime() < b.getTime();
}

/** A page's cross-field errors from [broken, questionId, message] rules: the first broken rule of each question. */
export function brokenRules(rules: readonly (readonly [boolean, string, string])[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [broken, id, message] of rules) if (broken) errors[id] ??= message;
  return errors;
}
