// The fixed list of password-reset questions (at least 15). Ids are stored with the answers, so
// never renumber; retire a question by removing it from ACTIVE instead.

export const SECURITY_QUESTIONS: { id: number; text: string }[] = [
  { id: 1, text: "What was the name of your first pet?" },
  { id: 2, text: "What is the name of the street you grew up on?" },
  { id: 3, text: "What was the first name of your childhood best friend?" },
  { id: 4, text: "What was the name of your elementary school?" },
  { id: 5, text: "In what city did your parents meet?" },
  { id: 6, text: "What was the make of your first car?" },
  { id: 7, text: "What is your oldest sibling's middle name?" },
  { id: 8, text: "What was your childhood nickname?" },
  { id: 9, text: "In what city or town did you have your first job?" },
  { id: 10, text: "What is the first name of your favorite teacher?" },
  { id: 11, text: "What was the name of your first employer?" },
  { id: 12, text: "What is your favorite book?" },
  { id: 13, text: "What was the last name of your third-grade teacher?" },
  { id: 14, text: "What was the destination of your first trip by plane?" },
  { id: 15, text: "What is your maternal grandmother's first name?" },
  { id: 16, text: "What was the first concert you attended?" },
  { id: 17, text: "What was the name of the hospital where you were born?" },
  { id: 18, text: "What was your favorite food as a child?" },
];

export function questionText(id: number): string | undefined {
  return SECURITY_QUESTIONS.find((q) => q.id === id)?.text;
}

/** Answers are compared ignoring case, accents on spacing, and repeated or surrounding spaces. */
export function normalizeAnswer(answer: string): string {
  return answer.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}
