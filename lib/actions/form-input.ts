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
