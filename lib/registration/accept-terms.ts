import "server-only";
import { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { advanceStep } from "./advance-step";
import { TERMS_VERSION } from "./terms";
import { msg } from "../i18n/message-ref";

export const zAcceptTerms = z.object({ agree: z.literal("yes", { error: msg("signUp.errors.termsRequired") }) });
export type AcceptTermsInput = z.output<typeof zAcceptTerms>;

/** The schema's "yes" is the agreement; the input carries nothing else. */
export async function acceptTerms(session: CurrentSession, _input: AcceptTermsInput, info: RequestInfo): Promise<ActionResult> {
  const ok = await db().$transaction(async (tx) => {
    const moved = await advanceStep(tx, session.user.id, "TERMS", "PASSWORD", { termsVersion: TERMS_VERSION, termsAcceptedAt: new Date() });
    if (moved) await recordSecurityEvent(tx, session.user.id, "terms.accepted", info, { version: TERMS_VERSION });
    return moved;
  });
  return ok ? { ok: true } : fail("out_of_order", msg("signUp.errors.stepDone"));
}
