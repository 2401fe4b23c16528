import "server-only";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { hashSecret } from "../passwords/hash";
import { passwordProblem } from "../passwords/validate-password";
import { fail, fieldErrorsFrom, invalid, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { advanceStep } from "./advance-step";
import { zPasswordForm } from "./schemas";

export async function setSignUpPassword(
  session: CurrentSession,
  input: { password: unknown; confirmPassword: unknown },
  info: RequestInfo,
): Promise<ActionResult> {
  const parsed = zPasswordForm.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error.issues));
  const problem = passwordProblem(parsed.data.password, session.user.email);
  if (problem) return invalid({ password: problem });
  const passwordHash = await hashSecret(parsed.data.password);
  const ok = await db().$transaction(async (tx) => {
    const moved = await advanceStep(tx, session.user.id, "PASSWORD", "MFA_METHOD", { passwordHash, passwordChangedAt: new Date() });
    if (moved) await recordSecurityEvent(tx, session.user.id, "password.set", info);
    return moved;
  });
  return ok ? { ok: true } : fail("out_of_order", "This step was already completed.");
}
