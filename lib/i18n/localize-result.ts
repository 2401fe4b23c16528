import type { ActionResult } from "../result";
import type { Reader } from "./translator";

/** An action's result in the reader's language: every msg() reference at its top level and in its field errors. */
export function localizeResult<T extends object>(result: ActionResult<T>, reader: Pick<Reader, "text">): ActionResult<T> {
  const localized: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === "string") localized[key] = reader.text(value);
    else if (key === "fieldErrors" && value && typeof value === "object") {
      localized[key] = Object.fromEntries(
        Object.entries(value as Record<string, string>).map(([field, text]) => [field, reader.text(text)]),
      );
    } else localized[key] = value;
  }
  return localized as ActionResult<T>;
}
