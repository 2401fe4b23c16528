import "server-only";
import type { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { hashSecret } from "../passwords/hash";
import { passwordProblem } from "../passwords/validate-password";
import { fail, invalid, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { advanceStep } from "./advance-step";
import { zPasswordForm } from "./schemas";
import { msg } from "../i18n/message-ref";

export const zSignUpPassword = zPasswordForm;
export type SignUpPasswordInput = z.output<typeof zSignUpPassword>;

export async function setSignUpPassword(session: CurrentSession, input: SignUpPasswordInput, info: RequestInfo): Promise<ActionResult> {
  const problem = passwordProblem(input.password, session.user.email);
  if (problem) return invalid({ password: problem });
  const passwordHash = await hashSecret(input.password);
  const ok = await db().$transaction(async (tx) => {
    const moved = await advanceStep(tx, session.user.id, "PASSWORD", "MFA_METHOD", { passwordHash, passwordChangedAt: new Date() });
    if (moved) await recordSecurityEvent(tx, session.user.id, "password.set", info);
    return moved;
  });
  return ok ? { ok: true } : fail("out_of_order", msg("signUp.errors.stepDone"));
}
