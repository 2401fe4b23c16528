import "server-only";
import { invalid, type FieldErrors } from "../result";
import { checkAttachments, type CheckedAttachment } from "./attachments";
import { echoValues, parseBody } from "./message-text";

/** A reply's text and files, checked together so the form shows every problem at once. */
export async function parseReply(input: { body: unknown; files?: unknown[] }): Promise<{ ok: true; body: string; files: CheckedAttachment[] } | ReturnType<typeof invalid>> {
  const errors: FieldErrors = {};
  const body = parseBody(input.body);
  if (!body.ok) errors.body = body.error;
  const files = await checkAttachments(input.files ?? []);
  if (!files.ok) errors.files = files.error;
  if (!body.ok || !files.ok) return invalid(errors, echoValues({ body: input.body }));
  return { ok: true, body: body.value, files: files.files };
}
