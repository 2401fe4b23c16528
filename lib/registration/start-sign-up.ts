import "server-only";
import type { z } from "zod";
import { db, type Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import { env } from "../env";
import { newConfirmationLink } from "./confirmation-link";
import { recordSecurityEvent } from "../audit/record-security-event";
import { enqueueEmail } from "../notify/enqueue";
import { rateLimitAddress } from "../http/client-address";
import type { RequestInfo } from "../http/request-info";
import { waitForFloor } from "../http/response-floor";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { isTimeZone } from "../i18n/time-zones";
import type { Locale } from "../i18n/locales";
import { POLICY } from "../security-policy";
import { fail, type ActionResult } from "../result";
import { zResendForm, zSignUpForm, type AccountType } from "./schemas";
import { msg } from "../i18n/message-ref";

// Step 1 and "Didn't receive confirmation instructions?". Both answer the same whether or not the
// email has an account: a new or unfinished account gets a fresh confirmation link; an account
// that already has a password gets an email saying so instead. Each path writes a different amount
// (an unknown email on resend writes nothing), so every answer waits for the same floor.

export const zStartSignUp = zSignUpForm;
/**
 * Without an account type (callers other than the form), the account is an applicant's. A new
 * account starts in `locale` (the language of the request) and `timeZone` (the browser's), else
 * English and the default zone.
 */
export type StartSignUpInput = Omit<z.output<typeof zStartSignUp>, "accountType" | "timeZone"> & {
  accountType?: AccountType;
  timeZone?: string | null;
  locale?: Locale;
};

type NewAccount = { role: AccountType; locale?: Locale; timeZone?: string | null };

export const zResendConfirmation = zResendForm;
export type ResendConfirmationInput = z.output<typeof zResendConfirmation>;

const NOT_YET_PASSWORD = ["CONFIRM_EMAIL", "TERMS", "PASSWORD"] as const;

async function sendConfirmationLink(tx: Tx, user: { id: string; email: string }): Promise<void> {
  const { url } = await newConfirmationLink(tx, user.id);
  await enqueueEmail(tx, user.email, "confirm-email", { link: url });
}

// An account that has no password yet takes the type chosen in the latest sign-up, which anyone can
// post: the confirmation page offers the choice again to the person who opened the email, and theirs
// stands (lib/registration/confirm-email.ts). Officers are never made or unmade here.
async function sendLinkOrNotice(email: string, info: RequestInfo, createAs: NewAccount | null): Promise<void> {
  // Quietly stop mailing one address over and over; the person sees the same answer.
  const perEmail = await hitRateLimit(`confirm-email:${email}`, POLICY.rateLimits.confirmationResendPerEmailPerHour, 3_600_000);
  if (!perEmail.allowed) return;
  const attempt = () =>
    db().$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, registrationStep: true, role: true } });
      if (!user) {
        if (!createAs) return;
        const { role, locale, timeZone } = createAs;
        const created = await tx.user.create({
          data: { email, role, locale, timeZone: timeZone && isTimeZone(timeZone) ? timeZone : null },
          select: { id: true, email: true },
        });
        await recordSecurityEvent(tx, created.id, "sign_up.started", info);
        await sendConfirmationLink(tx, created);
      } else if ((NOT_YET_PASSWORD as readonly string[]).includes(user.registrationStep)) {
        if (createAs && user.role !== "OFFICER" && user.role !== createAs.role) {
          await tx.user.update({ where: { id: user.id }, data: { role: createAs.role } });
        }
        await sendConfirmationLink(tx, user);
      } else {
        await enqueueEmail(tx, user.email, "account-exists", { signInUrl: new URL("/sign-in", env().APP_URL).toString() });
      }
    });
  try {
    await attempt();
  } catch (error) {
    // Two submissions at once (a double click): the other one created the account, so run again
    // and treat it as existing.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    await attempt();
  }
}

export async function startSignUp(input: StartSignUpInput, info: RequestInfo): Promise<ActionResult<{ email: string }>> {
  const startedAt = performance.now();
  const result = await answerSignUp(input, info);
  await waitForFloor(startedAt, POLICY.emailAnswerFloorMs);
  return result;
}

async function answerSignUp(input: StartSignUpInput, info: RequestInfo): Promise<ActionResult<{ email: string }>> {
  const values = { email: input.email, confirmEmail: input.confirmEmail, accountType: input.accountType ?? "APPLICANT" };
  if (info.ip) {
    const perIp = await hitRateLimit(`sign-up-ip:${rateLimitAddress(info.ip)}`, POLICY.rateLimits.signUpPerIpPerHour, 3_600_000);
    if (!perIp.allowed) return fail("rate_limited", msg("signUp.errors.tooManySignUps"), { values });
  }
  await sendLinkOrNotice(input.email, info, { role: input.accountType ?? "APPLICANT", locale: input.locale, timeZone: input.timeZone });
  return { ok: true, email: input.email };
}

export async function resendConfirmation(input: ResendConfirmationInput, info: RequestInfo): Promise<ActionResult<{ email: string }>> {
  const startedAt = performance.now();
  const result = await answerResend(input, info);
  await waitForFloor(startedAt, POLICY.emailAnswerFloorMs);
  return result;
}

async function answerResend(input: ResendConfirmationInput, info: RequestInfo): Promise<ActionResult<{ email: string }>> {
  const values = { email: input.email };
  if (info.ip) {
    const perIp = await hitRateLimit(
      `confirm-resend-ip:${rateLimitAddress(info.ip)}`,
      POLICY.rateLimits.confirmationResendPerIpPerHour,
      3_600_000,
    );
    if (!perIp.allowed) return fail("rate_limited", msg("signUp.errors.tooManyResends"), { values });
  }
  await sendLinkOrNotice(input.email, info, null);
  return { ok: true, email: input.email };
}
