import "server-only";
import { redirect } from "next/navigation";
import { requestInfo, type RequestInfo } from "../http/request-info";
import { safeAction } from "../http/safe-action";
import type { ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { signUpStepContext } from "../actions/contexts";
import type { SignUpStep } from "./steps";

/**
 * The shape of every sign-up step's action: only a person on this step may run it; success (or a
 * step already done in another tab) moves them on to wherever they now belong; a refusal is shown.
 */
export function runSignUpStep(step: SignUpStep, body: (session: CurrentSession, info: RequestInfo) => Promise<ActionResult>): Promise<ActionResult> {
  return safeAction(async () => {
    const { session } = await signUpStepContext(step);
    const result = await body(session, await requestInfo());
    if (result.ok || result.code === "out_of_order") redirect("/sign-up/continue");
    return result;
  });
}
