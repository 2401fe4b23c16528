import { z } from "zod";
import { isChosenFile } from "./form-fields";

// What an action's zod schema reads from a form post. The rest (form-fields.ts) needs no zod, so
// forms in the browser import it from there.

export { echoedValues, formFields, isChosenFile, type FormFields } from "./form-fields";

/** The files chosen in a file input (none, one or several), as an array. */
export const zChosenFiles = z.preprocess(
  (value): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.custom<File>(isChosenFile, "Choose a file.")),
);

/** A text field: what a browser sends, or empty when the field was left out. */
export function zField() {
  return z.preprocess((value) => (typeof value === "string" ? value : ""), z.string());
}

/**
 * Text a person typed into a box, as it is kept: line breaks made "\n", a NUL made a space
 * (PostgreSQL refuses it in text, and no one means to type one), trimmed. `oneLine` makes every run
 * of spaces, line breaks and other control characters one space (a name, a place).
 */
export function freeText(value: string, { oneLine = false } = {}): string {
  const text = value.replace(/\r\n?/g, "\n").replace(/\u0000/g, " ");
  return (oneLine ? text.replace(/[\s\p{Cc}]+/gu, " ") : text).trim();
}

/** Its length in characters (not UTF-16 units), as the limits shown to people count. */
export const characterCount = (text: string) => Array.from(text).length;

/**
 * A free-text field read with `freeText`: empty refused with `required` when given, longer than
 * `max` characters refused with `tooLong`. The length is counted after line breaks are made one
 * character, so a box's maxLength (which counts each line break once, while the browser sends it
 * as "\r\n") and the limit agree.
 */
export function zFreeText({ max, tooLong, required, oneLine }: { max: number; tooLong: string; required?: string; oneLine?: boolean }) {
  return zField()
    .transform((value) => freeText(value, { oneLine }))
    .superRefine((text, ctx) => {
      if (required !== undefined && text === "") ctx.addIssue({ code: "custom", message: required });
      else if (characterCount(text) > max) ctx.addIssue({ code: "custom", message: tooLong });
    });
}
