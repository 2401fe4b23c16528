import "server-only";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { advanceStep } from "./advance-step";
import { TERMS_VERSION } from "./terms";

export async function acceptTerms(session: CurrentSession, input: { agree: unknown }, info: RequestInfo): Promise<ActionResult> {
  if (input.agree !== "yes") {
    return fail("invalid_input", "There is a problem.", { fieldErrors: { agree: "Select “I agree to the Terms of Use” to continue." } });
  }
  const ok = await db().$transaction(async (tx) => {
    const moved = await advanceStep(tx, session.user.id, "TERMS", "PASSWORD", { termsVersion: TERMS_VERSION, termsAcceptedAt: new Date() });
    if (moved) await recordSecurityEvent(tx, session.user.id, "terms.accepted", info, { version: TERMS_VERSION });
    return moved;
  });
  return ok ? { ok: true } : fail("out_of_order", "This step was already completed.");
}
