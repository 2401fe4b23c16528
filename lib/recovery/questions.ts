import { msg } from "../i18n/message-ref";

// The fixed list of password-reset questions (at least 15). Ids are stored with the answers, so
// never renumber; retire a question by removing it from ACTIVE instead. Each text is a msg()
// reference: the forms show it in the reader's language.

export const SECURITY_QUESTIONS: { id: number; text: string }[] = [
  { id: 1, text: msg("ui.securityQuestions.q1") },
  { id: 2, text: msg("ui.securityQuestions.q2") },
  { id: 3, text: msg("ui.securityQuestions.q3") },
  { id: 4, text: msg("ui.securityQuestions.q4") },
  { id: 5, text: msg("ui.securityQuestions.q5") },
  { id: 6, text: msg("ui.securityQuestions.q6") },
  { id: 7, text: msg("ui.securityQuestions.q7") },
  { id: 8, text: msg("ui.securityQuestions.q8") },
  { id: 9, text: msg("ui.securityQuestions.q9") },
  { id: 10, text: msg("ui.securityQuestions.q10") },
  { id: 11, text: msg("ui.securityQuestions.q11") },
  { id: 12, text: msg("ui.securityQuestions.q12") },
  { id: 13, text: msg("ui.securityQuestions.q13") },
  { id: 14, text: msg("ui.securityQuestions.q14") },
  { id: 15, text: msg("ui.securityQuestions.q15") },
  { id: 16, text: msg("ui.securityQuestions.q16") },
  { id: 17, text: msg("ui.securityQuestions.q17") },
  { id: 18, text: msg("ui.securityQuestions.q18") },
];

export function questionText(id: number): string | undefined {
  return SECURITY_QUESTIONS.find((q) => q.id === id)?.text;
}

/** Answers are compared ignoring case, accents on spacing, and repeated or surrounding spaces. */
export function normalizeAnswer(answer: string): string {
  return answer.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
