import "server-only";
import { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { decoyHash, verifySecret } from "../passwords/hash";
import { zEmail } from "../registration/schemas";
import { POLICY } from "../security-policy";
import { fail, fieldErrorsFrom, invalid, type ActionResult } from "../result";
import { createSession } from "../sessions/sessions";

// Step one of signing in: email and password. One message for an unknown email, a wrong password
// and a paused account, with the same work done in each case (a decoy hash for unknown emails).

export const SIGN_IN_FAILED =
  "The email address or password is incorrect. After 5 wrong tries, sign-in is paused for 20 minutes; if you forgot your password, you can reset it.";

const zSignInForm = z.object({
  email: zEmail,
  password: z.string().min(1, "Enter your password.").max(POLICY.password.maxLength * 4, "Your password is too long."),
});

export type SignInNext = { ok: true; sessionToken: string; level: "REGISTRATION" | "PASSWORD_ONLY" };

export async function signInWithPassword(input: { email: unknown; password: unknown }, info: RequestInfo): Promise<ActionResult<SignInNext>> {
  const values = { email: String(input.email ?? "").slice(0, 300) };
  const parsed = zSignInForm.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error.issues), values);
  const { email, password } = parsed.data;
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, lockedUntil: true, registrationStep: true },
  });
  const passwordOk = await verifySecret(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !user.passwordHash) return fail("sign_in_failed", SIGN_IN_FAILED, { values });
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) return fail("sign_in_failed", SIGN_IN_FAILED, { values });

  if (!passwordOk) {
    await db().$transaction(async (tx) => {
      const updated = await tx.user.update({ where: { id: user.id }, data: { failedPasswordAttempts: { increment: 1 } }, select: { failedPasswordAttempts: true } });
      if (updated.failedPasswordAttempts >= POLICY.signIn.lockAfterFailures) {
        await tx.user.update({ where: { id: user.id }, data: { failedPasswordAttempts: 0, lockedUntil: new Date(Date.now() + POLICY.signIn.lockMs) } });
      }
      await recordSecurityEvent(tx, user.id, "sign_in.password_failed", info);
    });
    return fail("sign_in_failed", SIGN_IN_FAILED, { values });
  }

  // A person who left sign-up after setting a password continues at their step.
  const level = user.registrationStep === "COMPLETE" ? "PASSWORD_ONLY" : "REGISTRATION";
  const sessionToken = await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedPasswordAttempts: 0, lockedUntil: null } });
    return createSession(tx, user.id, level, ["password"], info);
  });
  return { ok: true, sessionToken, level };
}
