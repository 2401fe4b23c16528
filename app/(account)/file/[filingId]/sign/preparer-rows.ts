import type { AnswerPart, AnswerRow } from "@/lib/filing/engine/answers-by-part";

/**
 * The preparer's details, when the answers say someone else prepared the form: the form's part
 * about the preparer, which has rows only when that page was shown and answered.
 */
export function preparerRows(parts: AnswerPart[]): AnswerRow[] {
  return parts.find((part) => part.rows.some((row) => /^preparer[A-Z]/.test(row.questionId)))?.rows ?? [];
}
