import { z } from "zod";
import { POLICY } from "../security-policy";
import { msg } from "../i18n/message-ref";
import { isTimeZone } from "../i18n/time-zones";

export const zEmail = z
  .string({ error: msg("signUp.errors.emailRequired") })
  .trim()
  .min(1, msg("signUp.errors.emailRequired"))
  .max(POLICY.fieldMaxLength.email, msg("signUp.errors.emailTooLong", { max: POLICY.fieldMaxLength.email }))
  .pipe(z.email({ error: msg("signUp.errors.emailFormat") }))
  .transform((email) => email.toLowerCase());

/** Who an account is for: the person themselves, or a legal representative (attorney or accredited representative). */
export const ACCOUNT_TYPES = ["APPLICANT", "REPRESENTATIVE"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const ACCOUNT_TYPE_MESSAGE = msg("signUp.errors.accountType");

export const zSignUpForm = z
  .object({
    email: zEmail,
    confirmEmail: z
      .string()
      .trim()
      .max(POLICY.fieldMaxLength.email, msg("signUp.errors.emailTooLong", { max: POLICY.fieldMaxLength.email })),
    // Checked below with the emails, so a missing choice and a mistyped confirmation show together.
    accountType: z.unknown().optional(),
    // The browser's zone, filled in by the page; anything that is not a zone is ignored.
    timeZone: z.unknown().optional(),
  })
  .superRefine((form, ctx) => {
    if (!form.confirmEmail) ctx.addIssue({ code: "custom", path: ["confirmEmail"], message: msg("signUp.errors.confirmEmailRequired") });
    else if (form.confirmEmail.toLowerCase() !== form.email) {
      ctx.addIssue({
        code: "custom",
        path: ["confirmEmail"],
        message: msg("signUp.errors.emailsDiffer"),
      });
    }
    if (!(ACCOUNT_TYPES as readonly unknown[]).includes(form.accountType)) {
      ctx.addIssue({ code: "custom", path: ["accountType"], message: ACCOUNT_TYPE_MESSAGE });
    }
  })
  .transform((form) => ({
    ...form,
    accountType: form.accountType as AccountType,
    timeZone: isTimeZone(form.timeZone) ? form.timeZone : null,
  }));

export const zResendForm = z.object({ email: zEmail });

export const zPasswordForm = z
  .object({
    password: z
      .string()
      .min(1, msg("signUp.errors.passwordRequired"))
      .max(POLICY.password.maxLength, msg("signUp.errors.passwordTooLong", { max: POLICY.password.maxLength })),
    confirmPassword: z.string().max(POLICY.password.maxLength, msg("signUp.errors.passwordTooLong", { max: POLICY.password.maxLength })),
  })
  .superRefine((form, ctx) => {
    if (!form.confirmPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: msg("signUp.errors.confirmPasswordRequired") });
    else if (form.password !== form.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: msg("signUp.errors.passwordsDiffer") });
    }
  });

export const zMfaMethodForm = z.object({
  method: z.enum(["EMAIL", "SMS", "EMAIL_SMS", "TOTP"], { error: msg("signUp.errors.methodRequired") }),
  phone: z
    .string()
    .max(POLICY.fieldMaxLength.phone, msg("signUp.errors.phoneTooLong", { max: POLICY.fieldMaxLength.phone }))
    .optional(),
});

export const zCodeForm = z.object({
  code: z
    .string()
    .trim()
    .max(POLICY.fieldMaxLength.code, msg("signUp.errors.codeTooLong"))
    .transform((code) => code.replace(/\s|-/g, ""))
    .pipe(
      z
        .string()
        .min(1, msg("signUp.errors.codeRequired"))
        .regex(/^\d{6}$/, msg("signUp.errors.codeFormat")),
    ),
});

const zAnswer = z
  .string()
  .trim()
  .min(1, msg("signUp.errors.answerRequired"))
  .max(POLICY.securityQuestions.answerMaxLength, msg("signUp.errors.answerTooLong", { max: POLICY.securityQuestions.answerMaxLength }));

export const zQuestionChoice = z.coerce
  .number({ error: msg("signUp.errors.questionRequired") })
  .int()
  .positive(msg("signUp.errors.questionRequired"));
export const zSecurityAnswer = zAnswer;
