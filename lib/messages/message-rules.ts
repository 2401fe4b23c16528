import { displayFileName } from "../evidence/display-name";
import { ACCEPTED_TYPES_TEXT, formatFileSize, MAX_UPLOAD_BYTES, sizeProblem } from "../evidence/upload-rules";

// What a secure message may hold. Attachments follow the evidence upload rules file by file; all of
// a message's files together also fit in one upload (next.config.ts allows 11 MB per request).

export const MAX_SUBJECT_LENGTH = 120;
export const MAX_BODY_LENGTH = 5000;
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_TOTAL_BYTES = MAX_UPLOAD_BYTES;

export const ATTACHMENT_HINT = `Optional. Up to ${MAX_ATTACHMENTS} files, ${ACCEPTED_TYPES_TEXT}, 10 MB in total. Do not attach anything you would not want the agency to keep.`;

export const MESSAGE_TEXT = {
  caseMissing: "Choose the case your message is about.",
  subjectMissing: "Enter a subject.",
  subjectTooLong: `The subject must be ${MAX_SUBJECT_LENGTH} characters or fewer.`,
  bodyMissing: "Enter your message.",
  bodyTooLong: (length: number) =>
    `Your message must be ${MAX_BODY_LENGTH.toLocaleString("en-US")} characters or fewer. It has ${length.toLocaleString("en-US")}.`,
  tooManyFiles: `You can attach up to ${MAX_ATTACHMENTS} files to one message. Choose fewer files.`,
  tooLargeInTotal: (bytes: number) =>
    `The files you attach to one message must be 10 MB or smaller in total. These are ${formatFileSize(bytes)}.`,
  fileProblem: (name: string, problem: string) => (name ? `${name}: ${problem}` : problem),
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
