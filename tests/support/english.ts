import { readerFor } from "@/lib/i18n/translator";

const reader = readerFor("en", "UTC");

/** A value with every msg() reference in it (at any depth) read in English, as an English reader sees it. */
export function inEnglish<T>(value: T): T {
  if (typeof value === "string") return reader.text(value) as T;
  if (Array.isArray(value)) return value.map(inEnglish) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inEnglish(item)])) as T;
  }
  return value;
}
