"use client";

// What a person had typed into a form marked data-keep-draft, kept in this tab's sessionStorage
// when an idle sign-out takes them away, and put back when they return to the page after signing
// in again. Never passwords, codes or hidden fields; only for the same person.

const PREFIX = "kept-draft:";
const KEEP_MS = 12 * 60 * 60_000;
const SKIPPED_TYPES = new Set(["password", "hidden", "file", "submit", "button", "reset", "image"]);

type Field = { name: string; value: string; checked?: boolean };
type Draft = { owner: string; savedAt: number; forms: Record<string, Field[]> };

/** Fields never stored, by name: passwords, one-time and backup codes, secrets, security answers (a postal code is kept). */
export function isSecretName(name: string): boolean {
  return /password|(?<!postal[-_]?)code|otp|secret|answer/i.test(name);
}

function keepable(element: Element): element is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement))
    return false;
  if (!element.name || element.disabled) return false;
  if (element instanceof HTMLInputElement && SKIPPED_TYPES.has(element.type)) return false;
  if (isSecretName(element.name) || element.autocomplete === "one-time-code") return false;
  return true;
}

function formId(form: HTMLFormElement, index: number): string {
  return form.dataset.keepDraft || form.id || String(index);
}

/** Saves the marked forms on this page (call just before leaving for the sign-in page). */
export function saveDrafts(owner: string, path = window.location.pathname): void {
  const forms: Draft["forms"] = {};
  document.querySelectorAll<HTMLFormElement>("form[data-keep-draft]").forEach((form, index) => {
    const fields: Field[] = [];
    for (const element of Array.from(form.elements)) {
      if (!keepable(element)) continue;
      if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
        fields.push({ name: element.name, value: element.value, checked: element.checked });
      } else {
        fields.push({ name: element.name, value: element.value });
      }
    }
    if (fields.length > 0) forms[formId(form, index)] = fields;
  });
  if (Object.keys(forms).length === 0) return;
  try {
    window.sessionStorage.setItem(PREFIX + path, JSON.stringify({ owner, savedAt: Date.now(), forms } satisfies Draft));
  } catch {
    // Storage full or switched off: nothing can be kept.
  }
}

/** Puts a kept draft back into the form (once); true when something was restored. */
export function restoreDraft(form: HTMLFormElement, owner: string, path = window.location.pathname): boolean {
  const key = PREFIX + path;
  let draft: Draft | null = null;
  try {
    draft = JSON.parse(window.sessionStorage.getItem(key) ?? "null") as Draft | null;
  } catch {
    draft = null;
  }
  if (!draft || typeof draft !== "object" || !draft.forms) return false;
  const id = formId(form, Array.from(document.querySelectorAll("form[data-keep-draft]")).indexOf(form));
  const fields = draft.forms[id];
  const usable = draft.owner === owner && Date.now() - draft.savedAt < KEEP_MS && Array.isArray(fields);
  delete draft.forms[id];
  try {
    if (Object.keys(draft.forms).length === 0 || draft.owner !== owner) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Nothing to clean up if storage is unavailable.
  }
  if (!usable) return false;
  let restored = false;
  for (const field of fields) {
    for (const element of Array.from(form.elements)) {
      if (!keepable(element) || element.name !== field.name) continue;
      if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
        if (element.value === field.value && element.checked !== Boolean(field.checked)) {
          element.checked = Boolean(field.checked);
          restored = true;
        }
      } else if (element.value !== field.value) {
        element.value = field.value;
        restored = true;
      }
    }
  }
  return restored;
}
