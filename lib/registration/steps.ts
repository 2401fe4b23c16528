import { msg } from "../i18n/message-ref";

// The sign-up journey's steps, in order, with their pages. Shared by the server (which enforces the
// order) and the step indicator (each label is a msg() reference, shown with the reader's text()).

export const SIGN_UP_STEPS = [
  { step: "EMAIL", label: msg("signUp.steps.email"), path: "/sign-up" },
  { step: "CONFIRM_EMAIL", label: msg("signUp.steps.confirmEmail"), path: "/sign-up/check-email" },
  { step: "TERMS", label: msg("signUp.steps.terms"), path: "/sign-up/terms" },
  { step: "PASSWORD", label: msg("signUp.steps.password"), path: "/sign-up/password" },
  { step: "MFA_METHOD", label: msg("signUp.steps.mfaMethod"), path: "/sign-up/verification-method" },
  { step: "MFA_VERIFY", label: msg("signUp.steps.mfaVerify"), path: "/sign-up/verification-code" },
  { step: "BACKUP_CODE", label: msg("signUp.steps.backupCode"), path: "/sign-up/backup-code" },
  { step: "SECURITY_QUESTIONS", label: msg("signUp.steps.securityQuestions"), path: "/sign-up/security-questions" },
] as const;

export type SignUpStep = (typeof SIGN_UP_STEPS)[number]["step"] | "COMPLETE";

export function stepIndex(step: SignUpStep): number {
  return step === "COMPLETE" ? SIGN_UP_STEPS.length : SIGN_UP_STEPS.findIndex((s) => s.step === step);
}

/** Where a person at this step continues. */
export function pathForStep(step: SignUpStep): string {
  return step === "COMPLETE" ? "/dashboard" : SIGN_UP_STEPS[stepIndex(step)].path;
}

/**
 * Whether the person's verification method was verified (from the backup-code step on). From then,
 * a session goes on only after the second step is passed in it: the password alone never does.
 */
export function methodVerified(step: SignUpStep): boolean {
  return stepIndex(step) > stepIndex("MFA_VERIFY");
}
