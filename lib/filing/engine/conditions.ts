import type { Answers, Condition } from "../definition";

// Conditions come from definitions; a mistake in one must never break a page, so one that throws
// counts as "does not hold".

/** Whether an optional condition holds (no condition: it does). */
export function holds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  try {
    return condition(answers) === true;
  } catch {
    return false;
  }
}

/** Whether a `required` setting (default true) makes an answer required for these answers. */
export function isRequired(required: boolean | Condition | undefined, answers: Answers): boolean {
  if (required === undefined || required === true) return true;
  if (required === false) return false;
  return holds(required, answers);
}
