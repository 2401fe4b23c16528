import { z } from "zod";
import { zField } from "../actions/form-input";
import { MAX_BODY_LENGTH, MAX_SUBJECT_LENGTH, MESSAGE_TEXT } from "./message-rules";

// Subjects and bodies are plain text: trimmed, line endings made one kind, and nothing else changed
// (they are always shown as text, so markup in them stays text). Lengths count characters, not
// UTF-16 units.

const plain = (value: string) =>
  value
    .replace(/\r\n?/g, "\n")
    .replace(/\u0000/g, "")
    .trim();
const characters = (text: string) => Array.from(text).length;

export const zSubject = zField()
  .transform((value) => plain(value).replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, MESSAGE_TEXT.subjectMissing)
      .refine((subject) => characters(subject) <= MAX_SUBJECT_LENGTH, MESSAGE_TEXT.subjectTooLong),
  );

export const zBody = zField()
  .transform(plain)
  .pipe(
    z
      .string()
      .min(1, MESSAGE_TEXT.bodyMissing)
      .superRefine((body, ctx) => {
        const length = characters(body);
        if (length > MAX_BODY_LENGTH) ctx.addIssue({ code: "custom", message: MESSAGE_TEXT.bodyTooLong(length) });
      }),
  );
