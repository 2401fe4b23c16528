import type { FormDefinition } from "../definition";
import { AR11 } from "./ar-11";
import { I765 } from "./i-765";

// The forms this portal accepts online, in the order the catalogue lists them.
export const FORM_DEFINITIONS: readonly FormDefinition[] = [I765, AR11];

/** A form's definition by its number, as stored ("I-765") or as in the URL ("i-765"); null for anything else. */
export function definitionFor(formType: string): FormDefinition | null {
  if (typeof formType !== "string" || formType.length > 20) return null;
  const wanted = formType.toUpperCase();
  return FORM_DEFINITIONS.find((def) => def.id === wanted) ?? null;
}

/** The URL segment of a form ("I-765" → "i-765"). */
export function formSlug(def: FormDefinition): string {
  return def.id.toLowerCase();
}
