import { expect } from "vitest";
import { filingText, RECORD_READER } from "../localize";

/** Any value with every msg() reference in it (at any depth) read in English, as the tests compare them. */
export function english<T>(value: T): T {
  if (typeof value === "string") return filingText(value, RECORD_READER) as T;
  if (Array.isArray(value)) return value.map(english) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, english(item)])) as T;
  }
  return value;
}

/** expect() on the English reading of a value. */
export function expectEnglish<T>(value: T) {
  return expect(english(value));
}
