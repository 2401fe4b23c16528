import { z } from "zod";
import { POLICY } from "../security-policy";

export const zEmail = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(POLICY.fieldMaxLength.email, `Your email address must be ${POLICY.fieldMaxLength.email} characters or fewer.`)
  .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.com." }))
  .transform((email) => email.toLowerCase());

/** Who an account is for: the person themselves, or a legal representative (attorney or accredited representative). */
export const ACCOUNT_TYPES = ["APPLICANT", "REPRESENTATIVE"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const ACCOUNT_TYPE_MESSAGE = "Choose who this account is for: yourself, or your clients as their legal representative.";

export const zSignUpForm = z
  .object({
    email: zEmail,
    confirmEmail: z.string().trim().max(POLICY.fieldMaxLength.email, "Your email address must be 254 characters or fewer."),
    // Checked below with the emails, so a missing choice and a mistyped confirmation show together.
    accountType: z.unknown().optional(),
  })
  .superRefine((form, ctx) => {
    if (!form.confirmEmail) ctx.addIssue({ code: "custom", path: ["confirmEmail"], message: "Enter your email address again." });
    else if (form.confirmEmail.toLowerCase() !== form.email) {
      ctx.addIssue({
        code: "custom",
        path: ["confirmEmail"],
        message: "The email addresses do not match. Enter the same email address twice.",
      });
    }
    if (!(ACCOUNT_TYPES as readonly unknown[]).includes(form.accountType)) {
      ctx.addIssue({ code: "custom", path: ["accountType"], message: ACCOUNT_TYPE_MESSAGE });
    }
  })
  .transform((form) => ({ ...form, accountType: form.accountType as AccountType }));

export const zResendForm = z.object({ email: zEmail });

export const zPasswordForm = z
  .object({
    password: z
      .string()
      .min(1, "Enter a password.")
      .max(POLICY.password.maxLength, `Your password must be ${POLICY.password.maxLength} characters or fewer.`),
    confirmPassword: z.string().max(POLICY.password.maxLength, `Your password must be ${POLICY.password.maxLength} characters or fewer.`),
  })
  .superRefine((form, ctx) => {
    if (!form.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Enter your password again." });
    else if (form.password !== form.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The passwords do not match. Enter the same password twice." });
    }
  });

export const zMfaMethodForm = z.object({
  method: z.enum(["EMAIL", "SMS", "EMAIL_SMS", "TOTP"], { error: "Choose how you want to receive verification codes." }),
  phone: z.string().max(POLICY.fieldMaxLength.phone, "Your phone number must be 32 characters or fewer.").optional(),
});

export const zCodeForm = z.object({
  code: z
    .string()
    .trim()
    .max(POLICY.fieldMaxLength.code, "Enter the 6-digit code.")
    .transform((code) => code.replace(/\s|-/g, ""))
    .pipe(
      z
        .string()
        .min(1, "Enter the 6-digit verification code.")
        .regex(/^\d{6}$/, "The verification code is 6 digits, like 123456."),
    ),
});

const zAnswer = z
  .string()
  .trim()
  .min(1, "Enter an answer.")
  .max(POLICY.securityQuestions.answerMaxLength, `Your answer must be ${POLICY.securityQuestions.answerMaxLength} characters or fewer.`);

export const zQuestionChoice = z.coerce.number({ error: "Choose a question." }).int().positive("Choose a question.");
export const zSecurityAnswer = zAnswer;
