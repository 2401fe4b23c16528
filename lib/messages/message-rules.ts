import { displayFileName } from "../evidence/display-name";
import { msg } from "../i18n/message-ref";
import { ACCEPTED_TYPES_TEXT, formatFileSize, MAX_UPLOAD_BYTES, sizeProblem } from "../evidence/upload-rules";

// What a secure message may hold. Attachments follow the evidence upload rules file by file; all of
// a message's files together also fit in one upload (next.config.mjs allows 11 MB per request).

export const MAX_SUBJECT_LENGTH = 120;
export const MAX_BODY_LENGTH = 5000;
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_TOTAL_BYTES = MAX_UPLOAD_BYTES;

/** The attachment rules as the person reads them (a msg() reference). */
export const ATTACHMENT_HINT = msg("secureMessages.attachments.hint", { max: MAX_ATTACHMENTS, types: ACCEPTED_TYPES_TEXT });

// Each is a msg() reference: the action chain (or the form) puts it in the reader's language.
export const MESSAGE_TEXT = {
  caseMissing: msg("secureMessages.errors.caseMissing"),
  subjectMissing: msg("secureMessages.errors.subjectMissing"),
  subjectTooLong: msg("secureMessages.errors.subjectTooLong", { max: MAX_SUBJECT_LENGTH }),
  bodyMissing: msg("secureMessages.errors.bodyMissing"),
  bodyTooLong: (length: number) => msg("secureMessages.errors.bodyTooLong", { max: MAX_BODY_LENGTH, length }),
  tooManyFiles: msg("secureMessages.errors.tooManyFiles", { max: MAX_ATTACHMENTS }),
  tooLargeInTotal: (bytes: number) => msg("secureMessages.errors.tooLargeInTotal", { size: formatFileSize(bytes) }),
  /** A file's own problem, named. */
  fileProblem: (name: string, problem: string) => (name ? msg("secureMessages.errors.fileProblem", { name, problem }) : problem),
};

/**
 * The checks on the chosen files that need no bytes: how many, each one's size, all together. Run
 * in the browser before sending (a request over the server's size limit could not be answered with
 * a message) and by the server's form schema.
 */
export function attachmentsProblem(files: { name: string; size: number }[]): string | null {
  if (files.length > MAX_ATTACHMENTS) return MESSAGE_TEXT.tooManyFiles;
  for (const file of files) {
    const problem = sizeProblem(file);
    if (problem) return MESSAGE_TEXT.fileProblem(displayFileName(file.name), problem);
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_ATTACHMENT_TOTAL_BYTES) return MESSAGE_TEXT.tooLargeInTotal(total);
  return null;
}
