import { MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH, MESSAGE_TEXT } from "./message-rules";

// Subjects and bodies are plain text: trimmed, line endings made one kind, and nothing else changed
// (they are always shown as text, so markup in them stays text).

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function plain(value: unknown): string {
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n").replace(/\u0000/g, "").trim() : "";
}

export function parseSubject(value: unknown): Parsed<string> {
  const subject = plain(value).replace(/\s+/g, " ");
  if (!subject) return { ok: false, error: MESSAGE_TEXT.subjectMissing };
  if (Array.from(subject).length > MAX_SUBJECT_LENGTH) return { ok: false, error: MESSAGE_TEXT.subjectTooLong };
  return { ok: true, value: subject };
}

export function parseBody(value: unknown): Parsed<string> {
  const body = plain(value);
  if (!body) return { ok: false, error: MESSAGE_TEXT.bodyMissing };
  const length = Array.from(body).length;
  if (length > MAX_BODY_LENGTH) return { ok: false, error: MESSAGE_TEXT.bodyTooLong(length) };
  return { ok: true, value: body };
}

/** What to show again in the form after a refusal (never the files). */
export function echoValues(input: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) if (typeof value === "string") values[key] = value.slice(0, MAX_BODY_LENGTH * 2);
  return values;
}
