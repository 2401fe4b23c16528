// Form posts as plain objects, and what a refused form shows again: shared by the actions on the
// server (through form-input.ts) and the forms in the browser, so nothing here imports zod.

export type FormFields = Record<string, FormDataEntryValue | FormDataEntryValue[]>;

/** A file input with nothing chosen still sends an empty part: that is "no file", not a file. */
export function isChosenFile(value: unknown): value is File {
  return value instanceof File && !(value.size === 0 && value.name === "");
}

/**
 * The form's fields as an object: a name sent once is its value, a name sent several times an array
 * of them. Empty file parts and React's own `$ACTION_...` fields are left out.
 */
export function formFields(form: FormData): FormFields {
  const fields: FormFields = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((value) => typeof value === "string" || isChosenFile(value));
    if (values.length === 0) continue;
    fields[key] = values.length === 1 ? values[0] : values;
  }
  return fields;
}

// Fields whose text must never be sent back into the page after a refusal.
const SECRET_FIELD = /password|code|token|answer|secret|pow|response/i;
// Named like a secret, but only an address.
const NOT_SECRET = new Set(["postalCode"]);

// A bound on each text sent back into the page, in UTF-16 units: far above the longest field the
// portal accepts (a 5,000-character message, up to 10,000 units), so a letter pasted into a box that
// is refused as too long comes back whole and can be shortened; far below the 11 MB body the server
// reads (lib/http/body-size-limit.mjs), so a script's megabytes are not sent back.
export const MAX_ECHOED_LENGTH = 200_000;

/** The text the person typed, to show again after a refusal (secrets left out). */
export function echoedValues(fields: FormFields): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string" && (NOT_SECRET.has(key) || !SECRET_FIELD.test(key))) values[key] = value.slice(0, MAX_ECHOED_LENGTH);
  }
  return values;
}
