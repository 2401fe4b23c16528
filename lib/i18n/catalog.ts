import fs from "node:fs";
import path from "node:path";
import { DEFAULT_LOCALE, type Locale } from "./locales";

// The message catalogs: messages/<locale>/<namespace>.json, one file per part of the portal, each
// file's name its top-level key (messages/es/signIn.json holds what t("common.…") finds). Read once
// per process. tests/i18n/catalogs.test.ts keeps the languages in step.

export type Messages = { [key: string]: string | Messages };

export const CATALOG_DIR = path.join(process.cwd(), "messages");

/** One language's files as they are on disk, namespace by namespace. */
export function readCatalog(locale: Locale, dir: string = CATALOG_DIR): Messages {
  const folder = path.join(dir, locale);
  const messages: Messages = {};
  for (const file of fs.readdirSync(folder).sort()) {
    if (!file.endsWith(".json")) continue;
    messages[file.slice(0, -".json".length)] = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")) as Messages;
  }
  return messages;
}

function withFallback(base: Messages, over: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = merged[key];
    merged[key] = typeof value === "object" && typeof under === "object" ? withFallback(under, value) : value;
  }
  return merged;
}

const loaded = new Map<Locale, Messages>();

/** A language's messages, with English under them: a key the check somehow missed reads in English, never as its key. */
export function catalog(locale: Locale): Messages {
  let messages = loaded.get(locale);
  if (!messages) {
    const own = readCatalog(locale);
    messages = locale === DEFAULT_LOCALE ? own : withFallback(catalog(DEFAULT_LOCALE), own);
    loaded.set(locale, messages);
  }
  return messages;
}

/** The named namespaces only (what a client component needs, so pages do not carry every text). */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const namespace of namespaces) {
    const part = messages[namespace];
    if (part !== undefined) picked[namespace] = part;
  }
  return picked;
}
