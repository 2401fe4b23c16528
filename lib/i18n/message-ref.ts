// A text chosen by lib code but worded in the catalogs: lib returns msg("common.errors.invalidInput") where it
// once returned a sentence, and the action chain (or the page) turns it into the reader's language.
// The reference travels as a string, so it fits every place a message went before (zod issues,
// ActionError.message, field errors).

// U+2063 (invisible separator), not NUL: a reference may be stored (a payment's failure message),
// and PostgreSQL text refuses NUL. One that escaped its reader would still show as "msg:[…]".
const MARK = "\u2063msg:";

export type MessageValues = Record<string, string | number>;

export function msg(key: string, values?: MessageValues): string {
  return MARK + JSON.stringify(values ? [key, values] : [key]);
}

export function isMessageRef(text: string): boolean {
  return text.startsWith(MARK);
}

export function parseMessageRef(text: string): { key: string; values?: MessageValues } | null {
  if (!isMessageRef(text)) return null;
  try {
    const [key, values] = JSON.parse(text.slice(MARK.length)) as [string, MessageValues?];
    return typeof key === "string" ? { key, values } : null;
  } catch {
    return null;
  }
}

type Translate = (key: string, values?: MessageValues) => string;

/** A message reference in the reader's language (values that are references themselves read first); any other text as it is. */
export function resolveText(text: string, t: Translate): string {
  const ref = parseMessageRef(text);
  if (!ref) return text;
  if (!ref.values) return t(ref.key);
  const values = Object.fromEntries(
    Object.entries(ref.values).map(([name, value]) => [name, typeof value === "string" ? resolveText(value, t) : value]),
  );
  return t(ref.key, values);
}
